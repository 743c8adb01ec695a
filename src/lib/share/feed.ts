import type { RSSFeedItem } from '@astrojs/rss';
import type { AreaIndex } from '../place/area';
import { describeCase } from '../case/case-facts';
import { stripCitations } from '../case/cited-text';
import type { SentraEntry } from '../case/sentra-types';
import { headlineLineOf, travelTitleOf } from './share';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * How many cases the feed carries. A feed reader fetches the whole file each time it looks for
 * news, and needs only what changed since its last look: with every case, the feed of the
 * national directory (14.000 cases) came to 8 MB.
 */
export const feedSize = 50;

/**
 * The feed's items: the `feedSize` most recently checked cases, newest first. A case's date is
 * the day its facts were last checked (the only date a case file gives), and its guid carries that
 * day, so a case checked again reaches subscribers as an update rather than passing unseen.
 */
export function feedItemsOf(entries: readonly SentraEntry[], areas: AreaIndex, site: URL): RSSFeedItem[] {
  return [...entries]
    .sort((a, b) => b.data.lastVerified.localeCompare(a.data.lastVerified) || a.id.localeCompare(b.id))
    .slice(0, feedSize)
    .map(({ id, data }) => {
      const facts = describeCase(areas, data);
      const link = new URL(`/sentra/${id}/`, site).href;
      const headline = headlineLineOf(data);
      return {
        title: travelTitleOf(data),
        link,
        pubDate: new Date(`${data.lastVerified}T00:00:00Z`),
        description: [facts.regencyText, stripCitations(data.summary), headline]
          .filter((part): part is string => Boolean(part))
          .map(sentence)
          .join(' '),
        categories: [facts.sectorLabel, facts.place.province.name],
        customData: `<guid isPermaLink="false">${link}#diperiksa-${data.lastVerified}</guid>`,
      };
    });
}
