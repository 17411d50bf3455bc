/** A chart definition by id, in the browser: each one is its own small module, fetched when a chart first needs it. */
import type { ChartDefinition } from './definition.ts';

const modules = import.meta.glob<ChartDefinition>('./definitions/*.ts', { import: 'default' });

export function loadChart(id: string): Promise<ChartDefinition> {
  const load = modules[`./definitions/${id}.ts`];
  if (!load) return Promise.reject(new Error(`unknown chart "${id}"`));
  return load();
}
