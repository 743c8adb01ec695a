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

describe('counts and weights in the story and the case’s data', () => {
  const withTonnes: FiguresOfCase = {
    ...data,
    metrics: [
      ...data.metrics,
      {
        id: 'produksi',
        label: 'Produksi paving',
        after: { value: [400, 700], unit: 'ton-per-tahun' },
      },
    ],
  };
  const foundIn = (body: string) =>
    checkTextFigures(`---\ntitle: x\n---\n\n${body}\n`, withTonnes).map((problem) => problem.found);

  it('disagree when a count in the metric’s unit is written otherwise than the data says', () => {
    expect(foundIn('Tenaga kerja bertambah menjadi 250 orang.')).toEqual([
      '"250 orang" dalam kalimat tentang Tenaga kerja',
    ]);
    expect(foundIn('Produksi paving kini 400–800 ton per tahun.')).toEqual([
      '"400–800 ton per tahun" dalam kalimat tentang Produksi paving',
    ]);
  });

  it('agree when the story writes the data’s figures, however it writes the unit', () => {
    expect(foundIn('Tenaga kerja bertambah menjadi 200 orang.')).toEqual([]);
    expect(foundIn('Produksi paving kini 400–700 ton/tahun, atau 400 sampai 700 ton setahun.')).toEqual([]);
  });

  it('leave alone counts over another period, money, and sentences that do not name the metric whole', () => {
    expect(foundIn('Produksi paving sekitar 2 ton per hari.')).toEqual([]);
    expect(foundIn('Tenaga kerja dibayar Rp150 ribu sehari.')).toEqual([]);
    expect(foundIn('Produksi batu bata 900 ton per tahun.')).toEqual([]);
    expect(foundIn('Kelompoknya berisi 10 orang.')).toEqual([]);
  });
});
