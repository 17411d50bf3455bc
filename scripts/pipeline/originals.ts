/**
 * What each source page is a copy of: the original publication it reproduces (publisher, title, date, section), the
 * kind of copy, and whether its host is a listed mirror (data/vocab/mirror-hosts.csv). Copies of one original share
 * an `original_id`, so that precedence counts them as one publication, not as independent sources.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Source } from '../../src/contract/schema.ts';
import { BuildError } from './errors.ts';
import type { CatalogueEntry } from './sources.ts';

/** The columns of the `sources` table that say what a page is a copy of. */
export type SourceCopy = Pick<Source, 'host' | 'copy_kind' | 'is_mirror' | 'original_id' | 'original_publisher' | 'original_publisher_en'
  | 'original_title' | 'original_title_en' | 'original_date' | 'original_locator' | 'original_note'>;

export interface OriginalsVocab { mirrorHosts: string[]; publishersEn: Map<string, string> }

function readCsv(path: string): Record<string, string>[] {
  const res = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (res.errors.length) throw new BuildError(`${path} line ${(res.errors[0].row ?? 0) + 2}: ${res.errors[0].message}`);
  return res.data;
}

export function loadOriginalsVocab(vocabDir: string): OriginalsVocab {
  return {
    mirrorHosts: readCsv(join(vocabDir, 'mirror-hosts.csv')).map((r) => r.host.trim().toLowerCase()).filter(Boolean),
    publishersEn: new Map(readCsv(join(vocabDir, 'publishers.csv')).map((r) => [r.zh.trim(), r.en.trim()])),
  };
}

/** The page's host ("010baizhang.com"), without "www." and a trailing dot; null without an address. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url.replace(/\\/g, '/')).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** A host is a mirror when it, or a domain it belongs to, is listed. */
export const isMirrorHost = (host: string | null, mirrors: readonly string[]): boolean =>
  host !== null && mirrors.some((m) => host === m || host.endsWith(`.${m}`));

const HAN = /[\u3400-\u9fff]/;

/** English name of a publisher: the vocabulary's, else the Latin part of a bilingual name ("国家统计局 National Bureau …"), else itself when it has no Chinese. */
function publisherEn(name: string, vocab: OriginalsVocab): string | null {
  const known = vocab.publishersEn.get(name.trim());
  if (known) return known;
  if (!HAN.test(name)) return name;
  const latin = name.replace(/[\u3400-\u9fff（）《》、，：·]+/g, ' ').replace(/\s+/g, ' ').trim();
  return /[A-Za-z]{3}/.test(latin) ? latin : null;
}

/** Chinese name of a bilingual publisher ("国家统计局 National Bureau …" → 国家统计局). */
const publisherZh = (name: string): string => (HAN.test(name) ? name.replace(/\s+[A-Za-z].*$/, '').trim() : name);

/** The copy and original fields of the published `sources` table for one catalogue entry. */
export function describeCopy(e: CatalogueEntry, vocab: OriginalsVocab, where: string): SourceCopy {
  const host = hostOf(e.url);
  const isMirror = isMirrorHost(host, vocab.mirrorHosts);
  if (isMirror !== (e.copy_kind === 'mirror')) {
    throw new BuildError(isMirror
      ? `${where}: ${e.id} is on ${host}, a listed mirror (data/vocab/mirror-hosts.csv): set "copy_kind": "mirror"`
      : `${where}: ${e.id} has copy_kind "mirror" but its host ${host ?? '(none)'} is not in data/vocab/mirror-hosts.csv: add the host there`);
  }
  // The page itself is the original when it names no other publication (a yearbook table on its publisher's site).
  const self = e.copy_kind === 'original' && !e.original_title;
  const publisher = e.original_publisher ?? (self ? publisherZh(e.publisher) : null);
  const title = e.original_title ?? (self ? e.title : null);
  const en = publisher ? publisherEn(publisher, vocab) ?? publisherEn(e.publisher, vocab) : null;
  if (publisher && !en) throw new BuildError(`${where}: ${e.id}: no English name for the publisher "${publisher}": add it to data/vocab/publishers.csv`);
  const key = title ? `${publisher}|${title}` : `unidentified|${e.id}`;
  return {
    host, copy_kind: e.copy_kind, is_mirror: isMirror,
    original_id: createHash('sha256').update(key).digest('hex').slice(0, 12),
    original_publisher: publisher, original_publisher_en: en, original_title: title,
    original_title_en: e.original_title_en ?? (title && !HAN.test(title) ? null : e.original_title_en),
    original_date: e.original_date, original_locator: e.original_locator ?? (self ? e.locator : null), original_note: e.original_note,
  };
}
