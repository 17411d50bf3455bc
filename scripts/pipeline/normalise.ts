/**
 * One raw figure → one observation in canonical codes and units (two for a printed range: its lower and upper
 * bound), or a rejection saying exactly what is wrong (file, row, column, reason, nearest known labels), or
 * "missing" when the source prints no figure.
 */
import type { GeoLevel, Observation, Rejection } from '../../src/contract/schema.ts';
import type { RawFigure, Cell } from './types.ts';
import type { Vocab, IndicatorDef, LabelRow } from './vocab.ts';
import type { Catalogue, CatalogueEntry } from './sources.ts';
import { parsePublishedNumber, scaled, roundingTolerance, type NumberPart } from './numbers.ts';
import { labelKey, normaliseText } from './text.ts';

/**
 * An observation without its figure key: a long text per row that `figureKey` computes from the row where it is
 * needed (precedence, the written files).
 */
export type Obs = Omit<Observation, 'figure_key'>;

/** How far a printed value may be from the figure it rounds: half a unit of its last printed place. */
export const tolerance = (o: Pick<Observation, 'precision'>): number => roundingTolerance(o.precision, 0);

/** A range (2-3) becomes two observations, measure `<measure>_low` / `<measure>_high`, both flagged 'range'. */
export type Outcome =
  | { kind: 'obs'; obs: Obs }
  | { kind: 'range'; obs: [low: Obs, high: Obs] }
  | { kind: 'rejected'; rejection: Rejection }
  | { kind: 'missing' };

const DENSITY_UNITS = new Set(['per_1000', 'per_10000', 'per_100000']);
const COUNT_UNITS = new Set(['institutions', 'villages', 'bases', 'schools', 'count']);
const SECONDARY_KINDS = new Set(['journal', 'secondary']);

export interface NormaliseContext {
  vocab: Vocab;
  catalogue: Catalogue;
  /** labels discovered in the data itself (WHO country names), keyed domain:code */
  extraLabels: Map<string, LabelRow>;
  /** one copy of each printed text the observations keep (see `keep`); a build passes one for all its files */
  strings?: Map<string, string>;
}

/** Shared by every observation without flags or inputs (never changed in place: flags are replaced, not pushed). */
const NONE: readonly string[] = Object.freeze([]);

/**
 * A cell's text copied out of its file's text: a slice of 13 characters or more keeps the whole text it was cut from
 * in memory, for as long as the observation lives, and a text built by concatenation is a tree of its pieces. Joining
 * pieces of an array writes one new flat string.
 */
export const own = (text: string): string => (text.length >= 13 ? [text.slice(0, 1), text.slice(1)].join('') : text);

/** Distinct texts a build's pool holds before it takes no more printed values (units and notes it always takes). */
export const POOL_LIMIT = 1 << 18;

/**
 * One shared copy of a text that repeats row after row (units, notes; printed values, which repeat in most tables,
 * while the pool is not full: a million values that never repeat would fill it with texts no row shares).
 */
function keep(text: string, strings: Map<string, string> | undefined, always = true): string {
  if (!strings) return own(text);
  let kept = strings.get(text);
  if (kept === undefined) {
    kept = own(text);
    if (always || strings.size < POOL_LIMIT) strings.set(kept, kept);
  }
  return kept;
}

export const FIGURE_KEY_FIELDS = ['theme', 'year', 'geo_level', 'geo_code', 'area', 'institution', 'cadre', 'measure', 'unit', 'denominator', 'breakdown', 'category', 'programme', 'definition'] as const;

/** Same figure = same values of every descriptive field (source and value excluded). */
export function figureKey(o: Pick<Observation, (typeof FIGURE_KEY_FIELDS)[number]>): string {
  // FIGURE_KEY_FIELDS written out: this runs for every row more than once, and a map and a join cost several times more
  return `${o.theme ?? ''}|${o.year ?? ''}|${o.geo_level ?? ''}|${o.geo_code ?? ''}|${o.area ?? ''}|${o.institution ?? ''}|${o.cadre ?? ''}|` +
    `${o.measure ?? ''}|${o.unit ?? ''}|${o.denominator ?? ''}|${o.breakdown ?? ''}|${o.category ?? ''}|${o.programme ?? ''}|${o.definition ?? ''}`;
}

/** `figureKey` as DuckDB computes it from a table's columns (an integer year is written the same way in both). */
export const FIGURE_KEY_SQL = `concat_ws('|', ${FIGURE_KEY_FIELDS.map((f) => `coalesce(CAST("${f}" AS VARCHAR), '')`).join(', ')})`;

/**
 * A 32-bit hash (FNV-1a, from `seed`) of `figureKey(o)`, read from the fields without building the text: rows of one
 * figure have the same hash; rows of different figures rarely do (compare their keys to tell).
 */
export function figureHash(o: Pick<Observation, (typeof FIGURE_KEY_FIELDS)[number]>, seed = 0x811c9dc5): number {
  let h = seed;
  for (let f = 0; f < FIGURE_KEY_FIELDS.length; f++) {
    const v = o[FIGURE_KEY_FIELDS[f]!] ?? '';
    h = fnv1a('|', fnv1a(typeof v === 'string' ? v : String(v), h));
  }
  return h | 0;
}

/** 32-bit FNV-1a of a text, continued from `seed` (an offset basis, or the hash of what came before). */
export function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/**
 * The vocabulary rows a WHO HWF_ indicator not yet in data/vocab needs, proposed from its name ("Dentists (per
 * 10,000)" → a density per 10 000 of cadre `dentists`). The build never invents its labels: an English name would
 * stand on the Chinese page, and one cadre's density and headcount indicators would share whichever name came first.
 */
export function whoVocabRows(code: string, name: string): string {
  const base = name.replace(/\s*\((per\s*10[\s,]?000|number)[^)]*\)\s*$/i, '').trim();
  const density = /per\s*10[\s,]?000/i.test(name);
  const cadre = slug(base) || 'new_cadre';
  return `add to data/vocab/indicators.csv: "${code},international,${cadre},${density ? 'density,per_10000' : 'headcount,persons'},,,,," ` +
    `and, unless cadre ${cadre} is already listed, to data/vocab/cadres.csv: "${cadre},<中文名>(WHO口径),${base} (WHO definition),<sort>,${base}"`;
}

export function normaliseFigure(fig: RawFigure, ctx: NormaliseContext): Outcome {
  const { vocab } = ctx;
  const reject = (cell: Cell | { column: string; text: string }, reason: string, suggestion: string | null = null): Outcome => ({
    kind: 'rejected',
    rejection: { raw_file: fig.raw_file, raw_row: fig.raw_row, column: cell.column, value: cell.text, reason, suggestion },
  });
  const suggest = (s: string[], where: string) => (s.length ? `nearest known: ${s.join(' | ')}; or add it to ${where}` : `add it to ${where}`);

  // 1. source
  let source: CatalogueEntry | undefined;
  if ('entry' in fig.source) source = fig.source.entry;
  else {
    source = ctx.catalogue.find(fig.source.title.text, fig.source.url.text);
    if (!source) {
      const hasUrl = /^https?:/.test(fig.source.url.text.trim());
      return reject(hasUrl ? fig.source.url : fig.source.title, 'source not in the catalogue data/sources.json',
        `add an entry for this page to data/sources.json (id, publisher, title, url${hasUrl ? '' : ' = null (matched by title)'}, locator, language, kind, licence)`);
    }
  }

  // 2. what is counted
  let def: IndicatorDef;
  if (fig.indicator) {
    const m = vocab.indicators.match(fig.indicator.text);
    if (m.ok) def = m.value;
    else if (/^HWF_/i.test(fig.indicator.text)) {
      return reject(fig.indicator, `WHO indicator ${fig.indicator.text} ("${fig.indicatorName ?? ''}") is not in data/vocab`, whoVocabRows(fig.indicator.text.trim(), fig.indicatorName ?? ''));
    } else return reject(fig.indicator, `unknown indicator "${fig.indicator.text}"`, suggest(m.suggestions, 'data/vocab/indicators.csv'));
  } else {
    def = { theme: 'workforce', cadre: '', measure: fig.measure ?? '', unit: '', institution: '', denominator: '', definition: '', programme: '', flags: [] };
  }
  let cadre = def.cadre;
  if (!cadre) {
    if (!fig.cadre) return reject(fig.indicator ?? fig.value, 'no cadre given for this figure');
    const m = vocab.cadres.match(fig.cadre.text);
    if (!m.ok) return reject(fig.cadre, `unknown cadre "${fig.cadre.text}"`, suggest(m.suggestions, 'data/vocab/cadres.csv (aliases)'));
    cadre = m.value;
  }
  let breakdown: string | null = null;
  let category: string | null = null;
  if (fig.breakdown && fig.category) {
    const b = vocab.breakdowns.match(fig.breakdown.text);
    if (!b.ok) return reject(fig.breakdown, `unknown breakdown "${fig.breakdown.text}"`, suggest(b.suggestions, 'data/vocab/labels.csv (domain breakdown)'));
    breakdown = b.value;
    const c = vocab.categories.match(`${breakdown}:${fig.category.text}`);
    if (!c.ok) return reject(fig.category, `unknown ${breakdown} category "${fig.category.text}"`,
      suggest(c.suggestions.map((s) => s.replace(/^[a-z_]+:/, '')), 'data/vocab/categories.csv'));
    category = c.value.code;
  }

  // 3. year
  // footnote marks after a year (2015*, 2016#) as after a value; a stock at the year's end (2019年末, 2019年底) is the year's
  const yearText = normaliseText(fig.year.text).replace(/(?:年[末底]?|[*#]+)+$/, '').trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 1900 && year <= 2100)) return reject(fig.year, `not a year: "${fig.year.text}"`);

  // 4. area (may also imply an institution or a region)
  let area = 'total', areaInstitution = 'all', areaGeo = '', areaLevel = '';
  if (fig.area && fig.area.text.trim()) {
    const m = vocab.areas.match(fig.area.text);
    // Tables by region print the province or region in the area column (东部地区, 北京): a place, all areas.
    const place = m.ok || fig.geo ? null : vocab.geographies.match(fig.area.text);
    if (place?.ok) { areaGeo = place.value.code; areaLevel = place.value.level; }
    else if (!m.ok) return reject(fig.area, `unknown area "${fig.area.text}"`, suggest(m.suggestions, 'data/vocab/areas.csv'));
    else { area = m.value.area; areaInstitution = m.value.institution; areaGeo = m.value.geoCode; }
  }

  // 5. geography
  let geoLevel: GeoLevel, geoCode: string;
  if (fig.geoCode) {
    if (!/^[A-Z]{3}$/.test(fig.geoCode.code)) return reject({ column: fig.geoCode.column, text: fig.geoCode.code }, `not an ISO 3166 alpha-3 country code: "${fig.geoCode.code}"`);
    geoLevel = 'country'; geoCode = keep(fig.geoCode.code, ctx.strings);
    const known = vocab.countries.get(geoCode);
    const en = known?.en ?? fig.geoCode.nameEn.trim();
    if (ctx.extraLabels.get(`geo:${geoCode}`)?.en !== en) ctx.extraLabels.set(`geo:${geoCode}`, { domain: 'geo', code: geoCode, zh: known?.zh ?? en, en, sort: 1000 });
  } else if (fig.geo && fig.geo.text.trim()) {
    const m = vocab.geographies.match(fig.geo.text);
    if (!m.ok) return reject(fig.geo, `unknown province or region "${fig.geo.text}"`, suggest(m.suggestions, 'data/vocab/geographies.csv (aliases)'));
    geoLevel = m.value.level as GeoLevel; geoCode = m.value.code;
  } else {
    geoCode = areaGeo || 'CHN';
    const m = vocab.geographies.match(geoCode);
    geoLevel = (areaLevel || (m.ok ? m.value.level : 'national')) as GeoLevel;
  }

  // 6. unit
  const u = vocab.units.match(fig.unit.text);
  if (!u.ok) return reject(fig.unit, `unknown unit "${fig.unit.text}"`, suggest(u.suggestions, 'data/vocab/units.csv'));
  if (u.value.rejectReason) return reject(fig.unit, u.value.rejectReason);
  let unit = def.unit || u.value.canonical;
  if (def.unit && def.unit !== u.value.canonical) {
    const bareCount = u.value.canonical === 'count' && COUNT_UNITS.has(def.unit);
    const bareDensity = labelKey(fig.unit.text) === '人' && DENSITY_UNITS.has(def.unit); // "人" under a 每千人口… heading
    if (!bareCount && !bareDensity) {
      return reject(fig.unit, `unit "${fig.unit.text}" (${u.value.canonical}) does not fit this indicator (expects ${def.unit})`);
    }
  }
  if (def.measure === 'density' && !DENSITY_UNITS.has(unit)) return reject(fig.unit, `a density needs a per-population unit, got "${fig.unit.text}"`);
  const denominator = DENSITY_UNITS.has(unit) ? def.denominator || u.value.denominator || 'unspecified' : null;

  // 7. value
  const n = parsePublishedNumber(fig.value.text);
  if (n.kind === 'missing') return { kind: 'missing' };
  if (n.kind === 'error') return reject(fig.value, n.reason);
  const exponent = n.exponent + u.value.exponent;

  const flags = new Set([...def.flags, ...n.qualifiers]);
  let definition = def.definition || null;
  const brk = def.theme !== 'international' ? vocab.seriesBreaks.find((b) => b.cadre === cadre && year < b.beforeYear) : undefined;
  if (brk) { cadre = brk.cadreThen; definition = brk.definition; }
  if (definition) flags.add('series_break');
  if (SECONDARY_KINDS.has(source.kind)) flags.add('secondary');
  if (n.kind === 'range') flags.add('range');
  // built by joining, so that each id is one flat string (see `own`)
  const id = [fig.raw_file, '#', fig.raw_row, fig.cellIndex !== undefined ? `:${fig.cellIndex + 1}` : ''].join('');
  const observation = (part: NumberPart, bound: '' | 'low' | 'high'): Obs => {
    const obs: Obs = {
      obs_id: bound ? [id, ':', bound].join('') : id,
      theme: def.theme as Observation['theme'],
      year, geo_level: geoLevel, geo_code: geoCode, area: area as Observation['area'],
      institution: def.institution || areaInstitution || 'all',
      cadre, measure: bound ? `${def.measure}_${bound}` : def.measure, unit, denominator, breakdown, category,
      programme: def.programme || null,
      value: scaled(part.digits, exponent),
      value_published: keep(fig.value.text, ctx.strings, false),
      qualifier: n.printedQualifiers[0]?.code ?? null,
      qualifier_printed: n.printedQualifiers.length ? n.printedQualifiers.map((q) => q.printed).join(' ') : null,
      precision: part.decimals - exponent,
      unit_published: keep(fig.unit.text, ctx.strings),
      definition,
      flags: flags.size ? [...flags].sort() : (NONE as string[]),
      source_id: source.id, source_kind: source.kind, derived_from: NONE as string[],
      raw_file: fig.raw_file, raw_row: fig.raw_row,
      locator: own(fig.locator), note: keep(fig.note, ctx.strings),
      is_preferred: false, n_sources: 0, n_copies: 0, n_agree: 0, disagrees: false,
    };
    return obs;
  };
  if (n.kind === 'range') return { kind: 'range', obs: [observation(n.low, 'low'), observation(n.high, 'high')] };
  return { kind: 'obs', obs: observation(n, '') };
}
