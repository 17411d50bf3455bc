import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeStack, isEngineFile, Session, Stalled } from '../../../../scripts/bench/browser-run.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

test('engine files are DuckDB-WASM under its version folder and its code chunk, nothing else', () => {
  assert.ok(isEngineFile('http://h/duckdb/1.32.0/duckdb-eh.wasm.gz'));
  assert.ok(isEngineFile('http://h/chwd/duckdb/1.32.0/duckdb-browser-eh.worker.js'));
  assert.ok(isEngineFile('http://h/_astro/duckdb.D-iGqTr_.js'));
  assert.ok(!isEngineFile('http://h/data/observations.arrow'));
  assert.ok(!isEngineFile('http://h/_astro/chart-draw.Ab12.js'));
  assert.ok(!isEngineFile('http://h/answers/source_list.json'));
});

test('a stack reads innermost first, with paths on the site and lines and columns from 1', () => {
  assert.deepEqual(describeStack([
    { functionName: 'layOut', url: 'http://127.0.0.1:4331/_astro/ahead.X1.js', location: { lineNumber: 0, columnNumber: 41 } },
    { functionName: '', url: '', location: { lineNumber: 9 } },
  ]), ['layOut (/_astro/ahead.X1.js:1:42)', '(anonymous) ((inline):10:1)']);
});

test('a page that never settles is reported with its stage, the last step it told and its JavaScript stack; one that settles gives its result', async () => {
  const s = await Session.open({ profile: 'none', cpu: 1, width: 400, height: 300 });
  try {
    // Busy in one task after another, as a page redrawing without end.
    await s.page.setContent('<script>function spin() { const end = performance.now() + 40; while (performance.now() < end); setTimeout(spin, 0); }</script>');
    s.stage = 'the test';
    assert.equal(await s.within(30_000, s.page.evaluate(() => 6 * 7)), 42);
    const work = s.page.evaluate(() => {
      const w = window as unknown as { __benchStep(s: string): void; spin(): void };
      w.__benchStep('spinning');
      setTimeout(() => w.spin(), 100);
      return new Promise(() => {});
    });
    await assert.rejects(s.within(2000, work), (err: unknown) => {
      assert.ok(err instanceof Stalled);
      assert.equal(err.stall.stage, 'the test');
      assert.equal(err.stall.step, 'spinning');
      assert.match(err.stall.stack?.[0] ?? '', /^spin \(/);
      assert.match(err.message, /stalled after 2 s in the test \(spinning\)/);
      return true;
    });
  } finally {
    await s.close();
  }
});

test('a step that is stuck is traced while it is, once, and the stall names the trace; a session that never sticks records none', async () => {
  const file = join(tempDir('chwd-stuck-'), 'stuck.trace.json');
  const s = await Session.open({ profile: 'none', cpu: 1, width: 400, height: 300 }, { file, afterMs: 500, forMs: 700 });
  try {
    await s.page.setContent('<script>function spin() { const end = performance.now() + 20; while (performance.now() < end); setTimeout(spin, 0); }</script>');
    s.stage = 'the test';
    const work = s.page.evaluate(() => {
      const w = window as unknown as { __benchStep(s: string): void; spin(): void };
      w.__benchStep('spinning');
      w.spin();
      return new Promise(() => {});
    });
    await assert.rejects(s.within(6000, work), (err: unknown) => err instanceof Stalled && err.stall.trace === file && err.stall.step === 'spinning');
  } finally {
    await s.close();
  }
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: { name: string }[] };
  // The page's timers kept firing while it was traced, each running the spinning function.
  assert.ok(traceEvents.filter((e) => e.name === 'TimerFire').length >= 5);
  assert.ok(traceEvents.some((e) => e.name === 'FunctionCall'));

  const calm = join(tempDir('chwd-stuck-'), 'calm.trace.json');
  const t = await Session.open({ profile: 'none', cpu: 1, width: 400, height: 300 }, { file: calm, afterMs: 60_000 });
  try {
    assert.equal(await t.within(30_000, t.page.evaluate(() => 6 * 7)), 42);
  } finally {
    await t.close();
  }
  assert.ok(!existsSync(calm));
});
