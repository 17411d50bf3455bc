/**
 * Every chart definition, for tests that run in Node (where the bundler's file discovery in src/charts/registry.ts is
 * not available): each file of src/charts/definitions, its default export, in page and order.
 */
import { readdirSync } from 'node:fs';
import type { ChartDefinition } from '../../src/charts/definition.ts';

const dir = new URL('../../src/charts/definitions/', import.meta.url);

export const CHARTS: readonly ChartDefinition[] = (await Promise.all(
  readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map(async (f) => (await import(new URL(f, dir).href) as { default: ChartDefinition }).default),
)).sort((a, b) => a.page.localeCompare(b.page) || a.order - b.order);

export function chartById(id: string): ChartDefinition {
  const def = CHARTS.find((c) => c.id === id);
  if (!def) throw new Error(`unknown chart ${id}`);
  return def;
}
