/**
 * A cumulative total printed again by a later report (residency training: 107万 announced in 2023 and repeated in a
 * 2024 report) is the same announcement, not a new year's value: a running total cannot stand still for a year. The
 * later figures are flagged `repeat`, so that charts leave them out and say why; they stay in the data.
 */
import { figureKey, type Obs } from './normalise.ts';
import { agrees } from './precedence.ts';

/** The series a figure belongs to: its figure key without the year. */
const seriesOf = (o: Obs): string => figureKey(o).split('|').filter((_, i) => i !== 1).join('|');

export function flagRepeats(all: Obs[]): number {
  const bySeries = new Map<string, Obs[]>();
  for (const o of all) {
    if (!o.is_preferred || !o.flags.includes('cumulative') || o.theme === 'target') continue;
    bySeries.set(seriesOf(o), [...(bySeries.get(seriesOf(o)) ?? []), o]);
  }
  const repeated = new Set<string>();
  for (const list of bySeries.values()) {
    list.sort((a, b) => a.year - b.year);
    list.forEach((o, i) => { if (i > 0 && agrees(o, list[i - 1]!) && o.qualifier === list[i - 1]!.qualifier) repeated.add(figureKey(o)); });
  }
  if (repeated.size) for (const o of all) if (repeated.has(figureKey(o))) o.flags = [...new Set([...o.flags, 'repeat'])].sort();
  return repeated.size;
}
