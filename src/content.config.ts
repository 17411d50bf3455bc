/**
 * The pages of the site as content: one MDX file per page and language (src/content/pages/<lang>/<page>.mdx). The
 * frontmatter gives the page's words (title, navigation label, description, intro) and its place in the navigation;
 * the body is the page, prose and blocks (<Chart id="…" />, see src/components/blocks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  // Ids are the file paths ('zh/index' stays 'zh/index'; the default would make it 'zh').
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    /** Place in the navigation (both languages must agree). */
    order: z.number().int(),
    /** <title>, and the navigation label unless `nav` gives a shorter one. */
    title: z.string(),
    nav: z.string().optional(),
    /** The page's h1 (defaults to the title). */
    heading: z.string().optional(),
    description: z.string(),
    /** The paragraph under the h1. */
    lede: z.string().optional(),
  }),
});

export const collections = { pages };
