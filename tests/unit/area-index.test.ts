import { describe, expect, it, vi } from 'vitest';

describe('the official list of areas', () => {
  it('is read once per process, even by two copies of the module that reads it', async () => {
    // A build imports src/lib/place/area.ts twice: once with the content config, once in the built pages.
    const first = await import('../../src/lib/place/area');
    vi.resetModules();
    const second = await import('../../src/lib/place/area');
    expect(second).not.toBe(first);
    expect(second.getAreaIndex()).toBe(first.getAreaIndex());
    expect((await first.getAreaIndex()).villages.size).toBeGreaterThan(80_000);
  });
});
