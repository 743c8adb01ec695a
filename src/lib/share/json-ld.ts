import { stripCitations } from '../../format/cited-text';
import type { Sentra } from '../case/sentra-types';

/** The site's name, as link previews, share images and structured data show it. */
export const siteName = 'Etalase Sentra IKM';

/** A schema.org node, as search engines read it from `<script type="application/ld+json">`. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script>` element. A `<` in any text (a title with "</script>") would otherwise
 * end the element early and let the rest be read as HTML; `\u003c` is the same character in JSON.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

function publisherOf(site: URL): JsonLd {
  return { '@type': 'Organization', name: siteName, url: site.href };
}

/** The home page: the site, and the search a reader can start from a search engine. */
export function websiteJsonLd(site: URL, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: site.href,
    description,
    inLanguage: 'id',
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL('/cari/', site).href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * A case page as an article. The date is the day its facts were last checked, the only date a
 * case file gives; every source it cites is listed, as on the page.
 */
export function articleJsonLd(data: Sentra, page: { url: URL; image?: URL; place: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: stripCitations(data.summary),
    url: page.url.href,
    mainEntityOfPage: page.url.href,
    ...(page.image && { image: page.image.href }),
    dateModified: data.lastVerified,
    inLanguage: 'id',
    contentLocation: { '@type': 'Place', name: page.place },
    publisher: publisherOf(new URL('/', page.url)),
    citation: data.sources.map((source) => source.url),
  };
}

/** One downloadable file of the open data. */
export interface DataFile {
  path: string;
  encodingFormat: string;
}

/** The open data page as a dataset, with each file as a download. */
export function datasetJsonLd(
  page: { url: URL; name: string; description: string; dateModified?: string; license?: string },
  files: readonly DataFile[],
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.name,
    description: page.description,
    url: page.url.href,
    ...(page.dateModified && { dateModified: page.dateModified }),
    ...(page.license && { license: page.license }),
    inLanguage: 'id',
    isAccessibleForFree: true,
    spatialCoverage: { '@type': 'Place', name: 'Indonesia' },
    creator: publisherOf(new URL('/', page.url)),
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      contentUrl: new URL(file.path, page.url).href,
      encodingFormat: file.encodingFormat,
    })),
  };
}
