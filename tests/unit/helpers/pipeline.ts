/** Shared set-up for pipeline tests: the project's vocabularies and the fixture catalogue. */
import { fileURLToPath } from 'node:url';
import { loadVocab } from '../../../scripts/pipeline/vocab.ts';
import { loadCatalogue } from '../../../scripts/pipeline/sources.ts';
import type { NormaliseContext, Obs } from '../../../scripts/pipeline/normalise.ts';
import type { RawFigure } from '../../../scripts/pipeline/types.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const fixture = (p: string) => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));
export const vocab = loadVocab(`${root}data/vocab`);

export function context(): NormaliseContext {
  return { vocab, catalogue: loadCatalogue(fixture('sources.json')), extraLabels: new Map() };
}

/** A row-per-figure figure citing the fixture page; override any field. */
export function figure(over: Partial<Record<'indicator' | 'geo' | 'area' | 'year' | 'value' | 'unit', string>> = {}): RawFigure {
  const cell = (column: string, text: string) => ({ column, text });
  return {
    raw_file: 'test.csv', raw_row: 2,
    indicator: cell('indicator_zh', over.indicator ?? '卫生人员'),
    geo: over.geo !== undefined ? cell('province_zh', over.geo) : undefined,
    area: cell('area', over.area ?? '全国'),
    year: cell('year', over.year ?? '2015'),
    value: cell('value', over.value ?? '1069.4'),
    unit: cell('unit', over.unit ?? '万人'),
    source: { title: cell('source_title', 'TEST FIXTURE page'), url: cell('source_url', 'https://fixture.invalid/page') },
    locator: 'loc', note: 'note',
  };
}

/** A complete observation with neutral defaults (national health workers 2015, reprint source); override any field. */
export function makeObs(over: Partial<Obs> = {}): Obs {
  return {
    obs_id: 'x.csv#2', theme: 'workforce', year: 2015, geo_level: 'national', geo_code: 'CHN', area: 'total',
    institution: 'all', cadre: 'health_workers', measure: 'headcount', unit: 'persons', denominator: null, breakdown: null,
    category: null, programme: null, value: 10694000, value_published: '1069.4', qualifier: null, qualifier_printed: null, precision: -3, unit_published: '万人', definition: null,
    flags: [], source_id: 's1', source_kind: 'reprint', derived_from: [], raw_file: 'x.csv', raw_row: 2, locator: '', note: '',
    is_preferred: false, n_sources: 0, n_copies: 0, n_agree: 0, disagrees: false, ...over,
  };
}
