import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

interface Axe {
  getRules(tags: string[]): { ruleId: string }[];
  run(options: object): Promise<{ violations: Violation[] }>;
}

/**
 * What axe finds on the page as it stands, one line per rule broken: WCAG 2.1 A and AA, and from
 * WCAG 2.2 the minimum target size (2.5.8), since most readers tap with a thumb on a small phone.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's tooling, not added as a <script>: the page's own CSP would block that.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).map((rule) => rule.ruleId);
    const result = await axe.run({ runOnly: { type: 'rule', values: [...rules, 'target-size'] } });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}
