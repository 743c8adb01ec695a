/** The site's address for absolute links in data files; astro.config.mjs always sets one. */
export function siteOf(site: URL | undefined): URL {
  return site ?? new URL('http://localhost:4321/');
}

/** A JSON file, indented so that a reader can open it in a browser and follow it. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** A CSV file. */
export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
