import type { APIRoute } from 'astro';

/**
 * /robots.txt: every page may be indexed but the web editor (/admin/, which carries noindex too);
 * the sitemap's address is absolute, as robots.txt requires.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
