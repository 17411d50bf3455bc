/**
 * The ids of the site's pages (their content files' names), for Node tools that cannot read Astro's content
 * collection: the browser tests and the benchmark. The page table itself is pages.ts.
 */
import { readdirSync } from 'node:fs';

export function pageIds(): string[] {
  return readdirSync(new URL('../content/pages/zh/', import.meta.url)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
}
