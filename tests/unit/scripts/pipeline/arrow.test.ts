/** The Arrow copies are written piece by piece: the file holds the same stream as the writer's bytes in one array. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bool, Field, List, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { arrowTable, writeArrowFiles } from '../../../../scripts/pipeline/arrow.ts';
import { COLUMNS, OMITTED_COLUMNS } from '../../../../src/contract/tables.ts';
import { makeObs } from '../../helpers/pipeline.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

test('each .arrow file is the IPC stream of its table, written in pieces, numbers with or without gaps', async () => {
  const observations = [makeObs({ obs_id: 'a.csv#2', year: 2020, value: 1.5, flags: ['range'] }), makeObs({ obs_id: 'a.csv#3', year: 2021, value: 2, qualifier: null, n_agree: null as never })] as unknown as Record<string, unknown>[];
  const dir = tempDir('chwd-arrow-');
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

test('boolean and text-list columns hold the bytes Arrow\'s builder writes, with or without gaps', () => {
  const listType = new List(new Field('item', new Utf8(), true));
  const keep = ['flags', 'is_preferred', 'disagrees'];
  const omit = COLUMNS.observations.map((c) => c.name).filter((n) => !keep.includes(n));
  const builder = (rows: Record<string, unknown>[]) => tableToIPC(new Table({
    flags: vectorFromArray(rows.map((r) => r.flags ?? null), listType),
    is_preferred: vectorFromArray(rows.map((r) => r.is_preferred ?? null), new Bool()),
    disagrees: vectorFromArray(rows.map((r) => r.disagrees ?? null), new Bool()),
  }), 'stream');
  // 70 rows: more than one byte of bits, texts of more than one byte in UTF-8
  const rows = Array.from({ length: 70 }, (_, i) => ({ flags: i % 3 ? [] : ['range', i % 2 ? '约' : 'secondary'], is_preferred: i % 5 === 0, disagrees: i === 69 }));
  assert.deepEqual(tableToIPC(arrowTable('observations', rows, omit), 'stream'), builder(rows));
  assert.deepEqual([...tableFromIPC(tableToIPC(arrowTable('observations', rows, omit))).getChild('flags')!.get(3)!], ['range', '约']);
  // a gap in the middle: the column goes to the builder
  const gaps = rows.map((r, i) => (i === 40 ? { flags: null, is_preferred: null, disagrees: null } : r));
  assert.deepEqual(tableToIPC(arrowTable('observations', gaps, omit), 'stream'), builder(gaps));
  assert.deepEqual(tableToIPC(arrowTable('observations', [], omit), 'stream'), builder([]));
});
