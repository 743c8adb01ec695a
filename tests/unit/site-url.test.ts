import { describe, expect, it } from 'vitest';
import { missingSiteProblem, requireSite } from '../../src/build-time/integrations/require-site';

type Setup = (options: { command: string }) => void;
const setupOf = (env: NodeJS.ProcessEnv) => requireSite(env).hooks['astro:config:setup'] as unknown as Setup;

describe('the site address', () => {
  it.each([undefined, ''])('is required by a build, in Indonesian and English (SITE_URL=%j)', (siteUrl) => {
    const problem = missingSiteProblem('build', siteUrl);
    expect(problem).toMatch(/^SITE_URL belum diisi\./);
    expect(problem).toContain('SITE_URL is not set.');
    expect(problem).toContain('npm start');
    expect(() => setupOf({ SITE_URL: siteUrl })({ command: 'build' })).toThrow('SITE_URL belum diisi');
  });

  it('lets a build with an address go ahead', () => {
    expect(missingSiteProblem('build', 'https://sentra.example.go.id')).toBeUndefined();
    expect(() => setupOf({ SITE_URL: 'https://sentra.example.go.id' })({ command: 'build' })).not.toThrow();
  });

  it.each(['dev', 'preview', 'sync'])('is not needed by astro %s, which run on localhost', (command) => {
    expect(missingSiteProblem(command, undefined)).toBeUndefined();
    expect(() => setupOf({})({ command })).not.toThrow();
  });
});
