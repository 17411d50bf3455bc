/**
 * Every state any chart's controls can reach is answered by the precomputed files, with exactly the rows the query
 * layer returns for it (decoded from the file as the browser decodes it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveControls } from '../../../../src/charts/frame-inputs.ts';
import { controlStates } from '../../../../src/charts/states.ts';
import { decodeAnswer, encodeAnswers, paramsKey } from '../../../../src/queries/answers.ts';
import { computeAnswers } from '../../../../src/site/answers.ts';
import { CHARTS } from '../../../helpers/charts.ts';
import { runner } from '../../helpers/query.ts';

test('every control state of every chart has its answer, decoded to the rows the runner returned', async () => {
  const byQuery = await computeAnswers(CHARTS, runner);
  const files = new Map([...byQuery].map(([name, answers]) => [name, JSON.parse(JSON.stringify(encodeAnswers(name, 'v', answers)))]));
  let states = 0;
  for (const def of CHARTS) {
    const controls = await resolveControls(def, runner);
    const all = controlStates(def, controls);
    // Every option of every control is reached by some state.
    for (const { def: c, options } of controls) {
      for (const o of options) assert.ok(all.some((s) => String(s[c.key]) === o.value), `${def.id}.${c.key}=${o.value} unreachable`);
    }
    for (const state of all) {
      const { name, params } = def.query(state);
      const rows = decodeAnswer(files.get(name), paramsKey(params));
      assert.deepEqual(rows, byQuery.get(name)!.get(paramsKey(params)), `${def.id} ${JSON.stringify(state)}`);
      states++;
    }
  }
  assert.ok(states > 1000, `${states} states`);
  // The same rows as asking the runner directly, for a sample of answers of every query.
  for (const [name, answers] of byQuery) {
    const [key, rows] = [...answers][0]!;
    const params = Object.fromEntries(JSON.parse(key) as [string, string | number][]);
    assert.deepEqual(rows, await runner.query(name as never, params), name);
  }
});
