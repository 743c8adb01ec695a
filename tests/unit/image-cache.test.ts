import { readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedImage, prepareImage, pruneImages } from '../../src/build-time/image-cache';
import { cacheKeyOf } from '../../src/format/cache-key';
import { tempDir } from '../support/temp-dir';

let dir: string;
beforeEach(() => {
  dir = tempDir('image-cache-');
});

/** A drawing function that counts its calls. */
function counter(bytes: string) {
  const draw = async () => {
    draw.calls++;
    return Buffer.from(bytes);
  };
  draw.calls = 0;
  return draw;
}

describe('keeping share images between builds', () => {
  it('names an image by all of its parts, in order', () => {
    expect(cacheKeyOf('a', 'b')).toBe(cacheKeyOf('a', 'b'));
    expect(cacheKeyOf('a', 'b')).not.toBe(cacheKeyOf('b', 'a'));
    // The parts are kept apart: "ab" + "" is not "a" + "b".
    expect(cacheKeyOf('ab', '')).not.toBe(cacheKeyOf('a', 'b'));
    expect(cacheKeyOf(Buffer.from('font 1'))).not.toBe(cacheKeyOf(Buffer.from('font 2')));
  });

  it('draws an image once and reads it back for the same key', async () => {
    const draw = counter('png 1');
    expect((await cachedImage(dir, 'k1', draw)).toString()).toBe('png 1');
    expect((await cachedImage(dir, 'k1', draw)).toString()).toBe('png 1');
    expect(draw.calls).toBe(1);
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('draws afresh for another key, and every time without a folder', async () => {
    const draw = counter('png');
    await cachedImage(dir, 'k1', draw);
    await cachedImage(dir, 'k2', draw);
    await cachedImage(undefined, 'k1', draw);
    await cachedImage(undefined, 'k1', draw);
    expect(draw.calls).toBe(4);
  });

  it('prunes the images the last build did not use, and keeps those it read back', async () => {
    await cachedImage(dir, 'old', counter('old'));
    await cachedImage(dir, 'kept', counter('kept'));
    const past = new Date(Date.now() - 60_000);
    for (const name of ['old.png', 'kept.png']) utimesSync(join(dir, name), past, past);
    const started = Date.now() - 1000;
    await cachedImage(dir, 'kept', counter('never drawn'));
    await cachedImage(dir, 'new', counter('new'));
    expect(pruneImages(dir, started)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['kept.png', 'new.png']);
    expect(pruneImages(join(dir, 'missing'), started)).toBe(0);
  });

  it('keeps an image whose page Astro copied from its own cache: looked for ahead, never asked for', async () => {
    await cachedImage(dir, 'copied', counter('copied'));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'copied.png'), past, past);
    const started = Date.now() - 1000;
    prepareImage(dir, 'copied', counter('never drawn'));
    expect(pruneImages(dir, started)).toBe(0);
    expect(readdirSync(dir)).toEqual(['copied.png']);
  });

  it('draws an image ahead of its page once, and the page waits for that drawing', async () => {
    let finish = (_png: Buffer) => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<Buffer>((resolve) => (finish = resolve));
    };
    prepareImage(dir, 'k1', slow);
    prepareImage(dir, 'k1', slow);
    const page = cachedImage(dir, 'k1', counter('drawn twice'));
    finish(Buffer.from('png 1'));
    expect((await page).toString()).toBe('png 1');
    expect(calls).toBe(1);
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('does not draw ahead an image already kept, nor without a folder', async () => {
    await cachedImage(dir, 'k1', counter('png 1'));
    const draw = counter('png 2');
    prepareImage(dir, 'k1', draw);
    prepareImage(undefined, 'k2', draw);
    expect(draw.calls).toBe(0);
  });

  it('fails the page whose image could not be drawn ahead', async () => {
    prepareImage(dir, 'k1', () => Promise.reject(new Error('satori gave up')));
    await expect(cachedImage(dir, 'k1', counter('never drawn'))).rejects.toThrow('satori gave up');
    expect(readdirSync(dir)).toEqual([]);
  });
});
