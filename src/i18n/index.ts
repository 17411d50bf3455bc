/**
 * The one string catalogue of the site and its one lookup. Every word the interface shows, in both languages, lives
 * in ./strings/*.ts (one file per part of the site, keys prefixed by it); page prose lives in src/content/pages.
 * Values may hold `{name}` placeholders, filled from `vars`, and `{name|one|other}` for an English word in the number's
 * plural form.
 */
import type { Bilingual, Lang } from '../contract/schema.ts';
import { CHART_STRINGS } from './strings/charts.ts';
import { COVERAGE_STRINGS } from './strings/coverage.ts';
import { OWN_TABLE_STRINGS } from './strings/own-table.ts';
import { EXPLORE_STRINGS } from './strings/explore.ts';
import { REPORTS_STRINGS } from './strings/reports.ts';
import { SCENARIO_STRINGS } from './strings/scenario.ts';
import { SHARE_STRINGS } from './strings/share.ts';
import { SITE_STRINGS } from './strings/site.ts';
import { SOURCES_STRINGS } from './strings/sources.ts';

export type { Bilingual, Lang };

export const LANGS: readonly Lang[] = ['zh', 'en'];

export const STRINGS = {
  ...SITE_STRINGS,
  ...SHARE_STRINGS,
  ...SOURCES_STRINGS,
  ...CHART_STRINGS,
  ...SCENARIO_STRINGS,
  ...COVERAGE_STRINGS,
  ...REPORTS_STRINGS,
  ...OWN_TABLE_STRINGS,
  ...EXPLORE_STRINGS,
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;
export type Vars = Record<string, string | number>;

/** English plural category of a placeholder's value (it may be a formatted number, e.g. "1,234"). */
const PLURAL = new Intl.PluralRules('en');

/**
 * Fills `{name}` with vars.name, and `{name|one|other}` with the word for that many: "{n} {n|row|rows}" reads
 * "1 row" and "2 rows" (English only: Chinese nouns have no plural).
 */
function fill(text: string, vars: Vars = {}, key: string): string {
  return text.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
    if (!(name in vars)) throw new Error(`string ${key}: no value for {${name}}`);
    const value = vars[name]!;
    if (one === undefined) return String(value);
    return PLURAL.select(Number(String(value).replace(/[,\s]/g, ''))) === 'one' ? one : other!;
  });
}

/** The words of `key` in `lang`, placeholders filled. */
export function t(key: StringKey, lang: Lang, vars?: Vars): string {
  return fill(STRINGS[key][lang], vars, key);
}

/** Both languages of `key` (for code that picks the language later, e.g. table column labels). */
export function bi(key: StringKey, vars?: Vars): Bilingual {
  return { zh: t(key, 'zh', vars), en: t(key, 'en', vars) };
}

/** Both languages of a key made at run time (e.g. from a code in a data file); an unknown key fails loudly. */
export function biOf(key: string, vars?: Vars): Bilingual {
  if (!(key in STRINGS)) throw new Error(`no string "${key}" in src/i18n/strings`);
  return bi(key as StringKey, vars);
}

/** BCP 47 tag for Intl and the html lang attribute. */
export function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** A parenthetical in the language's punctuation: "（推算）" / " (derived)". */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** Punctuation between the parts of a sentence, and between sentences, in each language. */
const PUNCTUATION = {
  zh: { semicolon: '；', comma: '，', enumeration: '、', colon: '：', sentenceGap: '' },
  en: { semicolon: '; ', comma: ', ', enumeration: ', ', colon: ': ', sentenceGap: ' ' },
} as const;

export function punct(lang: Lang): (typeof PUNCTUATION)[Lang] {
  return PUNCTUATION[lang];
}
