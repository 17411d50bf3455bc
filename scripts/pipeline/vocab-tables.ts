/**
 * The controlled vocabularies in data/vocab/: bilingual labels for every code, and the aliases by which
 * published labels are matched to codes. Unknown labels come back with the nearest known ones as suggestions.
 * Pure: the files come in through `read`, so the browser builds the same vocabulary from bundled copies.
 */
import Papa from 'papaparse';
import { labelKey } from './text.ts';
import { nearest } from './suggest.ts';
import { BuildError } from './errors.ts';

export interface LabelRow { domain: string; code: string; zh: string; en: string; sort: number }
export interface UnitDef { canonical: string; exponent: number; denominator: string | null; rejectReason: string | null }
export interface IndicatorDef {
  theme: string; cadre: string; measure: string; unit: string; institution: string;
  denominator: string; definition: string; programme: string; flags: string[];
}
export interface AreaDef { area: string; institution: string; geoCode: string }
export interface GeoDef { code: string; level: string }

export type Match<T> = { ok: true; value: T } | { ok: false; suggestions: string[] };

/** A label → value table matched on normalised keys, remembering the printed aliases for suggestions. */
export class AliasTable<T> {
  private byKey = new Map<string, T>();
  private aliases: string[] = [];
  /** suggestions per unknown key: the nearest-label search runs once per distinct label, not once per row */
  private misses = new Map<string, string[]>();
  readonly name: string;
  constructor(name: string) { this.name = name; }
  add(alias: string, value: T): void {
    const key = labelKey(alias);
    if (!key) return;
    const prev = this.byKey.get(key);
    if (prev !== undefined && JSON.stringify(prev) !== JSON.stringify(value)) {
      throw new BuildError(`data/vocab: alias "${alias}" in ${this.name} maps to two different codes`);
    }
    this.byKey.set(key, value);
    this.aliases.push(alias);
    this.misses.clear();
  }
  /** Every alias (as its lookup key) with its value, for readers that find labels inside running text. */
  entries(): [string, T][] {
    return [...this.byKey.entries()];
  }
  match(label: string): Match<T> {
    const key = labelKey(label);
    const v = this.byKey.get(key);
    if (v !== undefined) return { ok: true, value: v };
    let suggestions = this.misses.get(key);
    if (!suggestions) this.misses.set(key, (suggestions = nearest(label, this.aliases)));
    return { ok: false, suggestions };
  }
}

/** A vocabulary file's text by its name in data/vocab (e.g. 'labels.csv'). */
export type VocabReader = (file: string) => string;

/**
 * A copy of a text without Chinese in one byte a character. Cut from a file's text that holds Chinese, a code stays two
 * bytes a character, and so does every key joined from it (figure keys: one per observation).
 */
const oneByte = (s: string): string => (/^[\x00-\xff]*$/.test(s) ? JSON.parse(JSON.stringify(s)) as string : s);

function parseVocabCsv(text: string, path: string): Record<string, string>[] {
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transform: oneByte });
  if (res.errors.length) throw new BuildError(`${path} line ${(res.errors[0].row ?? 0) + 2}: ${res.errors[0].message}`);
  return res.data;
}

const splitList = (s: string | undefined): string[] => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

export interface Vocab {
  labels: LabelRow[];
  geographies: AliasTable<GeoDef>;
  countries: Map<string, { zh: string; en: string }>;
  cadres: AliasTable<string>;
  institutions: AliasTable<string>;
  areas: AliasTable<AreaDef>;
  categories: AliasTable<{ breakdown: string; code: string }>;
  breakdowns: AliasTable<string>;
  programmes: AliasTable<string>;
  units: AliasTable<UnitDef>;
  indicators: AliasTable<IndicatorDef>;
  compositionSets: { breakdown: string; categories: string[] }[];
  /** cadres whose earlier years belong to an older definition: re-coded so they are never merged with today's series */
  seriesBreaks: { cadre: string; beforeYear: number; cadreThen: string; definition: string }[];
}

/** `dir` names the files in error messages. */
export function vocabFrom(read: VocabReader, dir = 'data/vocab'): Vocab {
  const readCsv = (file: string) => parseVocabCsv(read(file), `${dir.replace(/\/$/, '')}/${file}`);
  const labels: LabelRow[] = readCsv('labels.csv').map((r) => ({ domain: r.domain, code: r.code, zh: r.zh, en: r.en, sort: Number(r.sort) }));
  const addLabel = (domain: string, r: Record<string, string>, code = r.code) => labels.push({ domain, code, zh: r.zh, en: r.en, sort: Number(r.sort) });

  const geographies = new AliasTable<GeoDef>('geographies');
  for (const r of readCsv('geographies.csv')) {
    addLabel('geo', r);
    // Short names for places too small for the full one (province tiles): 黑 / HL.
    if (r.short_zh || r.short_en) labels.push({ domain: 'geo_short', code: r.code, zh: r.short_zh ?? '', en: r.short_en ?? '', sort: Number(r.sort) });
    for (const a of [r.zh, r.en, ...splitList(r.aliases)]) geographies.add(a, { code: r.code, level: r.level });
  }
  const countries = new Map<string, { zh: string; en: string }>();
  readCsv('countries.csv').forEach((r, i) => {
    countries.set(r.iso3, { zh: r.zh, en: r.en });
    // Countries by name (中国 / China among countries, where geo CHN reads 全国 / the national total).
    labels.push({ domain: 'country', code: r.iso3, zh: r.zh, en: r.en, sort: i + 1 });
  });

  const simple = (file: string, domain: string, table: AliasTable<string>) => {
    for (const r of readCsv(file)) {
      addLabel(domain, r);
      for (const a of [r.code, r.zh, r.en, ...splitList(r.aliases)]) table.add(a, r.code);
    }
  };
  const cadres = new AliasTable<string>('cadres'); simple('cadres.csv', 'cadre', cadres);
  const institutions = new AliasTable<string>('institutions'); simple('institutions.csv', 'institution', institutions);
  const programmes = new AliasTable<string>('programmes'); simple('programmes.csv', 'programme', programmes);

  const areas = new AliasTable<AreaDef>('areas');
  for (const r of readCsv('areas.csv')) areas.add(r.alias, { area: r.area, institution: r.institution, geoCode: r.geo_code });

  const categories = new AliasTable<{ breakdown: string; code: string }>('categories');
  for (const r of readCsv('categories.csv')) {
    addLabel('category', r);
    for (const a of [r.code, r.zh, r.en, ...splitList(r.aliases)]) categories.add(`${r.breakdown}:${a}`, { breakdown: r.breakdown, code: r.code });
  }
  const breakdowns = new AliasTable<string>('breakdowns');
  for (const l of labels.filter((x) => x.domain === 'breakdown')) for (const a of [l.code, l.zh, l.en]) breakdowns.add(a, l.code);

  const units = new AliasTable<UnitDef>('units');
  for (const r of readCsv('units.csv')) {
    units.add(r.published, {
      canonical: r.canonical, exponent: r.factor ? Math.round(Math.log10(Number(r.factor))) : 0,
      denominator: r.denominator || null, rejectReason: r.reject_reason || null,
    });
  }
  const indicators = new AliasTable<IndicatorDef>('indicators');
  for (const r of readCsv('indicators.csv')) {
    indicators.add(r.label, {
      theme: r.theme, cadre: r.cadre, measure: r.measure, unit: r.unit, institution: r.institution,
      denominator: r.denominator, definition: r.definition, programme: r.programme, flags: splitList(r.flags),
    });
  }
  const compositionSets = readCsv('composition-sets.csv').map((r) => ({ breakdown: r.breakdown, categories: splitList(r.categories).sort() }));
  const seriesBreaks = readCsv('series-breaks.csv').map((r) => ({ cadre: r.cadre, beforeYear: Number(r.before_year), cadreThen: r.cadre_then, definition: r.definition }));
  return { labels, geographies, countries, cadres, institutions, areas, categories, breakdowns, programmes, units, indicators, compositionSets, seriesBreaks };
}
