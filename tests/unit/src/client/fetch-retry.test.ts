import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { failureReason, fetchRetry, RETRY_DELAYS_MS } from '../../../../src/client/fetch-retry.ts';

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

/** A fetch answering with these statuses in turn ('down': no connection), counting calls. */
function serve(statuses: (number | 'down')[]): { calls: () => number } {
  let n = 0;
  globalThis.fetch = (async () => {
    const s = statuses[Math.min(n++, statuses.length - 1)]!;
    if (s === 'down') throw new TypeError('Failed to fetch');
    return new Response('x', { status: s });
  }) as typeof fetch;
  return { calls: () => n };
}

test('a passing failure (503, no connection) is tried again and the file arrives', async () => {
  const a = serve([503, 200]);
  assert.equal((await fetchRetry('/data/observations.arrow')).status, 200);
  assert.equal(a.calls(), 2);
  const b = serve(['down', 'down', 200]);
  assert.equal((await fetchRetry('/x')).status, 200);
  assert.equal(b.calls(), 3);
});

test('a lasting failure gives up after the retries with a network reason; a 404 fails at once', async () => {
  const a = serve([503]);
  const err = await fetchRetry('/data/observations.arrow').catch((e: unknown) => e);
  assert.equal(failureReason(err), 'network');
  assert.match(String(err), /observations\.arrow: HTTP 503 \(tried 3 times\)/);
  assert.equal(a.calls(), RETRY_DELAYS_MS.length + 1);
  const b = serve([404]);
  assert.equal(failureReason(await fetchRetry('/gone').catch((e: unknown) => e)), 'network');
  assert.equal(b.calls(), 1);
});

test('other errors have no failure reason', () => {
  assert.equal(failureReason(new Error('Binder Error')), null);
  assert.equal(failureReason(null), null);
});

test('a file fetched ahead of need asks for low priority; an ordinary fetch sets none', async () => {
  const inits: (RequestInit | undefined)[] = [];
  globalThis.fetch = (async (_url: string, init?: RequestInit) => {
    inits.push(init);
    return new Response('x', { status: 200 });
  }) as typeof fetch;
  await fetchRetry('/answers/a.json', 'low');
  await fetchRetry('/answers/b.json');
  assert.deepEqual(inits, [{ priority: 'low' }, undefined]);
});
