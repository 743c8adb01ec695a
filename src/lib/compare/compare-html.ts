import type { CompareCase } from './compare-record';
import { muted, noteRow, rowGroup, sourceLinks } from './compare-cells';
import { renderMetricGroups } from './compare-metric-html';
import { escapeHtml as esc } from '../../format/html-text';

// The comparison is drawn by one function, at build time for the table of every case and in
// the browser for the cases a reader chooses, so the two can never drift apart.

const unsourced = `<span class="${muted}">Tidak disebut sumber</span>`;

type Cell = (item: CompareCase) => string;

const placeRows: [string, Cell][] = [
  ['Tempat', (item) => esc(item.place)],
  ['Sektor', (item) => esc([item.sectorGroup, item.sector].filter(Boolean).join(' · '))],
  ['Jumlah IKM', (item) => (item.ikm ? `${esc(item.ikm.text)}${sourceLinks(item.slug, item.ikm.sources)}` : unsourced)],
  [
    'Pendanaan',
    (item) =>
      `<ul class="space-y-2">${item.funding
        .map(
          (money) =>
            `<li><span class="font-semibold">${esc(money.heading)}</span>${sourceLinks(item.slug, money.sources)}` +
            (money.amount ? `<br>${money.realised ? 'Pagu atau rencana' : 'Nilai'}: ${esc(money.amount)}` : '') +
            (money.realised ? `<br>Realisasi: ${esc(money.realised)}` : '') +
            (money.note ? `<br><span class="${muted}">${esc(money.note)}</span>` : '') +
            '</li>',
        )
        .join('')}</ul>`,
  ],
];

/**
 * Money per IKM served, derived where a case gives both figures: left out where no case has it,
 * said once where only one has it, and never called a cost per job.
 */
function moneyGroup(cases: readonly CompareCase[]): string {
  const having = cases.filter((item) => item.moneyPerIkm);
  const alone = having.length === 1 && cases.length > 1;
  if (!having[0]) return '';
  const note =
    `${alone ? `Hanya ${esc(having[0].title)} menyebut dana dan jumlah IKM: ${esc(having[0].moneyPerIkm!)}. ` : ''}` +
    'Turunan: semua dana dibagi jumlah IKM; bukan biaya per lapangan kerja.';
  const cells = cases.map((item) => `<td data-sentra="${esc(item.slug)}">${esc(item.moneyPerIkm ?? '—')}</td>`);
  const row = alone ? '' : `<tr data-unsourced="derived">${cells.join('')}</tr>`;
  return rowGroup('Dana per IKM', cases.length, noteRow(cases.length, note, ' data-unsourced="derived"') + row);
}

const stateRows: [string, Cell][] = [
  [
    'Status',
    (item) => `${esc(item.status.text)}${sourceLinks(item.slug, item.status.sources)}<br>${esc(item.status.evidence)}`,
  ],
  ['Pengelola', (item) => `${esc(item.managingBody.name)}${sourceLinks(item.slug, item.managingBody.sources)}`],
  [
    'Linimasa',
    (item) =>
      item.timeline.length === 0
        ? `<span class="${muted}">Tidak ada linimasa</span>`
        : `<ol class="space-y-2">${item.timeline
            .map(
              (event) =>
                `<li><span class="font-semibold">${esc(event.date)}</span>: ${esc(event.text)}` +
                `${sourceLinks(item.slug, event.sources)}</li>`,
            )
            .join('')}</ol>`,
  ],
];

function textGroup(cases: readonly CompareCase[], [title, cell]: [string, Cell]): string {
  const cells = cases.map((item) => `<td data-sentra="${esc(item.slug)}">${cell(item)}</td>`);
  return rowGroup(title, cases.length, `<tr>${cells.join('')}</tr>`);
}

function headCell(item: CompareCase): string {
  // A lesson stays marked as one in every column it heads, in words as well as colour.
  const mark = item.mark ? `<span class="compare-lesson">${esc(item.mark)}</span>` : '';
  return (
    `<th scope="col" data-sentra="${esc(item.slug)}"${item.lesson ? ' data-lesson=""' : ''}>` +
    `${mark}<a href="/sentra/${esc(item.slug)}/">${esc(item.title)}</a></th>`
  );
}

/**
 * The comparison of the given cases as one table, a column per case: its caption, and a region
 * that scrolls sideways on a phone, with each group's heading kept in view.
 */
export function renderComparison(cases: readonly CompareCase[], id: string, caption: string): string {
  const groups = [
    ...placeRows.map((row) => textGroup(cases, row)),
    moneyGroup(cases),
    renderMetricGroups(cases),
    ...stateRows.map((row) => textGroup(cases, row)),
  ];
  const hint =
    cases.length > 2
      ? `<p class="text-sm ${muted}">Geser tabel ke samping untuk melihat semua kolom; judul baris tetap terlihat.</p>`
      : '';
  return (
    `<h2 id="${id}" class="text-lg font-semibold">${esc(caption)}</h2>${hint}` +
    // A labelled section is a region: keyboard users can focus it to scroll the table sideways.
    `<section aria-labelledby="${id}" tabindex="0" class="compare-scroll hold-first-column${cases.length > 3 ? ' compare-tall' : ''}">` +
    // Columns of one width, so that one scale is one length in every column.
    // (Widths come from the stylesheet: the Content-Security-Policy allows no inline style.)
    `<table class="compare-table" aria-labelledby="${id}">` +
    `<colgroup>${cases.map(() => '<col class="compare-col">').join('')}</colgroup>` +
    `<thead><tr>${cases.map(headCell).join('')}</tr></thead>${groups.join('')}</table></section>`
  );
}
