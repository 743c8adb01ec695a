import { defineMiddleware } from 'astro:middleware';
import settings from 'virtual:etalase/settings';
import { CaseValidationError } from './content-check/case-error';

// Under `npm run dev`, the page of a case or guide whose file is broken shows the check's message
// in the browser's error overlay; the loader has left that file out, so every other page keeps
// working. A build never gets here with a broken file: the loader stops it.
export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) {
    const { devCollections } = await import('./content-check/dev-collections');
    const { pageProblems } = await import('./content-check/dev-problems');
    const problems = await pageProblems(context.url.pathname, devCollections(settings.contentDirs));
    if (problems.length > 0) throw new CaseValidationError(problems.join('\n'));
  }
  return next();
});
