import { registerHooks } from 'node:module';

// The site's modules import each other without an extension (`./define-vocabulary`), as Astro's
// bundler allows. Node does not guess extensions, so a command-line script that reuses them would
// fail to load; this hook tries the `.ts` file when the plain specifier is not found.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || (error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
