/**
 * Every named query of the site, by chart family. Tables are bare names (observations, sources, labels): both
 * runners load them under these names, so the same SQL text runs at build time (DuckDB in Node) and in the browser
 * (DuckDB-WASM). Parameters are `$name` placeholders bound as literals by runner.ts. Conventions: fragments.ts.
 */
import { COVERAGE_QUERIES } from './coverage.ts';
import { OVERVIEW_QUERIES } from './overview.ts';
import { QUALIFICATIONS_QUERIES } from './qualifications.ts';
import { REPORTS_QUERIES } from './reports.ts';
import { SCENARIO_QUERIES } from './scenario.ts';
import { SOURCES_QUERIES } from './sources.ts';
import { TRAINING_QUERIES } from './training.ts';
import { URBAN_RURAL_QUERIES } from './urban-rural.ts';

export const QUERIES = {
  ...OVERVIEW_QUERIES,
  ...URBAN_RURAL_QUERIES,
  ...QUALIFICATIONS_QUERIES,
  ...TRAINING_QUERIES,
  ...SCENARIO_QUERIES,
  ...SOURCES_QUERIES,
  ...COVERAGE_QUERIES,
  ...REPORTS_QUERIES,
} as const;

export type QueryName = keyof typeof QUERIES;
