import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEngineFile } from '../../../../scripts/bench/browser-run.ts';

test('engine files are DuckDB-WASM under its version folder and its code chunk, nothing else', () => {
  assert.ok(isEngineFile('http://h/duckdb/1.32.0/duckdb-eh.wasm.gz'));
  assert.ok(isEngineFile('http://h/chwd/duckdb/1.32.0/duckdb-browser-eh.worker.js'));
  assert.ok(isEngineFile('http://h/_astro/duckdb.D-iGqTr_.js'));
  assert.ok(!isEngineFile('http://h/data/observations.arrow'));
  assert.ok(!isEngineFile('http://h/_astro/chart-draw.Ab12.js'));
  assert.ok(!isEngineFile('http://h/answers/source_list.json'));
});
