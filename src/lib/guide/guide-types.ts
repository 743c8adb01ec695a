import type { CollectionEntry } from 'astro:content';

/** One guide for pemda, derived from its schema through Astro's collection types. */
export type GuideEntry = CollectionEntry<'panduan'>;
export type Guide = GuideEntry['data'];
export type GuideStep = Guide['steps'][number];
