/**
 * The precomputed answers (/answers/<query>.json, written by the site build) in the browser: one small file per named
 * query, fetched on first need and decoded per answer. A query or state the build did not compute gets null, and the
 * caller asks DuckDB-WASM instead. Which queries have a file is known from the page (a chart section's
 * `data-queries`), so nothing is fetched that does not exist.
 */
import type { QueryParams, Row } from '../contract/rows.ts';
import { sitePath } from '../lib/paths.ts';
import { decodeAnswer, paramsKey, type AnswerFile } from '../queries/answers.ts';
import { fetchRetry } from './fetch-retry.ts';

const files = new Map<string, Promise<AnswerFile | null>>();

function answerFile(query: string, priority: 'auto' | 'low' = 'auto'): Promise<AnswerFile | null> {
  let file = files.get(query);
  if (!file) {
    file = fetchRetry(sitePath(`answers/${query}.json`), priority).then((res) => res.json() as Promise<AnswerFile>);
    files.set(query, file);
    // A failed fetch is tried again on the next request.
    file.catch(() => files.delete(query));
  }
  return file;
}

/** The rows of a named query, if the build computed them (`known`: the queries that have a file). */
export async function precomputed(query: string, params: QueryParams, known: readonly string[]): Promise<Row[] | null> {
  if (!known.includes(query)) return null;
  const file = await answerFile(query);
  return file ? decodeAnswer(file, paramsKey(params)) : null;
}

/**
 * Fetches, at low priority, the answer files a chart will need (when it comes near the screen), so that a control
 * change finds them decoded. A failure here is retried by the change itself.
 */
export function prefetch(queries: readonly string[]): void {
  for (const q of queries) answerFile(q, 'low').catch(() => {});
}
