import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, urlOf } from '../support/dist';
import { useBrowser } from './session';

const session = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility', () => {
  it.each(builtPages().flatMap((file) => [[urlOf(file), 'light'] as const, [urlOf(file), 'dark'] as const]))(
    'axe finds no WCAG 2.1 A/AA violation on %s in %s mode',
    async (path, colorScheme) => {
      const page = await session.browser().newPage({ colorScheme, viewport: { width: 360, height: 800 } });
      await page.goto(`${session.origin()}${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});
