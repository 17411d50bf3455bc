/**
 * What the report reader needs from data/vocab, in the form it takes (src/reports/types.ts): the Chinese aliases of
 * cadres, title grades, education levels and programmes with their codes, and the province names. Built from the
 * same loaded vocabulary as the rest of the data build, and written to public/data/report-vocab.json for the
 * browser, so the vocabularies keep one home.
 */
import type { ReaderVocab, VocabTerm } from '../../src/reports/types.ts';
import { toSimplified } from '../../src/reports/traditional.ts';
import type { PlaceName } from '../../src/reports/places.ts';
import type { Vocab } from './vocab.ts';

export const REPORT_VOCAB_FILE = 'report-vocab.json';

export interface ReportVocabFile { vocab: ReaderVocab; provinces: PlaceName[] }

/**
 * Aliases a reader can find in running Chinese text: simplified characters only (it simplifies what it reads), two or
 * more, and brackets (执业(助理)医师, 药师(士); the reader folds a report's full-width brackets to these).
 */
const CHINESE = /^(?=(?:.*[\u4e00-\u9fa5]){2})[\u4e00-\u9fa5()]+$/;
const USABLE = { test: (alias: string) => CHINESE.test(alias) && toSimplified(alias) === alias };

export function reportVocab(v: Vocab): ReportVocabFile {
  const terms: VocabTerm[] = [];
  const seen = new Set<string>();
  const push = (alias: string, domain: VocabTerm['domain'], code: string) => {
    const key = `${domain}:${alias}`;
    if (USABLE.test(alias) && !seen.has(key)) { seen.add(key); terms.push({ alias, domain, code }); }
  };
  for (const [alias, code] of v.cadres.entries()) push(alias, 'cadre', code);
  for (const [alias, code] of v.programmes.entries()) push(alias, 'programme', code);
  for (const [key, c] of v.categories.entries()) {
    if (c.breakdown === 'title' || c.breakdown === 'education') push(key.slice(key.indexOf(':') + 1), c.breakdown, c.code);
  }
  terms.sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0) || (a.domain < b.domain ? -1 : 1));
  const provinces: PlaceName[] = v.geographies.entries()
    .filter(([alias, g]) => g.level === 'province' && USABLE.test(alias))
    .map(([alias, g]) => ({ alias, code: g.code }))
    .sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  return { vocab: { terms }, provinces };
}
