/**
 * Build time: the answers of every distinct query that any control state of any chart can ask, grouped by query name
 * (one file each, /answers/<query>.json), computed once per build with the build's own runner.
 */
import type { ChartDefinition } from '../charts/definition.ts';
import { resolveControls } from '../charts/frame-inputs.ts';
import { controlStates } from '../charts/states.ts';
import type { QueryParams, Row } from '../contract/rows.ts';
import { encodeAnswers, paramsKey, type AnswerFile } from '../queries/answers.ts';
import type { QueryName } from '../queries/index.ts';
import type { QueryRunner } from '../queries/runner.ts';

/** Queries every page's redrawn charts need besides their own: the source list behind the source lines. */
const ALWAYS: { name: QueryName; params: QueryParams }[] = [{ name: 'source_list', params: {} }];

/** Query name → parameter key → rows, over every state of every chart. */
export async function computeAnswers(charts: readonly ChartDefinition[], runner: QueryRunner): Promise<Map<string, Map<string, Row[]>>> {
  const byQuery = new Map<string, Map<string, Row[]>>();
  const add = async ({ name, params }: { name: QueryName; params: QueryParams }) => {
    const answers = byQuery.get(name) ?? new Map<string, Row[]>();
    byQuery.set(name, answers);
    const key = paramsKey(params);
    if (!answers.has(key)) answers.set(key, await runner.query(name, params));
  };
  for (const q of ALWAYS) await add(q);
  for (const def of charts) {
    for (const state of controlStates(def, await resolveControls(def, runner))) await add(def.query(state));
  }
  return byQuery;
}

let files: Promise<Map<string, AnswerFile>> | null = null;
/** The answer files of this build, computed on first use. */
export function answerFiles(charts: readonly ChartDefinition[], runner: QueryRunner, dataVersion: string): Promise<Map<string, AnswerFile>> {
  files ??= computeAnswers(charts, runner).then((byQuery) =>
    new Map([...byQuery].map(([name, answers]) => [name, encodeAnswers(name, dataVersion, answers)])));
  return files;
}
