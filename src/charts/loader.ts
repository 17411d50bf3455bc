/** A chart definition by id, in the browser: each one is its own small module, fetched when a chart first needs it. */
import type { ChartDefinition } from './definition.ts';

const modules = import.meta.glob<ChartDefinition>('./definitions/*.ts', { import: 'default' });

const loaded = new Map<string, ChartDefinition>();

export function loadChart(id: string): Promise<ChartDefinition> {
  const load = modules[`./definitions/${id}.ts`];
  if (!load) return Promise.reject(new Error(`unknown chart "${id}"`));
  return load().then((def) => {
    loaded.set(id, def);
    return def;
  });
}

/**
 * A chart definition already loaded, or null: a redraw takes it without awaiting an import, which would let a frame
 * be painted between the reader's input and the redraw.
 */
export function loadedChart(id: string): ChartDefinition | null {
  return loaded.get(id) ?? null;
}
