/**
 * Source catalogue entries and the catalogue that matches a row's citation to one: the rules, without the files
 * (sources.ts reads data/sources.json and sidecars), so the browser checks a reader's table the same way.
 */
import type { CopyKind, SourceKind } from '../../src/contract/schema.ts';
import { BuildError } from './errors.ts';

export interface CatalogueEntry {
  id: string; publisher: string; title: string; url: string | null; locator: string | null;
  language: string; kind: SourceKind; licence: string;
  /** What the page is a copy of: the kind of copy, and the original publication (null fields: the page itself is it, or see original_note). */
  copy_kind: CopyKind;
  original_publisher: string | null; original_title: string | null; original_title_en: string | null;
  original_date: string | null; original_locator: string | null; original_note: string | null;
}

/** Extra fields a sidecar may give about the table it describes. */
export interface Sidecar extends CatalogueEntry { measure?: string; unit?: string; year?: number; cadre?: string }

const KINDS: SourceKind[] = ['official_table', 'official_bulletin', 'reprint', 'journal', 'international', 'secondary'];
export const COPY_KINDS: CopyKind[] = ['original', 'official_copy', 'news_reprint', 'reprint', 'mirror', 'journal_quote', 'compilation'];
const HAN = /[\u3400-\u9fff]/;
const REQUIRED = ['id', 'publisher', 'title', 'language', 'kind', 'licence'] as const;

/** An address the site may render as a link: http or https, nothing else (javascript:, data: … would run or load code). */
const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;
/** Schemes a browser would act on in a link, with the control characters and spaces browsers ignore removed first. */
const LINK_SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|data|vbscript|file|blob|about|mailto|tel|ftp):)/i;

/**
 * The address fields of an entry: `url` must be an http(s) address; a locator (a table or section name) that is
 * written as an address must be one too.
 */
function checkAddresses(e: Record<string, unknown>, where: string): void {
  const bad = (field: string, value: string, what: string) =>
    new BuildError(`${where}: field "${field}" ${what}: "${value.slice(0, 80)}"; only http:// and https:// addresses are allowed`);
  if (typeof e.url === 'string' && e.url && !HTTP_URL.test(e.url.trim())) throw bad('url', e.url, 'is not an http(s) address');
  for (const field of ['locator', 'original_locator']) {
    const v = e[field];
    if (typeof v !== 'string' || !v) continue;
    const bare = v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    if (LINK_SCHEME.test(bare) && !HTTP_URL.test(v.trim())) throw bad(field, v, 'is an address that is not http(s)');
  }
}

/** Validate one catalogue or sidecar entry read from JSON, keeping only the catalogue fields. */
export function checkEntry(raw: unknown, where: string): CatalogueEntry {
  const e = (raw ?? {}) as Record<string, unknown>;
  for (const k of REQUIRED) if (typeof e[k] !== 'string' || !e[k]) throw new BuildError(`${where}: source entry needs "${k}"`);
  if (!KINDS.includes(e.kind as SourceKind)) throw new BuildError(`${where}: kind "${String(e.kind)}" is not one of ${KINDS.join(', ')}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(e.id as string)) throw new BuildError(`${where}: id "${String(e.id)}" must be a lower-case slug (a-z, 0-9, -)`);
  if (e.url !== undefined && e.url !== null && typeof e.url !== 'string') throw new BuildError(`${where}: field "url" must be a string or null`);
  checkAddresses(e, where);
  const optional = (k: string) => (typeof e[k] === 'string' && e[k] ? (e[k] as string) : null);
  // A sidecar describing a table on its publisher's own site need not say so: the page is the original.
  const copyKind = (optional('copy_kind') ?? 'original') as CopyKind;
  if (!COPY_KINDS.includes(copyKind)) throw new BuildError(`${where}: copy_kind "${copyKind}" is not one of ${COPY_KINDS.join(', ')}`);
  const entry: CatalogueEntry = {
    id: e.id as string, publisher: e.publisher as string, title: e.title as string, url: optional('url'), locator: optional('locator'),
    language: e.language as string, kind: e.kind as SourceKind, licence: e.licence as string,
    copy_kind: copyKind, original_publisher: optional('original_publisher'), original_title: optional('original_title'),
    original_title_en: optional('original_title_en'), original_date: optional('original_date'), original_locator: optional('original_locator'),
    original_note: optional('original_note'),
  };
  if (copyKind !== 'original' && !entry.original_title && !entry.original_note) {
    throw new BuildError(`${where}: a copy (copy_kind "${copyKind}") names its original (original_publisher, original_title) or says in original_note why it cannot`);
  }
  if (entry.original_title && !entry.original_publisher) throw new BuildError(`${where}: original_title needs original_publisher`);
  if (entry.original_date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(entry.original_date)) throw new BuildError(`${where}: original_date "${entry.original_date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const title = entry.original_title ?? (copyKind === 'original' ? entry.title : null);
  if (title && HAN.test(title) && !entry.original_title_en) {
    throw new BuildError(`${where}: the original title "${title}" is Chinese: add original_title_en, an English gloss for English pages`);
  }
  return entry;
}

export class Catalogue {
  readonly entries = new Map<string, CatalogueEntry>();
  /** ids listed in data/sources.json (the others come from sidecars next to raw files) */
  readonly listed = new Set<string>();
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

/** The catalogue from the parsed data/sources.json (`path` names it in error messages); its entries count as listed. */
export function catalogueFrom(list: unknown, path: string): Catalogue {
  if (!Array.isArray(list)) throw new BuildError(`${path}: expected a JSON array of source entries`);
  const cat = new Catalogue();
  list.forEach((e, i) => {
    const entry = checkEntry(e, `${path} entry ${i + 1}`);
    cat.add(entry, `${path} entry ${i + 1}`);
    cat.listed.add(entry.id);
  });
  return cat;
}
