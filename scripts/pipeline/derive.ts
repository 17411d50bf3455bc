/**
 * The one derivation we allow: a density (per 1 000 population) from a published headcount and a published
 * population of the same year and place, both from official tables of the same publisher (e.g. China Statistical
 * Yearbook 2000 tables 21-17 and 4-3 for 1999), and only where no density is published for that figure.
 * Derived rows are flagged 'derived', carry both source ids, and have no published value.
 */
import type { Obs } from './normalise.ts';
import { figureKey } from './normalise.ts';
import { precedenceOrder } from './precedence.ts';

/** Significant digits of a printed value: its integer digits (in canonical units) plus the decimals printed. */
function significant(o: Obs): number {
  const integerDigits = Math.floor(Math.log10(Math.abs(o.value))) + 1;
  return Math.max(1, integerDigits + o.precision);
}

export function deriveDensities(all: Obs[], publisherOf: (sourceId: string) => string): Obs[] {
  const official = (o: Obs) => o.source_kind === 'official_table' && !o.flags.includes('derived') && o.area === 'total' && o.institution === 'all' && (o.geo_level === 'province' || o.geo_level === 'national');
  const populations = new Map<string, Obs[]>();
  for (const o of all) {
    if (!official(o) || o.cadre !== 'population' || o.measure !== 'count' || o.unit !== 'persons') continue;
    const k = `${o.year}|${o.geo_code}|${publisherOf(o.source_id)}`;
    populations.set(k, [...(populations.get(k) ?? []), o]);
  }
  const out: Obs[] = [];
  for (const hc of all) {
    if (!official(hc) || hc.theme !== 'workforce' || hc.measure !== 'headcount' || hc.unit !== 'persons') continue;
    const pops = populations.get(`${hc.year}|${hc.geo_code}|${publisherOf(hc.source_id)}`);
    if (!pops) continue;
    const pop = [...pops].sort(precedenceOrder)[0];
    const exact = (hc.value / pop.value) * 1000;
    // No more digits than the inputs justify: the significant digits of the coarser input, and at most two decimals.
    const precision = Math.min(2, Math.min(significant(hc), significant(pop)) - 1 - Math.floor(Math.log10(Math.abs(exact))));
    const value = Math.round(exact * 10 ** precision) / 10 ** precision;
    const d: Obs = {
      ...hc,
      obs_id: `${hc.obs_id}/per_1000`,
      measure: 'density', unit: 'per_1000', denominator: 'unspecified',
      value, value_published: '', unit_published: '', qualifier: null, qualifier_printed: null, precision,
      flags: [...new Set([...hc.flags, 'derived'])].sort(),
      derived_from: [hc.source_id, pop.source_id],
      locator: `${hc.locator} ÷ ${pop.locator}`,
      note: `derived: ${hc.value_published} ${hc.unit_published} (${hc.source_id}, ${hc.raw_file} row ${hc.raw_row}) ÷ population ${pop.value_published} ${pop.unit_published} (${pop.source_id}, ${pop.raw_file} row ${pop.raw_row}) × 1000, rounded to ${precision} decimal${precision === 1 ? '' : 's'}`,
    };
    out.push(d);
  }
  if (!out.length) return out;
  // only where no density is published for that figure (looked up for the few derived keys, not kept for every row)
  // (a figure key holds the measure and unit: only densities per 1 000 can share one with a derived row)
  const keys = new Set(out.map(figureKey));
  const published = new Set<string>();
  for (const o of all) {
    if (o.measure !== 'density' || o.unit !== 'per_1000') continue;
    const key = figureKey(o);
    if (keys.has(key)) published.add(key);
  }
  return out.filter((d) => !published.has(figureKey(d)));
}
