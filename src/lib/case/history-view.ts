import { formatDate } from '../../format/date-format';
import type { CaseHistory, ContentCommit } from './history';

/** A phrase of a day's line: a change note or what happened, with the commit it links to. */
export interface HistoryPhrase {
  /** What goes before it on the line: nothing, `; ` between notes, a space before the minor count. */
  lead: string;
  text: string;
  /** The commit to link, where the phrase is one commit's. */
  hash?: string;
}

/** One day on which the case changed. */
export interface HistoryDay {
  /** `2024-08-17`, for the `<time>` element. */
  date: string;
  /** `17 Agustus 2024`. */
  label: string;
  phrases: HistoryPhrase[];
}

/** What the section shows: the days, newest first, or a sentence saying why there are none. */
export interface HistoryView {
  notice?: string;
  days: HistoryDay[];
}

export const historyNotices = {
  dangkal:
    'Riwayat tidak lengkap: salinan repositori dangkal. Situs ini dibangun dari salinan tanpa riwayat lengkap, jadi tanggal perubahannya tidak ditampilkan.',
  'tanpa-git': 'Riwayat perubahan tidak tersedia: situs ini dibangun tanpa repositori git.',
  kosong: 'Belum ada riwayat: berkas kasus ini belum tercatat di repositori.',
} as const;

const withoutFinalStop = (note: string) => note.replace(/\.+$/, '');

/** A day's phrases: its addition, each noted change with its note, then the minor ones counted. */
function phrasesOf(changes: readonly ContentCommit[], added: ContentCommit | undefined): HistoryPhrase[] {
  const phrases: HistoryPhrase[] = [];
  const lead = () => (phrases.length > 0 ? '; ' : '');
  let minor = 0;
  for (const change of changes) {
    if (change === added) phrases.push({ lead: lead(), text: 'ditambahkan ke etalase', hash: change.hash });
    for (const note of change.notes) phrases.push({ lead: lead(), text: withoutFinalStop(note), hash: change.hash });
    if (change !== added && change.notes.length === 0) minor += 1;
  }
  if (minor > 0) {
    phrases.push(
      phrases.length > 0
        ? { lead: ' ', text: `dan ${minor} perubahan kecil` }
        : { lead: '', text: `${minor} perubahan kecil` },
    );
  }
  return phrases;
}

/**
 * The history as the case page shows it: one line per day the file changed, newest first. A
 * commit with a `Perubahan:` note shows that note, every other commit is counted as minor, and
 * the oldest commit, when the history is whole, is the day the case was added.
 */
export function historyViewOf(history: CaseHistory): HistoryView {
  if (history.state !== 'lengkap') return { notice: historyNotices[history.state], days: [] };
  if (history.changes.length === 0) return { notice: historyNotices.kosong, days: [] };
  const added = history.changes.at(-1);
  const byDay = new Map<string, ContentCommit[]>();
  for (const change of history.changes) byDay.set(change.date, [...(byDay.get(change.date) ?? []), change]);
  // The log is newest first by the time of each commit; days are sorted by the date shown, so a
  // committer's clock set wrong cannot put a day out of order.
  return {
    days: [...byDay.keys()]
      .sort((a, b) => b.localeCompare(a))
      .map((date) => ({ date, label: formatDate(date), phrases: phrasesOf(byDay.get(date)!, added) })),
  };
}

/** A case's noted changes, newest first: what the feed carries besides new and checked cases. */
export function notedChangesOf(history: CaseHistory): ContentCommit[] {
  return history.state === 'lengkap' ? history.changes.filter((change) => change.notes.length > 0) : [];
}

/** The address of a commit on the repository's site, or none where no address is configured. */
export function commitUrl(repositoryUrl: string, hash: string): string | undefined {
  return repositoryUrl ? `${repositoryUrl.replace(/\/+$/, '')}/commit/${hash}` : undefined;
}
