import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/build-time/package-version';

describe('an installed package’s version', () => {
  it('is found for a package that exports its package.json and for one that does not (Pagefind)', () => {
    expect(packageVersion('satori')).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion('pagefind')).toMatch(/^1\.\d+\.\d+/);
  });

  it('is not made up for a package that is not installed', () => {
    expect(() => packageVersion('paket-yang-tidak-ada')).toThrow();
  });
});
