/**
 * Where the reader's table is kept: IndexedDB in this browser, until the reader removes it. A one-line summary in
 * localStorage lets a page know, without opening IndexedDB or loading any code, whether there is a table at all.
 * Nothing here sends anything anywhere.
 */
import type { OwnTable } from './read.ts';

const DB = 'chwd-own-table';
const STORE = 'tables';
const KEY = 'current';
const SUMMARY = 'chwd.ownTable';
/** Fired on window when the reader's table is saved or removed (in this tab or another). */
export const OWN_TABLE_EVENT = 'chwd:own-table';
/** Fired on document when a DuckDB connection's my_rows has been replaced by the reader's current table. */
export const MY_ROWS_SYNCED = 'own-table:synced';

export interface OwnTableSummary { file: string; rows: number }

export function ownTableSummary(): OwnTableSummary | null {
  try {
    const raw = localStorage.getItem(SUMMARY);
    return raw ? (JSON.parse(raw) as OwnTableSummary) : null;
  } catch {
    return null; // storage blocked or damaged: as if there were no table
  }
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return (await request(open)).transaction(STORE, mode).objectStore(STORE);
}

let cached: Promise<OwnTable | null> | null = null;
export function loadOwnTable(): Promise<OwnTable | null> {
  if (!ownTableSummary()) return Promise.resolve(null);
  cached ??= store('readonly').then((s) => request(s.get(KEY)) as Promise<OwnTable | undefined>).then((t) => t ?? null);
  return cached;
}

function changed(): void {
  cached = null;
  window.dispatchEvent(new CustomEvent(OWN_TABLE_EVENT));
}

export async function saveOwnTable(table: OwnTable): Promise<void> {
  await request((await store('readwrite')).put(table, KEY));
  localStorage.setItem(SUMMARY, JSON.stringify({ file: table.file, rows: table.rows.length } satisfies OwnTableSummary));
  changed();
}

export async function removeOwnTable(): Promise<void> {
  await request((await store('readwrite')).delete(KEY));
  localStorage.removeItem(SUMMARY);
  changed();
}

// Another tab saved or removed the table.
window.addEventListener('storage', (e) => { if (e.key === SUMMARY) changed(); });
