import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { atomicDist } from '../../src/build-time/integrations/atomic-dist';
import { writeSearchIndex, type PagefindApi } from '../../src/build-time/integrations/pagefind-index';
import { tempDir } from '../support/temp-dir';

/** A stand-in for Pagefind whose steps report the errors given. */
function fakePagefind(errors: { create?: string[]; add?: string[]; write?: string[] }, pageCount = 3) {
  const close = vi.fn(async () => null);
  const index = {
    addDirectory: async () => ({ errors: errors.add ?? [], page_count: pageCount }),
    writeFiles: async () => ({ errors: errors.write ?? [], outputPath: '' }),
  };
  const api = { createIndex: async () => ({ errors: errors.create ?? [], index }), close };
  return { api: api as unknown as PagefindApi, close };
}

describe('the search index step', () => {
  it.each([
    ['creating the index', { create: ['bad config'] }],
    ['reading the built pages', { add: ['broken page'] }],
    ['writing the index', { write: ['disk full'] }],
  ])('fails the build when Pagefind reports an error while %s', async (step, errors) => {
    const { api, close } = fakePagefind(errors);
    const message = Object.values(errors)[0]![0]!;
    await expect(writeSearchIndex('/tmp/site', api)).rejects.toThrow(`Pagefind: ${step} failed:\n${message}`);
    expect(close).toHaveBeenCalled();
  });

  it('fails the build when there is no page to index', async () => {
    await expect(writeSearchIndex('/tmp/site', fakePagefind({}, 0).api)).rejects.toThrow('found no HTML page');
  });

  it('returns the number of pages read when all goes well', async () => {
    await expect(writeSearchIndex('/tmp/site', fakePagefind({}).api)).resolves.toEqual({ pages: 3 });
  });
});

describe('the atomic build', () => {
  type Hooks = { 'astro:config:setup': (options: object) => void; 'astro:build:done': () => void };

  /** A project with a built dist/, and, when given, what a failed build left in staging. */
  function setUp(leftInStaging?: string) {
    const root = tempDir('atomic-');
    const dist = join(root, 'dist');
    const staging = join(root, '.dist-staging');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old site');
    if (leftInStaging) {
      mkdirSync(staging);
      writeFileSync(join(staging, 'index.html'), leftInStaging);
    }
    const hooks = atomicDist().hooks as unknown as Hooks;
    const updateConfig = vi.fn();
    const config = { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`) };
    hooks['astro:config:setup']({ command: 'build', config, updateConfig });
    return { hooks, dist, staging, updateConfig };
  }

  it('builds into a staging folder', () => {
    const { updateConfig, staging } = setUp();
    expect(updateConfig).toHaveBeenCalledWith({ outDir: pathToFileURL(`${staging}/`) });
  });

  it('replaces dist/ only when the build is done', () => {
    const { hooks, dist, staging } = setUp();
    mkdirSync(staging);
    writeFileSync(join(staging, 'index.html'), 'new site');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
    hooks['astro:build:done']();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(staging)).toBe(false);
  });

  it('starts each build by clearing what a failed one left, without touching dist/', () => {
    const { dist, staging } = setUp('half a site');
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
  });
});
