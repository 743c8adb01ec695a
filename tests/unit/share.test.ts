import { beforeAll, describe, expect, it } from 'vitest';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { shareDataOf, whatsAppLinkOf } from '../../src/lib/share/share';
import { describeShareCard, shareCardOf } from '../../src/lib/share/share-card';
import { shareImageKey } from '../../src/build-time/share-image-drawing';
import { jombangData } from '../support/case-file';

let jombang: Sentra;
beforeAll(async () => {
  jombang = await jombangData();
});

const url = new URL('https://contoh.example/sentra/slag-aluminium-kendalsari-jombang/');

/** Jombang's facts made into a lesson without figures, only for testing. */
const asLesson = (data: Sentra): Sentra => ({ ...structuredClone(data), kind: 'pelajaran', metrics: [] });

describe('sharing a case', () => {
  it('sends the title, the headline figure with its change, and the address', () => {
    expect(shareDataOf(jombang, url)).toEqual({
      title: 'Sentra IKM Slag Aluminium Kendalsari',
      text: 'Tenaga kerja: 11–19 orang → 200 orang (×10,5–×18,2)',
      url: url.href,
    });
  });

  it('names a lesson as one, and sends its summary without citations when it has no figure', () => {
    const share = shareDataOf(asLesson(jombang), url);
    expect(share.title).toBe('Pelajaran: Sentra IKM Slag Aluminium Kendalsari');
    expect(share.text).toMatch(/^Dua puluh lima IKM pengolah limbah slag aluminium/);
    expect(share.text).not.toMatch(/\[S\d/);
  });

  it('names an early-stage entry as one', () => {
    const early = { ...jombang, kind: 'tahap-awal' as const };
    expect(shareDataOf(early, url).title).toBe('Tahap awal: Sentra IKM Slag Aluminium Kendalsari');
  });

  it('puts the three parts on three lines of a wa.me link, encoded', () => {
    const link = new URL(whatsAppLinkOf(shareDataOf(jombang, url)));
    expect(`${link.origin}${link.pathname}`).toBe('https://wa.me/');
    expect(link.searchParams.get('text')).toBe(
      `Sentra IKM Slag Aluminium Kendalsari\nTenaga kerja: 11–19 orang → 200 orang (×10,5–×18,2)\n${url.href}`,
    );
    expect(whatsAppLinkOf({ title: 'a & b', text: 'c?d=e', url: 'f#g' })).toBe(
      'https://wa.me/?text=a%20%26%20b%0Ac%3Fd%3De%0Af%23g',
    );
  });
});

describe('the share image', () => {
  it('shows the title, the regency, and the headline figure before and after with its change', () => {
    const card = shareCardOf(jombang, new URL('https://contoh.example/'));
    expect(card).toMatchObject({
      siteName: 'Etalase Sentra IKM',
      host: 'contoh.example',
      title: 'Sentra IKM Slag Aluminium Kendalsari',
      place: 'Kabupaten Jombang, Jawa Timur',
      lesson: false,
      headline: {
        label: 'Tenaga kerja',
        from: { label: 'Sebelum', value: '11–19 orang' },
        to: { label: 'Sesudah', value: '200 orang' },
        change: '×10,5–×18,2',
      },
    });
    expect(card.summary).toBeUndefined();
    expect(describeShareCard(card)).toBe(
      'Sentra IKM Slag Aluminium Kendalsari. Kabupaten Jombang, Jawa Timur. Tenaga kerja: Sebelum 11–19 orang, Sesudah 200 orang (×10,5–×18,2)',
    );
  });

  it('shows a lesson without figures as a lesson, with its summary', () => {
    const card = shareCardOf(asLesson(jombang), new URL('https://contoh.example/'));
    expect(card.lesson).toBe(true);
    expect(card.headline).toBeUndefined();
    expect(card.summary).toMatch(/^Dua puluh lima IKM/);
    expect(describeShareCard(card)).toMatch(/^Pelajaran: Sentra IKM Slag Aluminium Kendalsari\. Kabupaten Jombang/);
  });

  it('marks an early-stage entry as such, never as a success', () => {
    const card = shareCardOf({ ...jombang, kind: 'tahap-awal' }, new URL('https://contoh.example/'));
    expect(card).toMatchObject({ lesson: true, mark: 'Tahap awal' });
    expect(describeShareCard(card)).toMatch(/^Tahap awal: Sentra IKM Slag Aluminium Kendalsari\./);
  });

  it('shows an after-only figure without a before, and the share of the plan reached', () => {
    const data = structuredClone(jombang);
    data.metrics = [{ ...data.metrics[0]!, before: undefined, planned: { ...data.metrics[0]!.after!, value: 400 } }];
    const { headline } = shareCardOf(data, new URL('https://contoh.example/'));
    expect(headline).toEqual({
      label: 'Tenaga kerja',
      to: { label: 'Sesudah', value: '200 orang' },
      change: '50% dari rencana',
    });
  });

  it('keeps a share image under a key that changes with the card and the fonts, and only with them', () => {
    const site = new URL('https://contoh.example/');
    const fonts = {
      latin: Buffer.from('latin'),
      latinExt: Buffer.from('latin-ext'),
      latinBold: Buffer.from('latin bold'),
      latinExtBold: Buffer.from('latin-ext bold'),
    };
    const card = shareCardOf(jombang, site);
    expect(shareImageKey(card, fonts)).toBe(shareImageKey(shareCardOf(jombang, site), fonts));
    expect(shareImageKey({ ...card, title: `${card.title}.` }, fonts)).not.toBe(shareImageKey(card, fonts));
    expect(shareImageKey(card, { ...fonts, latinExt: Buffer.from('other') })).not.toBe(shareImageKey(card, fonts));
    expect(shareImageKey(card, { ...fonts, latinBold: Buffer.from('other') })).not.toBe(shareImageKey(card, fonts));
    expect(shareImageKey(card, fonts)).not.toBe(
      shareImageKey(shareCardOf(jombang, new URL('https://lain.example/')), fonts),
    );
  });
});
