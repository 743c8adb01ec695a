import type { Locator } from 'playwright-core';

/**
 * Resolves once the browser has computed the intersections of `element` once. Observers report in
 * the order they were made, so an observer of ours, made after the page's own, gets its first
 * report in the same step as theirs: this waits, not for a time, but until the page's observers
 * have had their say on where the element stands.
 */
export async function observedOnce(element: Locator): Promise<void> {
  await element.evaluate(
    (node) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(node);
      }),
  );
}
