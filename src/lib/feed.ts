import type { RSSFeedItem } from '@astrojs/rss';
import type { AreaIndex } from './area';
import { describeCase } from './case-facts';
import { stripCitations } from './cited-text';
import type { SentraEntry } from './sentra-types';
import { headlineLineOf, travelTitleOf } from './share';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The feed's items: every case, the most recently checked first. A case's date is the day its
 * facts were last checked (the only date a case file gives), and its guid carries that day, so a
 * case checked again reaches subscribers as an update rather than passing unseen.
 */
export function feedItemsOf(entries: readonly SentraEntry[], areas: AreaIndex, site: URL): RSSFeedItem[] {
  return [...entries]
    .sort((a, b) => b.data.lastVerified.localeCompare(a.data.lastVerified) || a.id.localeCompare(b.id))
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
