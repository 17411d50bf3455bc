/** The Arrow copies are written piece by piece: the file holds the same stream as the writer's bytes in one array. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { arrowTable, writeArrowFiles } from '../../../../scripts/pipeline/arrow.ts';
import { OMITTED_COLUMNS } from '../../../../src/contract/tables.ts';
import { makeObs } from '../../helpers/pipeline.ts';

test('each .arrow file is the IPC stream of its table, written in pieces, numbers with or without gaps', async () => {
  const observations = [makeObs({ obs_id: 'a.csv#2', year: 2020, value: 1.5, flags: ['range'] }), makeObs({ obs_id: 'a.csv#3', year: 2021, value: 2, qualifier: null, n_agree: null as never })] as unknown as Record<string, unknown>[];
  const dir = mkdtempSync(join(tmpdir(), 'chwd-arrow-'));
  await writeArrowFiles(dir, { observations, sources: [], labels: [], rejections: [], report_figures: [] } as never);
  const bytes = readFileSync(join(dir, 'observations.arrow'));
  assert.deepEqual(new Uint8Array(bytes), tableToIPC(arrowTable('observations', observations, OMITTED_COLUMNS.observations), 'stream'));
  const back = tableFromIPC(bytes);
  assert.equal(back.numRows, 2);
  assert.deepEqual([...back.getChild('year')!.toArray()], [2020, 2021]);
  assert.deepEqual([...back.getChild('value')!.toArray()], [1.5, 2]);
  // a number column with a gap goes through the builder, the gap a null
  assert.deepEqual([...back.getChild('n_agree')!], [observations[0]!.n_agree, null]);
  assert.equal(tableFromIPC(readFileSync(join(dir, 'labels.arrow'))).numRows, 0);
});
