import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/astro-build';
import { builtPages } from '../support/dist';
import { findHtmlErrors } from '../support/html-validity';

describe('the HTML of every built page', () => {
  it.each(builtPages())('%s has no error html-validate finds', async (file) => {
    expect(await findHtmlErrors(readFileSync(join(distDir, file), 'utf8'), file)).toEqual([]);
  });

  it('would fail on a broken page: the same check finds each fault of a deliberately bad one', async () => {
    const broken = `<!DOCTYPE html>
<html lang="id">
  <head><title>Rusak</title></head>
  <body>
    <main><p>Tidak ditutup <div id="x"></div><div id="x"></div></main>
    <img src="/a.png">
  </body>
</html>`;
    const errors = (await findHtmlErrors(broken, 'rusak.html')).join('\n');
    for (const rule of ['no-implicit-close', 'no-dup-id', 'wcag/h37']) expect(errors).toContain(rule);
  });
});
