import { describe, expect, it, vi } from 'vitest';
import { quietHeadInject } from '../../src/build-time/integrations/build-log.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/jombang.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the build log', () => {
  it('drops Rolldown’s warning about Astro’s head-injection marker', () => {
    const handle = vi.fn();
    quietHeadInject('warn', headInject, handle);
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes every other log on, other directives and other codes alike', () => {
    const handle = vi.fn();
    const otherDirective = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" may not be preserved' };
    const otherCode = { code: 'UNRESOLVED_IMPORT', message: '"use astro:head-inject" in a message of another kind' };
    quietHeadInject('warn', otherDirective, handle);
    quietHeadInject('warn', otherCode, handle);
    quietHeadInject('info', { message: 'built in 2 s' }, handle);
    expect(handle.mock.calls).toEqual([
      ['warn', otherDirective],
      ['warn', otherCode],
      ['info', { message: 'built in 2 s' }],
    ]);
  });
});
