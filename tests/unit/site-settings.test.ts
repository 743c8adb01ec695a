import { describe, expect, it, vi } from 'vitest';
import { readSettings, siteSettings } from '../../src/build-time/site-settings';

const cacheDir = new URL('file:///proyek/.astro/cache/');

describe('the settings of a build', () => {
  it('reads the month of the build, unless BUILD_MONTH sets it', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(readSettings({}, cacheDir, false, now).buildMonth).toBe('2026-12');
    expect(readSettings({ BUILD_MONTH: '2025-04' }, cacheDir, false, now).buildMonth).toBe('2025-04');
  });

  it('keeps the share images in Astro’s cache folder and carries the addresses given', () => {
    const settings = readSettings(
      { CORRECTIONS_EMAIL: 'a@b.example', REPOSITORY_URL: 'https://git.example/r' },
      cacheDir,
      true,
    );
    expect(settings).toMatchObject({
      imageCacheDir: '/proyek/.astro/cache/share-images/',
      correctionsEmail: 'a@b.example',
      repositoryUrl: 'https://git.example/r',
      dev: true,
    });
  });

  it('warns a build without CORRECTIONS_EMAIL, and only a build', () => {
    const run = (command: string, env: Record<string, string>) => {
      const warn = vi.fn();
      const hook = siteSettings(env).hooks['astro:config:setup'] as (options: object) => void;
      hook({ config: { cacheDir }, command, updateConfig: () => undefined, logger: { warn } });
      return warn.mock.calls.length;
    };
    expect(run('build', {})).toBe(1);
    expect(run('build', { CORRECTIONS_EMAIL: 'a@b.example' })).toBe(0);
    expect(run('dev', {})).toBe(0);
  });
});
