import { defineMiddleware } from 'astro:middleware';
import { openProblems } from './content-check/dev-problems';
import { CaseValidationError } from './content-check/validate-case';

// Under `npm run dev`, a case broken while the server runs stops every page with its message in
// the browser's error overlay. A build never gets here with a broken case: the loader stops it.
export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const problems = openProblems();
    if (problems.length > 0) throw new CaseValidationError(problems.join('\n'));
  }
  return next();
});
