// The site's modules import each other without extensions, as Vite allows. Node runs the CLI
// scripts directly (no build step, so `npm run check` takes seconds): this hook lets it find
// `./area` as `./area.ts`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
