import type { UserConfig } from 'vite';

type OnLog = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onLog']>;
type BuildLog = Parameters<OnLog>[1];

/**
 * Rolldown warns, once per MDX file and with a ten-line code frame, that Astro's marker
 * `"use astro:head-inject"` may not be preserved when bundling. Astro reads that marker before
 * bundling, so nothing is lost (withastro/astro#18087). The warning buried the build's real
 * messages: 170 lines for the site's own cases, 140,000 at 14,000 cases. Only that one warning is
 * dropped; every other log, including other module-level directives, reaches the default handler.
 */
export const quietHeadInject: OnLog = (level, log, handle) => {
  if (isHeadInjectWarning(log)) return;
  handle(level, log);
};

/** True for Rolldown's warning about Astro's head-injection marker, and for nothing else. */
export function isHeadInjectWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
