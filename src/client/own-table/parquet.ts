/**
 * A Parquet file as records: its column names as the header row, each value as text (hyparquet, with ZSTD, Brotli,
 * LZ4 and gzip from hyparquet-compressors; Snappy is built in). Read whole: a dropped file is already in memory.
 */
import type { CsvRecord } from '../../../scripts/pipeline/csv.ts';

export async function parquetRecords(bytes: Uint8Array): Promise<CsvRecord[]> {
  const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows = await parquetReadObjects({ file, metadata, compressors });
  const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'bigint' ? v.toString() : String(v));
  return [{ line: 1, cells: names }, ...rows.map((r, i) => ({ line: i + 2, cells: names.map((n) => text(r[n])) }))];
}
