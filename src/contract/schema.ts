/**
 * The data contract between the data build (scripts/) and everything that reads its output (query layer, charts,
 * pages, downloads). One observation per row, long format. Changing a column here means bumping SCHEMA_VERSION and
 * updating its description in tables.ts. Types only: nothing here runs in Node or the browser alone.
 */
import type { TableName } from './tables.ts';

export const SCHEMA_VERSION = 2;

export type Lang = 'zh' | 'en';
export interface Bilingual { zh: string; en: string }

export type GeoLevel = 'national' | 'region' | 'province' | 'country';
export type Area = 'total' | 'urban' | 'rural';
export type SourceKind = 'official_table' | 'official_bulletin' | 'reprint' | 'journal' | 'international' | 'secondary';
/** What kind of copy a source page is of its original publication. */
export type CopyKind = 'original' | 'official_copy' | 'news_reprint' | 'reprint' | 'mirror' | 'journal_quote' | 'compilation';
export type Qualifier = 'about' | 'nearly' | 'more_than' | 'at_least' | 'less_than' | 'up_to';

/** Row of observations.parquet. Every published figure, including the ones a preferred source outranks. */
export interface Observation {
  obs_id: string;            // stable: `${raw_file}#${raw_row}` (raw_row = 1-based line in the raw file, header = 1); a printed range adds ':low' / ':high'
  figure_key: string;        // identifies "the same figure" across sources (all dims below except value/source)
  theme: 'workforce' | 'village' | 'institution' | 'population' | 'composition' | 'training' | 'target' | 'international';
  year: number;              // reference year (for targets: the target year)
  geo_level: GeoLevel;
  geo_code: string;          // 'CHN' national China; GB/T 2260 6-digit for provinces ('110000'); ISO 3166 alpha-3 for countries; region codes 'east' | 'central' | 'west' | 'central_west'
  area: Area;
  institution: string;       // 'all' or an institution-type code (vocab/institutions)
  cadre: string;             // vocab/cadres code, e.g. 'health_workers', 'health_technicians', 'physicians_assistants', 'physicians', 'nurses', 'pharmacists', 'lab_technicians', 'village_doctors_aides', 'gps', 'population', 'village_clinics'
  measure: string;           // vocab/measures code, e.g. 'headcount', 'density', 'share', 'count', 'cumulative_trained', 'annual_intake', 'target'; a printed range (2-3) gives '<measure>_low' + '<measure>_high' rows
  unit: string;              // canonical: 'persons' | 'per_1000' | 'per_10000' | 'percent' | 'institutions' | 'villages' | 'cny' ...
  denominator: string | null; // population basis of a density: 'resident' | 'household' | 'agricultural' | 'unspecified'; null when not a density
  breakdown: string | null;  // composition dimension: 'education' | 'title' | 'sex'; null otherwise
  category: string | null;   // composition category code (vocab/education, vocab/titles); null otherwise
  programme: string | null;  // training programme code (vocab/programmes); null otherwise
  value: number;             // in canonical unit (persons, not 万人)
  value_published: string;   // exactly as printed in the raw file
  qualifier: Qualifier | null; // what the print says about the value: 'about' | 'nearly' | 'more_than' | 'at_least' | 'less_than' | 'up_to'; null = exact
  qualifier_printed: string | null; // the qualifier as printed ('超过', '余', 'nearly'); null when exact
  precision: number;         // decimals of the value as printed, in the canonical unit (2.90 → 2; 1069.4万人 → -3); derived values: those of their coarsest input
  unit_published: string;    // exactly as printed
  definition: string | null; // series-definition code when not today's standard (e.g. 'doctors_pre2001', 'excl_village_doctors'); null = current definition
  flags: string[];           // 'series_break' | 'secondary' | 'derived' | 'approximate' | 'disagreement' | 'cumulative' | 'range' ...
  source_id: string;         // sources.parquet id
  source_kind: SourceKind;
  derived_from: string[];    // for derived values: source ids of each input; [] otherwise
  raw_file: string;          // data/raw/<file>
  raw_row: number;
  locator: string;           // where on the source page
  note: string;              // as recorded with the figure
  is_preferred: boolean;     // exactly one per figure_key is preferred (precedence: official_table > official_bulletin > reprint > journal/secondary)
  n_sources: number;         // how many publications report this figure_key (copies of one original publication count once)
  n_copies: number;          // how many source pages (copies) report it
  n_agree: number;           // how many publications agree with the preferred value (within printed rounding)
  disagrees: boolean;        // any source differs beyond rounding
}

/** Row of sources.parquet (also data/sources.json in the repo) */
export interface Source {
  id: string; publisher: string; title: string; url: string | null; locator: string | null;
  language: string; kind: SourceKind; licence: string; raw_file: string; n_rows: number;
  /** The page as a copy: its host, what kind of copy it is, whether the host is a listed mirror (data/vocab/mirror-hosts.csv). */
  host: string | null; copy_kind: CopyKind; is_mirror: boolean;
  /** The publication the page reproduces (null where it cannot be identified; original_note says why). */
  original_id: string; original_publisher: string | null; original_publisher_en: string | null;
  original_title: string | null; original_title_en: string | null; original_date: string | null; original_locator: string | null;
  original_note: string | null;
}

/** Row of labels.parquet: every code in every vocabulary, bilingual, with a display order. */
export interface Label { domain: string; code: string; zh: string; en: string; sort: number }

/** Row of report_figures.parquet: one workforce figure read from a narrative report in data/raw/reports. */
export interface ReportFigureRow {
  figure_id: string; raw_file: string; source_id: string; document: string | null; place: string | null; place_code: string | null;
  year: string | null; year_flag: 'ok' | 'missing' | 'implausible'; char_start: number; char_end: number; text: string;
  value: number; value_read: number; value_max: number | null; qualifier: string | null; unit: string; basis: string | null;
  kind: string; is_target: boolean; subject_zh: string; code: string | null; code_domain: string | null;
  group_id: string | null; group_role: string | null; group_total: number | null; group_sum: number | null; discrepancy: boolean;
  repeat_of: string | null; quote: string; reviewed: boolean; review: 'accept' | 'correct' | null; review_note: string | null;
}

/** Row of rejections.parquet (also printed by `npm run data`) */
export interface Rejection { raw_file: string; raw_row: number; column: string; value: string; reason: string; suggestion: string | null }

export interface ManifestColumn { name: string; type: string; description: Bilingual }
export interface ManifestTable {
  name: TableName; file: string; rows: number; bytes: number; sha256: string; columns: ManifestColumn[];
  /** how the Parquet file is laid out for range reads: sort columns (in order), rows per row group, min/max statistics per row group */
  parquet_layout?: { sorted_by: string[]; row_group_size: number; statistics: boolean };
}
export interface Manifest {
  schema_version: number;
  data_version: string;      // sha256 prefix over all table hashes: changes only when data changes (no timestamps: builds are reproducible)
  tables: ManifestTable[];
  source_ids: string[];
  raw_files: { file: string; sha256: string; rows_read: number; rows_written: number; rows_rejected: number }[];
  /** plausibility findings that keep both figures (composition not summing to ~100%, part larger than its total) */
  checks?: { rule: string; raw_file: string; raw_row: number; column: string; value: string; message: string }[];
}
