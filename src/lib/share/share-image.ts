import type { CardFigure, ShareCard } from './share-card';

// The light theme's colours, from src/styles/global.css.
const colors = { accent: '#0f766e', page: '#fbfaf7', ink: '#1c1917', muted: '#57534e', warn: '#b45309' };

type Style = Record<string, string | number>;
interface Node {
  type: 'div';
  props: { style: Style; children?: string | Node | (string | Node)[] };
}

function div(style: Style, ...children: (string | Node | false | undefined)[]): Node {
  const kept = children.filter((child): child is string | Node => Boolean(child));
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept } };
}

// Titles and figures in the font's own bold: satori cannot pick a weight of the variable font the
// pages use, and the stroke that once imitated it doubled the time to draw an image.
const bold: Style = { fontWeight: 700 };

function figure({ label, value }: CardFigure): Node {
  return div(
    { flexDirection: 'column' },
    div({ fontSize: 24, color: colors.muted }, label),
    div({ fontSize: 40, color: colors.ink, ...bold }, value),
  );
}

/** The element tree satori lays out: site name, title, place, and the headline figure. */
export function shareImageTree(card: ShareCard): Node {
  const { headline } = card;
  return div(
    {
      // The whole canvas, its padding and border inside it rather than added to it.
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: '56px 64px',
      backgroundColor: colors.page,
      borderTop: `16px solid ${card.lesson ? colors.warn : colors.accent}`,
      fontFamily: 'Jakarta, Jakarta Ext',
      color: colors.ink,
    },
    div(
      { fontSize: 26, letterSpacing: 2, gap: 24 },
      div({ color: colors.accent, ...bold }, card.siteName.toUpperCase()),
      card.mark && div({ color: colors.warn, ...bold }, card.mark.toUpperCase()),
    ),
    div({ marginTop: 24, fontSize: 60, lineHeight: 1.15, lineClamp: 2, ...bold }, card.title),
    div({ marginTop: 16, fontSize: 30, color: colors.muted }, card.place),
    div({ flexGrow: 1 }),
    headline &&
      div(
        { flexDirection: 'column', borderLeft: `8px solid ${colors.accent}`, paddingLeft: 28 },
        div({ fontSize: 28, color: colors.muted }, headline.label),
        div(
          { marginTop: 8, alignItems: 'flex-end', gap: 48 },
          headline.from && figure(headline.from),
          figure(headline.to),
          headline.change && div({ fontSize: 56, color: colors.accent, ...bold }, headline.change),
        ),
      ),
    card.summary && div({ fontSize: 30, lineHeight: 1.35, lineClamp: 3 }, card.summary),
    div({ marginTop: 32, fontSize: 24, color: colors.muted }, card.host),
  );
}
