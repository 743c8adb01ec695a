import { runAstroBuild } from './astro-build.ts';

/** Builds the real site once, for every build and browser test to read. */
export default function buildOnce(): void {
  const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: '' });
  if (status !== 0) throw new Error(`The site did not build:\n${output}`);
}
