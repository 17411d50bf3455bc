/**
 * The sources catalogue (data/sources.json): one entry per source page. Row-per-figure files cite their page
 * in every row (matched by address, or by title when the page has no address); files without per-row
 * citations (yearbook tables, WHO GHO exports) carry a sidecar `<file>.source.json` with one entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SourceKind } from '../../src/contract/schema.ts';
import { BuildError } from './errors.ts';

export interface CatalogueEntry {
  id: string; publisher: string; title: string; url: string | null; locator: string | null;
  language: string; kind: SourceKind; licence: string;
}

/** Extra fields a sidecar may give about the table it describes. */
export interface Sidecar extends CatalogueEntry { measure?: string; unit?: string; year?: number; cadre?: string }

const KINDS: SourceKind[] = ['official_table', 'official_bulletin', 'reprint', 'journal', 'international', 'secondary'];
const REQUIRED = ['id', 'publisher', 'title', 'language', 'kind', 'licence'] as const;

/** Validate one catalogue or sidecar entry read from JSON, keeping only the catalogue fields. */
export function checkEntry(raw: unknown, where: string): CatalogueEntry {
  const e = (raw ?? {}) as Record<string, unknown>;
  for (const k of REQUIRED) if (typeof e[k] !== 'string' || !e[k]) throw new BuildError(`${where}: source entry needs "${k}"`);
  if (!KINDS.includes(e.kind as SourceKind)) throw new BuildError(`${where}: kind "${String(e.kind)}" is not one of ${KINDS.join(', ')}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(e.id as string)) throw new BuildError(`${where}: id "${String(e.id)}" must be a lower-case slug (a-z, 0-9, -)`);
  const optional = (k: string) => (typeof e[k] === 'string' && e[k] ? (e[k] as string) : null);
  return {
    id: e.id as string, publisher: e.publisher as string, title: e.title as string, url: optional('url'), locator: optional('locator'),
    language: e.language as string, kind: e.kind as SourceKind, licence: e.licence as string,
  };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BuildError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

export class Catalogue {
  readonly entries = new Map<string, CatalogueEntry>();
  private byUrl = new Map<string, string>();
  private byTitle = new Map<string, string>();

  add(e: CatalogueEntry, where: string): void {
    const prev = this.entries.get(e.id);
    if (prev && JSON.stringify(prev) !== JSON.stringify(e)) throw new BuildError(`${where}: source id "${e.id}" is already used by a different entry`);
    this.entries.set(e.id, e);
    if (e.url) this.byUrl.set(e.url, e.id);
    else this.byTitle.set(e.title.trim(), e.id);
  }

  /** The catalogue entry a row cites: by address when it has one, else by exact title. */
  find(title: string, url: string): CatalogueEntry | undefined {
    const id = /^https?:/.test(url.trim()) ? this.byUrl.get(url.trim()) : this.byTitle.get(title.trim());
    return id ? this.entries.get(id) : undefined;
  }
}

export function loadCatalogue(path: string): Catalogue {
  const list = readJson(path) as unknown[];
  if (!Array.isArray(list)) throw new BuildError(`${path}: expected a JSON array of source entries`);
  const cat = new Catalogue();
  list.forEach((e, i) => cat.add(checkEntry(e, `${path} entry ${i + 1}`), `${path} entry ${i + 1}`));
  return cat;
}

export function loadSidecar(rawPath: string): Sidecar | null {
  const p = `${rawPath}.source.json`;
  if (!existsSync(p)) return null;
  const data = readJson(p) as Partial<Sidecar>;
  const entry = checkEntry(data, p);
  if (data.year !== undefined && !Number.isInteger(data.year)) throw new BuildError(`${p}: "year" must be a number such as 2022`);
  return { ...entry, measure: data.measure, unit: data.unit, year: data.year, cadre: data.cadre };
}
