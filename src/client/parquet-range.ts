/**
 * A published Parquet file read where it lies, by HTTP range requests (hyparquet): the footer once, then only the
 * column chunks of the row groups whose statistics can hold the rows asked for. The data build writes large files
 * sorted by the common filters in small row groups with statistics (manifest: `parquet_layout`), so a chart's
 * question (one province, one cadre, all years) reads a few hundred KB instead of the whole file.
 */
import { asyncBufferFromUrl, cachedAsyncBuffer, parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData, type ParquetQueryFilter } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

export type Filter = Record<string, string | number>;

export interface RangeFile { file: AsyncBuffer; metadata: FileMetaData }

/** Opens a file by its address: its length (HEAD) and its footer (one or two range requests), kept for later questions. */
export async function openParquet(url: string, fetchImpl?: typeof fetch): Promise<RangeFile> {
  const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url, fetch: fetchImpl }));
  return { file, metadata: await parquetMetadataAsync(file) };
}

/** Rows matching every `filter` column exactly, with `columns` (and the filter's) only. */
export async function queryParquet(src: RangeFile, columns: string[], filter: Filter): Promise<Record<string, unknown>[]> {
  const where: ParquetQueryFilter = { $and: Object.entries(filter).map(([column, value]) => ({ [column]: { $eq: value } })) };
  return parquetReadObjects({ file: src.file, metadata: src.metadata, columns, filter: where, compressors });
}
