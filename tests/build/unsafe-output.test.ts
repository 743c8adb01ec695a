import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist';

// Whatever an editor wrote, the built pages carry no frame, form, plugin or script of theirs:
// scripts come only from the site's own bundles (or the JSON data the chart reads), and no link
// or attribute carries a javascript: or data: URL.
describe('the built pages', () => {
  const pages = builtPages().filter((page) => page.endsWith('.html'));

  it.each(pages)('%s holds nothing unsafe', (path) => {
    const page = readPage(path);
    expect(
      page.querySelectorAll(
        'iframe, object, embed, form:not([role=search]):not([data-finder-form]):not([data-picker])',
      ),
    ).toHaveLength(0);
    for (const script of page.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      const type = script.getAttribute('type');
      const own =
        (src?.startsWith('/_astro/') ?? false) ||
        // The web editor's page loads the CMS and its own two scripts, copied into /admin/.
        (path === 'admin/index.html' && (src?.startsWith('/admin/') ?? false)) ||
        type === 'module' ||
        type === 'application/json' ||
        type === 'application/ld+json';
      expect(own, `${path}: ${script.outerHTML.slice(0, 120)}`).toBe(true);
    }
    for (const element of page.querySelectorAll('[href], [src], [action]')) {
      for (const name of ['href', 'src', 'action']) {
        expect(element.getAttribute(name) ?? '', path).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    for (const element of page.querySelectorAll('*')) {
      const handlers = Object.keys(element.attributes).filter((name) => /^on/i.test(name));
      expect(handlers, `${path}: <${element.tagName.toLowerCase()}>`).toEqual([]);
    }
  });
});
