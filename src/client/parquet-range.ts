/**
 * A published Parquet file read where it lies, by HTTP range requests (hyparquet): the file's length and footer in
 * one request (a suffix range), kept; then, per question, only the row groups whose statistics can hold the rows
 * asked for, and in them only the columns asked for and the filter's. The data build writes large files sorted by
 * the common filters in small row groups with statistics (manifest: `parquet_layout`), so a chart's question (one
 * province, one cadre, all years) reads a few hundred KB of a file of tens of MB.
 *
 * Rows are matched and gathered column by column: hyparquet's row objects and per-row filter cost more than the
 * reading itself for tens of thousands of rows.
 */
import { asyncBufferFromUrl, parquetMetadata, parquetMetadataAsync, parquetRead, parquetScan, parquetSchema, type AsyncBuffer, type FileMetaData, type ParquetQueryFilter } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

export type Filter = Record<string, string | number>;

export interface RangeFile { url: string; file: AsyncBuffer; metadata: FileMetaData }

/** Matching rows, column by column (`length` values in each). */
export interface ColumnRows { names: string[]; columns: unknown[][]; length: number }

/** A question's answer, and how many of the file's row groups were read for it. */
export interface QueryAnswer extends ColumnRows { rowGroupsRead: number }

/** The tail read with the file's length: most footers fit; a longer one costs one more request. */
const TAIL_BYTES = 1 << 16;

/** An AsyncBuffer answering from memory what the tail it already holds covers, the rest by range requests. */
function withTail(file: AsyncBuffer, tail: ArrayBuffer): AsyncBuffer {
  const tailStart = file.byteLength - tail.byteLength;
  return {
    byteLength: file.byteLength,
    slice: async (start, end = file.byteLength) => {
      if (start >= tailStart) return tail.slice(start - tailStart, end - tailStart);
      if (end <= tailStart) return file.slice(start, end);
      const head = new Uint8Array(await file.slice(start, tailStart));
      const out = new Uint8Array(end - start);
      out.set(head, 0);
      out.set(new Uint8Array(tail, 0, end - tailStart), head.length);
      return out.buffer;
    },
  };
}

/** Opens a file by its address: its length and footer from one suffix range request (no HEAD), kept for later questions. */
export async function openParquet(url: string, fetchImpl: typeof fetch = fetch): Promise<RangeFile> {
  const res = await fetchImpl(url, { headers: { Range: `bytes=-${TAIL_BYTES}` } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const body = await res.arrayBuffer();
  const total = res.status === 206 ? Number(res.headers.get('Content-Range')?.split('/')[1]) : body.byteLength;
  if (!Number.isFinite(total) || total <= 0) throw new Error(`${url}: no file length in the range response`);
  // A host without range support sent the whole file: read it from memory.
  if (res.status === 200) return parquetFromBuffer(body, url);
  const file = withTail(await asyncBufferFromUrl({ url, byteLength: total, fetch: fetchImpl }), body);
  return { url, file, metadata: await parquetMetadataAsync(file, { initialFetchSize: TAIL_BYTES }) };
}

/** A file already in memory (a reader's dropped file, a whole download), asked questions the same way. */
export function parquetFromBuffer(buffer: ArrayBuffer, name = ''): RangeFile {
  return { url: name, file: { byteLength: buffer.byteLength, slice: (s, e) => buffer.slice(s, e) }, metadata: parquetMetadata(buffer) };
}

/** The top-level column names of a file, in order. */
export const parquetColumns = (src: { metadata: FileMetaData }): string[] => parquetSchema(src.metadata).children.map((c) => c.element.name);

/** A cell equals a filter value: BIGINT columns come back as bigint. */
const same = (v: unknown, want: string | number): boolean => v === want || (typeof v === 'bigint' && typeof want === 'number' && v === BigInt(want));

/**
 * Rows matching every `filter` column exactly, with `columns` only. Row groups are chosen by their statistics (and
 * page indexes, when the file has them); each run of candidate rows is one read, its column chunks fetched together.
 */
export async function queryParquet(src: RangeFile, columns: string[], filter: Filter): Promise<QueryAnswer> {
  const filterColumns = Object.keys(filter);
  const read = [...new Set([...columns, ...filterColumns])];
  const pruningFilter: ParquetQueryFilter | undefined = filterColumns.length
    ? { $and: filterColumns.map((c) => ({ [c]: { $eq: filter[c] } })) } : undefined;
  const scan = await parquetScan({ file: src.file, metadata: src.metadata, columns: read, pruningFilter, compressors });
  // adjacent candidate row groups are one run
  const runs: { rowStart: number; rowEnd: number }[] = [];
  for (const r of scan.ranges) {
    const last = runs.at(-1);
    if (last && last.rowEnd === r.rowStart) last.rowEnd = r.rowEnd;
    else runs.push({ rowStart: r.rowStart, rowEnd: r.rowEnd });
  }
  const parts = await Promise.all(runs.map((run) => readRun(src, read, run.rowStart, run.rowEnd)));
  const filterAt = filterColumns.map((c) => read.indexOf(c));
  const wanted = filterColumns.map((c) => filter[c]!);
  const out: unknown[][] = columns.map(() => []);
  for (const part of parts) {
    // the matching rows' positions first, then each wanted column gathered at them
    let hits = Array.from({ length: part[0]?.length ?? 0 }, (_, i) => i);
    filterAt.forEach((at, f) => { const values = part[at]!; hits = hits.filter((i) => same(values[i], wanted[f]!)); });
    columns.forEach((c, k) => { const values = part[read.indexOf(c)]!; const target = out[k]!; for (const i of hits) target.push(values[i]); });
  }
  return { names: columns, columns: out, length: out[0]?.length ?? 0, rowGroupsRead: scan.ranges.length };
}

/** Rows rowStart…rowEnd of `columns`, one array per column. */
async function readRun(src: RangeFile, columns: string[], rowStart: number, rowEnd: number): Promise<unknown[][]> {
  const data = columns.map(() => new Array<unknown>(rowEnd - rowStart));
  await parquetRead({
    file: src.file, metadata: src.metadata, columns, rowStart, rowEnd, compressors,
    onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
      const target = data[columns.indexOf(columnName)]!;
      const from = Math.max(rowStart, chunkStart), to = Math.min(rowEnd, chunkStart + columnData.length);
      for (let r = from; r < to; r++) target[r - rowStart] = columnData[r - chunkStart];
    },
  });
  return data;
}

/** Column rows as objects (tests, small results). */
export function rowObjects(rows: ColumnRows): Record<string, unknown>[] {
  return Array.from({ length: rows.length }, (_, i) => Object.fromEntries(rows.names.map((n, c) => [n, rows.columns[c]![i]])));
}
