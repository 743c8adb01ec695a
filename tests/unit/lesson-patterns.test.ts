import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonLinkText, lessonPatterns } from '../../src/lib/case/lesson-patterns';
import { readFrontmatter } from '../support/case-file';

// Issue 29: "Yang sering keliru" points at lesson pages by slug; a slug that is not a lesson (a
// typo, a renamed file, a success story) would send an official to the wrong page or to none.
const slugs = [...new Set(lessonPatterns.flatMap((pattern) => pattern.lessons))];

describe('the lesson patterns', () => {
  it('are four to seven points, each with text and at least one lesson', () => {
    expect(lessonPatterns.length).toBeGreaterThanOrEqual(4);
    expect(lessonPatterns.length).toBeLessThanOrEqual(7);
    for (const pattern of lessonPatterns) {
      expect(pattern.text.trim()).not.toBe('');
      expect(pattern.lessons.length).toBeGreaterThan(0);
    }
  });

  it.each(slugs)('name %s, a case file of kind pelajaran with its link text', (slug) => {
    const file = `content/sentra/${slug}.mdx`;
    expect(existsSync(file), file).toBe(true);
    expect(readFrontmatter(file).kind).toBe('pelajaran');
    expect(lessonLinkText[slug]).toBeTruthy();
  });
});
