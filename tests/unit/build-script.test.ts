import { describe, expect, it } from 'vitest';
import { buildScriptEnv } from '../support/astro-build.ts';

describe('the variables of npm run build', () => {
  it('reads each VAR=value before astro build', () => {
    expect(buildScriptEnv('A=1 B_C=0 astro build')).toEqual({ A: '1', B_C: '0' });
    expect(buildScriptEnv('astro build')).toEqual({});
  });

  it('refuses a script that does not end in astro build', () => {
    expect(() => buildScriptEnv('A=1 vite build')).toThrow(/VAR=value … astro build/);
  });

  it('builds without telemetry and without allocator settings (no package internals tuned)', () => {
    expect(buildScriptEnv()).toEqual({ ASTRO_TELEMETRY_DISABLED: '1' });
  });
});
