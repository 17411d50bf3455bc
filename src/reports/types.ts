/**
 * What the report reader returns: every workforce figure of a narrative report, with where it is printed, how it
 * reads, and how it relates to the figures around it (compositions, repeated passages, documents). Plain data only:
 * the same objects in Node (data build, command line) and in the browser (the Read a report page).
 */

export type FigureKind =
  | 'headcount' | 'composition' | 'trained' | 'recruited' | 'introduced' | 'target' | 'exam' | 'rate' | 'money' | 'other';

export const FIGURE_KINDS: readonly FigureKind[] = [
  'headcount', 'composition', 'trained', 'recruited', 'introduced', 'target', 'exam', 'rate', 'money', 'other',
];

/** Units as the reader reports them (persons, not 万人; yuan, not 万元). */
export type FigureUnit =
  | 'persons' | 'person-times' | 'percent' | 'percentage-points' | 'yuan' | 'positions' | 'sessions' | 'projects'
  | 'teams' | 'ratio' | 'per-1000-population' | 'per-10000-population';

export type YearFlag = 'ok' | 'missing' | 'implausible';

/** The vocabularies a subject can be coded in (data/vocab: cadres, categories by breakdown, programmes). */
export type CodeDomain = 'cadre' | 'title' | 'education' | 'programme';

export type GroupRole = 'total' | 'part' | 'item';

export interface Figure {
  /** Stable within one text: the offset of the number ("1606"); the data build prefixes the file name. */
  id: string;
  /** Offsets of the number in the decoded text (JavaScript string indices, UTF-16 code units). */
  start: number;
  end: number;
  /** The number as printed (may include 万, %, a range dash, Chinese numerals; never the qualifier). */
  text: string;
  /** Normalised value (1.5万 → 15000, 三十万 → 300000, 89.4% → 89.4); the lower end of a range. */
  value: number;
  /** Upper end of a range (2-9万元 → 90000); null otherwise. */
  value_max: number | null;
  /** Approximating or bounding words as printed (近, 余, 多, 以上, 至少, 不少于 …), never folded into the value. */
  qualifier: string | null;
  unit: FigureUnit;
  /** What the figure is counted per, as printed (每人, 每月, 每个乡镇卫生院); null when nothing is printed. */
  basis: string | null;
  kind: FigureKind;
  /** What is counted, in the words of the text. */
  subject_zh: string;
  /** The vocabulary code the subject matches (data/vocab), and its vocabulary; null when none fits. */
  code: string | null;
  code_domain: CodeDomain | null;
  /** The place the figure is about, as printed (我县, XX市, 泗縣); masked places stay masked. */
  place: string | null;
  /** The year as printed ("2012", "2017-2020"); null when the text gives none. */
  year: string | null;
  year_flag: YearFlag;
  /** A plan, target or standard (要, 力争, 计划, 到…年, 拟 …) rather than something done. */
  is_target: boolean;
  /** The document inside the file, as its heading names it (第一篇 …); null for a single document. */
  document: string | null;
  /** 0-based index of that document in the file. */
  document_index: number;
  /** Composition or list the figure belongs to; its role there (the total, a part, or an item of a list). */
  group: string | null;
  role: GroupRole | null;
  /** For members of a composition: the printed total and the sum of the parts; discrepancy when they differ. */
  group_total: number | null;
  group_sum: number | null;
  discrepancy: boolean;
  /** The id of the first printing when this passage is printed again (the fact is counted once). */
  repeat_of: string | null;
  /** The clause the figure came from, and its offsets in the text. */
  quote: string;
  quote_start: number;
  quote_end: number;
}

/** A composition (parts with their printed total) or a list of parallel items (no total). */
export interface FigureGroup {
  id: string;
  kind: 'composition' | 'list';
  /** Figure ids. */
  total: string | null;
  members: string[];
  total_value: number | null;
  sum: number | null;
  unit: FigureUnit;
  /** The vocabulary breakdown all parts are coded in (title, education), when they are. */
  breakdown: 'title' | 'education' | null;
  /** The parts cover the whole (a residual category such as 无职称 or 及以下 is printed, or all parts of a set). */
  complete: boolean;
  /** The parts do not add up to the printed total (both numbers are kept; nothing is "fixed"). */
  discrepancy: boolean;
}

export interface ReportDocument {
  index: number;
  /** The heading that starts it (第一篇 …), or null. */
  label: string | null;
  title: string;
  start: number;
  end: number;
  place: string | null;
  /** The year the document's title gives (a work summary's year), as printed. */
  year: string | null;
}

export interface Reading {
  figures: Figure[];
  groups: FigureGroup[];
  documents: ReportDocument[];
}

/** One alias of a vocabulary code, as the data build exports it for the reader (data/vocab is its only home). */
export interface VocabTerm { alias: string; domain: CodeDomain; code: string }

export interface ReaderVocab { terms: VocabTerm[] }
