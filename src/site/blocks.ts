/**
 * The blocks page content may use (<Chart id="…" />, <Note>…</Note>, …): every component in src/components/blocks,
 * by file name. A new block is a new file there; no list to update.
 */
const modules = import.meta.glob<{ default: unknown }>('../components/blocks/*.astro', { eager: true });

export const BLOCKS: Record<string, unknown> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), m.default]),
);
