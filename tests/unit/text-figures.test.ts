import { describe, expect, it } from 'vitest';
import { checkTextFigures, type FiguresOfCase } from '../../src/content-check/text-figures';

const data: FiguresOfCase = {
  metrics: [
    {
      id: 'omzet',
      label: 'Omzet',
      before: { value: [200_000_000, 300_000_000], unit: 'rupiah-per-tahun' },
      after: { value: [1_500_000_000, 2_000_000_000], unit: 'rupiah-per-tahun' },
    },
    { id: 'tenaga-kerja', label: 'Tenaga kerja', after: { value: 200, unit: 'orang' } },
  ],
  funding: [{ amount: { value: 20_400_000_000, unit: 'rupiah' } }],
};
const found = (body: string) =>
  checkTextFigures(`---\ntitle: x\n---\n\n${body}\n`, data).map((problem) => problem.found);

describe('money in the story and the case’s data', () => {
  it('agree when the story writes the figures the data holds, ranges included', () => {
    expect(found('Omzet naik dari Rp200–300 juta menjadi Rp1,5–2 miliar per tahun.')).toEqual([]);
    expect(found('Omzetnya kini Rp1.500.000.000 sampai Rp2 miliar.')).toEqual([]);
  });

  it('disagree when a turnover is written otherwise than the data says', () => {
    expect(found('Omzet naik menjadi Rp1,8 miliar.')).toEqual(['"Rp1,8 miliar" dalam kalimat tentang Omzet']);
    expect(found('Omzet naik menjadi Rp1,5–2,5 miliar.')).toEqual(['"Rp1,5–2,5 miliar" dalam kalimat tentang Omzet']);
  });

  it('leave alone money in sentences about something else, and each sentence on its own', () => {
    expect(found('Harga paving Rp12.000 per buah.')).toEqual([]);
    expect(found('Gedungnya Rp5 miliar. Omzet naik menjadi Rp2 miliar.')).toEqual([]);
  });
});
