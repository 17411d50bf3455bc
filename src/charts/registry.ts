/**
 * Every chart of the site, at build time: each file of ./definitions/ is one chart (its default export), found by
 * the bundler, so a new chart is a new file. The browser loads them one at a time through loader.ts.
 */
import type { ChartDefinition } from './definition.ts';

const modules = import.meta.glob<ChartDefinition>('./definitions/*.ts', { eager: true, import: 'default' });

export const CHARTS: readonly ChartDefinition[] = Object.entries(modules).map(([file, def]) => {
  if (!file.endsWith(`/${def.id}.ts`)) throw new Error(`src/charts/definitions${file.slice(file.lastIndexOf('/'))}: the file is named after the chart id (${def.id})`);
  return def;
}).sort((a, b) => a.page.localeCompare(b.page) || a.order - b.order);

export function chartById(id: string): ChartDefinition {
  const def = CHARTS.find((c) => c.id === id);
  if (!def) throw new Error(`unknown chart "${id}" (src/charts/definitions)`);
  return def;
}
