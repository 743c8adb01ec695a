import { HtmlValidate } from 'html-validate';
import config from '../../.ci/html-validate.config.js';

const validator = new HtmlValidate(config);

/** What html-validate finds wrong in one page, one line per problem: `page:line:column rule: message`. */
export async function findHtmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}
