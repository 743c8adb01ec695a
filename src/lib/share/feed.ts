import type { RSSFeedItem } from '@astrojs/rss';
import { stripCitations } from '../../format/cited-text';
import { caseHistoryOf, type SiteHistory } from '../case/history';
import { notedChangesOf } from '../case/history-view';
import type { SentraEntry } from '../case/sentra-types';
import { headlineLineOf, travelTitleOf } from './share';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * How many items the feed carries. A feed reader fetches the whole file each time it looks for
 * news, and needs only what changed since its last look: a feed of every case would grow with the
 * national directory, to megabytes fetched again and again for a few new items.
 */
export const feedSize = 50;

const noHistory: SiteHistory = { state: 'tanpa-git', commits: [], files: {} };

/** An item before it is written: its day, and what orders items of one day. */
interface Dated {
  date: string;
  order: string;
  write: () => RSSFeedItem;
}

/**
 * The feed's items: the `feedSize` newest of the cases, each dated by the day its facts were last
 * checked (the only date a case file gives), and of the changes whose commits carry a note for
 * readers (`Perubahan:`), dated by their commit. A case's guid carries its day, so a case checked
 * again reaches subscribers as an update rather than passing unseen; a change's carries its commit.
 */
export function feedItemsOf(
  entries: readonly SentraEntry[],
  site: URL,
  history: SiteHistory = noHistory,
): RSSFeedItem[] {
  const dated = entries.flatMap(({ id, data, filePath }): Dated[] => {
    const link = new URL(`/sentra/${id}/`, site).href;
    const categories = () => [data.labels.sector, data.place.province.name];
    const checked: Dated = {
      date: data.lastVerified,
      order: `${id}\0`,
      write: () => ({
        title: travelTitleOf(data),
        link,
        pubDate: new Date(`${data.lastVerified}T00:00:00Z`),
        description: [data.place.regencyText, stripCitations(data.summary), headlineLineOf(data)]
          .filter((part): part is string => Boolean(part))
          .map(sentence)
          .join(' '),
        categories: categories(),
        customData: `<guid isPermaLink="false">${link}#diperiksa-${data.lastVerified}</guid>`,
      }),
    };
    const changes = notedChangesOf(caseHistoryOf(history, filePath)).map(({ hash, date, notes }): Dated => ({
      date,
      order: `${id}\0${hash}`,
      write: () => ({
        title: `Diperbarui: ${travelTitleOf(data)}`,
        link: `${link}#riwayat`,
        pubDate: new Date(`${date}T00:00:00Z`),
        description: [data.place.regencyText, ...notes].map(sentence).join(' '),
        categories: categories(),
        customData: `<guid isPermaLink="false">${link}#perubahan-${hash}</guid>`,
      }),
    }));
    return [checked, ...changes];
  });
  return dated
    .sort((a, b) => b.date.localeCompare(a.date) || a.order.localeCompare(b.order))
    .slice(0, feedSize)
    .map((item) => item.write());
}
