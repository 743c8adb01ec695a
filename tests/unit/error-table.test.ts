import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorRows, readmePath, readmeRows } from '../support/error-table';

describe('the table of error messages in content/README.md', () => {
  it('lists exactly the messages the corpus of bad cases gets (npm run docs:errors rewrites it)', () => {
    const rows = readmeRows(readFileSync(readmePath, 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows).toEqual(errorRows());
  });
});
