import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The synthetic cases the benchmark wrote; any frontmatter is accepted, as in a site without a schema.
export const collections = {
  cases: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.BENCH_CONTENT_DIR ?? './cases' }) }),
};
