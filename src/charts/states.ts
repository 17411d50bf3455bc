/**
 * Every state a chart's controls can reach: each control's options, combined. The build computes the answer of
 * every distinct query among them (src/site/answers.ts), so any of these states is drawn without DuckDB-WASM.
 */
import type { ChartState } from '../contract/rows.ts';
import type { ChartDefinition } from './definition.ts';
import type { ResolvedControl } from './frame-inputs.ts';

export function controlStates(def: ChartDefinition, controls: ResolvedControl[]): ChartState[] {
  let states: ChartState[] = [{ ...def.defaults }];
  for (const { def: c, options } of controls) {
    const values = options.map((o) => (typeof def.defaults[c.key] === 'number' ? Number(o.value) : o.value));
    states = states.flatMap((s) => values.map((v) => ({ ...s, [c.key]: v })));
  }
  return states;
}
