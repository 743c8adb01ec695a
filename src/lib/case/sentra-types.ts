import type { CollectionEntry } from 'astro:content';

/** One case as the pages see it, derived from the schema through Astro's collection types. */
export type SentraEntry = CollectionEntry<'sentra'>;
export type Sentra = SentraEntry['data'];
export type SentraMetric = Sentra['metrics'][number];
export type SentraQuantity = NonNullable<SentraMetric['after']>;
export type SentraFunding = Sentra['funding'][number];
export type SentraSource = Sentra['sources'][number];
export type SentraPhoto = Sentra['photos'][number];
