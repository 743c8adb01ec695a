// The web editor's preview of a case (editor.js registers it for the collection): the title, the
// summary, a card for each metric (before → after) and the story, with each <Ref id="…" /> shown as
// the source's number, as the case page numbers them. A sketch of the page, not the page: Markdown
// is shown as headings and paragraphs, and numbers are written plainly, not the PUEBI way the
// site writes rupiah. Plain ES module, run in the browser (/admin/preview.js) and by the unit tests.

import { entryData } from './checking.js';

const showNumber = (value) => (typeof value === 'number' ? value.toLocaleString('id-ID') : String(value ?? ''));

/** A quantity as a card shows it: `11–19 orang`. */
export function showQuantity(quantity, unitLabels) {
  if (!quantity || quantity.value == null) return '';
  const value = Array.isArray(quantity.value) ? quantity.value.map(showNumber).join('–') : showNumber(quantity.value);
  const unit = unitLabels[quantity.unit] ?? quantity.unit ?? '';
  return `${value} ${unit}`.trim();
}

/** The story as blocks: headings and paragraphs, citations as `[n]`, other tags and emphasis marks left out. */
export function storyBlocks(body, sourceIds) {
  const cite = (text) =>
    text
      .replace(/<Ref\s+id="([^"]*)"\s*\/>/g, (_, id) => `[${sourceIds.indexOf(id) + 1 || id}]`)
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/(\*\*|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
      .trim();
  return String(body ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^(#{2,4})\s+(.*)$/.exec(block);
      return heading ? { kind: 'heading', text: cite(heading[2]) } : { kind: 'paragraph', text: cite(block) };
    })
    .filter((block) => block.text);
}

/** What the preview shows of a case's data (the entry as the editor holds it, as plain objects). */
export function previewModel(data, unitLabels) {
  const sourceIds = (data.sources ?? []).map((source) => source?.id);
  return {
    title: data.title ?? '',
    summary: data.summary ?? '',
    metrics: (data.metrics ?? []).map((metric) => ({
      label: metric?.label ?? '',
      before: showQuantity(metric?.before, unitLabels),
      after: showQuantity(metric?.after ?? metric?.series?.at?.(-1), unitLabels),
    })),
    story: storyBlocks(data.body, sourceIds),
    sources: (data.sources ?? []).map((source) => [source?.publisher, source?.title].filter(Boolean).join(': ')),
  };
}

/** The preview as a component for `CMS.registerPreviewTemplate`, drawn with the CMS's React. */
export function casePreview({ createClass, h }, unitLabels) {
  return createClass({
    render() {
      const data = entryData(this.props.entry);
      const model = previewModel(data, unitLabels);
      const card = { border: '1px solid #ccc', borderRadius: '8px', padding: '8px 12px', margin: '0 0 8px' };
      return h(
        'article',
        { lang: 'id' },
        h('h1', null, model.title),
        h('p', null, model.summary),
        ...model.metrics.map((metric) =>
          h(
            'section',
            { style: card, 'data-metric-card': '' },
            h('strong', null, metric.label),
            h('p', null, metric.before ? `${metric.before} → ${metric.after}` : metric.after),
          ),
        ),
        ...model.story.map((block) => h(block.kind === 'heading' ? 'h2' : 'p', null, block.text)),
        h('h2', null, 'Sumber'),
        h('ol', null, ...model.sources.map((source) => h('li', null, source))),
      );
    },
  });
}
