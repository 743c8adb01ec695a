import { describe, expect, it } from 'vitest';
import { makerFiles, makerPackages } from '../../src/content-loader/maker-digest';

describe('what a stored entry is made from', () => {
  const files = makerFiles();

  // A kept entry is reused while this digest is unchanged: a file that shapes the stored data or
  // the rendered body but is missing here would leave old entries in the next build.
  it('covers every source the check, the renderer and the enrichment read, however deep', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/schema/sentra.ts',
        'src/content-check/body-check.ts',
        'src/content-loader/render-body.ts',
        'src/lib/case/citation-html.ts',
        'src/lib/case/source-numbers.ts',
        'src/lib/case/enrich-case.ts',
        'src/format/date-format.ts',
        'src/format/cited-text.ts',
        'src/place/area.ts',
        'src/vocabulary/units.ts',
      ]),
    );
  });

  it('leaves out the pages and the packages', () => {
    expect(files.every((file) => file.startsWith('src/') && !file.startsWith('src/pages/'))).toBe(true);
  });

  // An upgrade of a package the renderer or the check uses can change a stored entry as much as an
  // edit of the site's own code can.
  it("names the packages those sources use, not Node's or Astro's virtual modules", () => {
    const packages = makerPackages();
    expect(packages).toEqual(
      expect.arrayContaining(['astro', 'hast-util-to-html', 'idn-area-data', 'mdast-util-to-hast', 'satteri', 'yaml']),
    );
    expect(packages.some((name) => name.includes(':'))).toBe(false);
  });
});
