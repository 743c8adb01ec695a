import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/place/area';
import { caseKinds } from '../../src/vocabulary/case-kinds';
import { fundingSchemes } from '../../src/vocabulary/funding-schemes';
import { photoLicences } from '../../src/vocabulary/photo-licences';
import { replicationSteps } from '../../src/vocabulary/replication-steps';
import { sectorGroups } from '../../src/vocabulary/sector-groups';
import { sectors } from '../../src/vocabulary/sectors';
import { statuses } from '../../src/vocabulary/statuses';
import { units } from '../../src/vocabulary/units';
import { fieldNames } from '../../src/content-check/field-names';
import { guideSchema } from '../../src/schema/guide';
import { createSentraSchema } from '../../src/schema/sentra';

// The editors' manual mirrors the schema field by field and the vocabularies term by term. These
// checks keep it from drifting: a field or a term added in code but not in the manual fails here.
const manual = readFileSync('content/README.md', 'utf8');

let caseFields: Set<string>;
beforeAll(async () => {
  caseFields = fieldNames(createSentraSchema(await getAreaIndex()));
});

describe('content/README.md, the editors’ manual', () => {
  it('names every field of the case and guide schemas', () => {
    const fields = [...caseFields, ...fieldNames(guideSchema)];
    expect(fields.length).toBeGreaterThan(30);
    expect(fields.filter((field) => !manual.includes(`\`${field}\``))).toEqual([]);
  });

  it.each([
    ['kind', caseKinds],
    ['sector', sectors],
    ['sector groups', sectorGroups],
    ['status', statuses],
    ['funding scheme', fundingSchemes],
    ['replication step', replicationSteps],
    ['unit', units],
    ['photo licence', photoLicences],
  ] as const)('lists every %s term with its Indonesian label', (_name, vocabulary) => {
    const missing = Object.entries(vocabulary.labels as Record<string, { id: string }>).filter(
      ([key, label]) => !manual.includes(`| \`${key}\``) || !manual.includes(label.id),
    );
    expect(missing).toEqual([]);
  });
});
