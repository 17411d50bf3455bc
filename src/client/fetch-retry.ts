/**
 * Loading in the browser when networks and servers fail now and then: a request that fails for a passing reason
 * (no connection, 408, 425, 429, 5xx) is tried again after a growing pause; one that cannot succeed (404, 403, …)
 * fails at once. Failures carry a reason the chart can put into words (chart-draw.ts).
 */

/** Why loading or querying failed: the in-browser engine did not start, or a file could not be loaded. */
export type FailureReason = 'start' | 'network';

export interface LoadFailure extends Error { reason: FailureReason }

export function loadFailure(reason: FailureReason, message: string): LoadFailure {
  return Object.assign(new Error(message), { reason });
}

/** The reason of a failure raised here or by the engine's start, or null for any other error (a query's own). */
export function failureReason(err: unknown): FailureReason | null {
  const reason = (err as { reason?: unknown } | null)?.reason;
  return reason === 'start' || reason === 'network' ? reason : null;
}

const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);
/** Pauses before the second and third try. */
export const RETRY_DELAYS_MS = [400, 1600];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A successful response for `url`, after up to RETRY_DELAYS_MS.length more tries of passing failures. `priority`
 * 'low' for a file fetched ahead of need, so it never competes with what the page needs now.
 */
export async function fetchRetry(url: string, priority: 'high' | 'low' | 'auto' = 'auto'): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let problem: string;
    try {
      const res = await fetch(url, priority === 'auto' ? undefined : { priority });
      if (res.ok) return res;
      problem = `HTTP ${res.status}`;
      if (!TRANSIENT.has(res.status)) throw loadFailure('network', `${url}: ${problem}`);
    } catch (err) {
      if (failureReason(err)) throw err;
      problem = String(err);
    }
    if (attempt >= RETRY_DELAYS_MS.length) throw loadFailure('network', `${url}: ${problem} (tried ${attempt + 1} times)`);
    await pause(RETRY_DELAYS_MS[attempt]!);
  }
}
