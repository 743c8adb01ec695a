import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function resolveFile(root: string, url: string): string | undefined {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  const file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

// Text, which a static host compresses; images, fonts and Pagefind's index are compressed already.
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves a built site from disk on a free loopback port, as a static host would: uncompressed, or
 * with `gzip` its text gzipped for a browser that accepts it, as hosting services do.
 */
export async function serveStatic(root: string, { gzip = false } = {}): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
    const found = file && existsSync(file);
    const path = found ? file : join(root, '404.html');
    const zipped =
      gzip && compressible.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(found ? 200 : 404, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      ...(zipped && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
    });
    const body = createReadStream(path);
    (zipped ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
