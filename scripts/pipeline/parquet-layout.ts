/**
 * How the published Parquet files are laid out so a browser can read a part of one by HTTP range requests
 * (src/client/parquet-range.ts): rows sorted by the columns charts filter on, in small row groups, each with its
 * min/max statistics (DuckDB writes them for every column), so a filtered read fetches only the row groups that
 * can match. Stated in the manifest (`parquet_layout` of each table).
 */
import type { ManifestTable } from '../../src/contract/schema.ts';
import type { TableName } from '../../src/contract/tables.ts';

/**
 * Rows per row group: about 10,000 keeps a one-province, one-cadre question to a few row groups in a 10-million-row
 * file. A multiple of DuckDB's 2,048-row vectors, because DuckDB rounds the size up to one (10,000 would be written
 * as 10,240), so the manifest states the size written.
 */
export const ROW_GROUP_SIZE = 10_240;

/**
 * The observation columns the build sorts by (observation-order.ts), in order: the common chart filters first.
 * A place comes before the measure so that one cadre in one place (every measure, every year: a chart's question)
 * is one run of rows — a few row groups — rather than one run per measure spread over the cadre's part of the file.
 */
export const OBSERVATIONS_SORTED_BY = ['theme', 'cadre', 'geo_level', 'geo_code', 'measure', 'unit', 'year'] as const;

export function parquetLayout(name: TableName): NonNullable<ManifestTable['parquet_layout']> {
  return { sorted_by: name === 'observations' ? [...OBSERVATIONS_SORTED_BY] : [], row_group_size: ROW_GROUP_SIZE, statistics: true };
}
