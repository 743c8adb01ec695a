import type { PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { imagesLast } from '../../src/build-time/prerender-order';

const path = (pathname: string) => ({ pathname }) as PathWithRoute;

describe('the order Astro renders paths in', () => {
  it('puts the share images after every page, each group in its own order', () => {
    const paths = ['/data/sentra.json', '/og/b.png', '/og/a.png', '/sentra/a/', '/'].map(path);
    expect(imagesLast(paths).map(({ pathname }) => pathname)).toEqual([
      '/data/sentra.json',
      '/sentra/a/',
      '/',
      '/og/b.png',
      '/og/a.png',
    ]);
  });
});
