/** Where work is put on the main thread so that no task runs long and no frame waits for it. */

/** Runs `fn` in a new task, at once (a message to itself: no timer's minimum delay). */
function postTask(fn: () => void): void {
  const c = new MessageChannel();
  c.port1.onmessage = () => fn();
  c.port2.postMessage(0);
}

/** Lets the browser handle input before the next part of a longer piece of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => postTask(resolve));
}

/**
 * Lets whatever the reader waits for run first: the next part of work done ahead of need, in a task of background
 * priority where the browser has task priorities.
 */
export function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (fn: () => void, options: { priority: 'background' }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => postTask(resolve));
}

/** Runs `fn` in the first task after the next frame was painted (soon, in a hidden tab that paints no frames). */
export function afterNextFrame(fn: () => void): void {
  if (document.visibilityState === 'hidden') postTask(fn);
  else requestAnimationFrame(() => postTask(fn));
}

/** Resolves with the time in the first task after the next frame was painted. */
export const afterPaint = (): Promise<number> => new Promise((resolve) => afterNextFrame(() => resolve(performance.now())));

/** Runs `fn` when the browser is idle (within `timeout` ms at the latest). */
export function idle(fn: () => void, timeout = 3000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 200);
}
