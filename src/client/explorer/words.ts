/**
 * The quick chart's words for the published tables' columns: a coded column's codes by their labels (the `labels`
 * table, in the page's language), a column's name by the first words of its description in the manifest. A column
 * the published tables do not have, or a code without a label, keeps its name or code as it is. Pure.
 */
import type { Label, Lang } from '../../contract/schema.ts';
import type { QuickWords } from '../../charts/quick-chart.ts';

/** The label domains a coded column of the published tables takes its words from, in order. */
export const CODED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  theme: ['theme'], geo_level: ['geo_level'], geo_code: ['geo', 'country'], area: ['area'], institution: ['institution'],
  cadre: ['cadre'], measure: ['measure'], unit: ['unit'], denominator: ['denominator'], breakdown: ['breakdown'],
  category: ['category'], programme: ['programme'], qualifier: ['qualifier'], definition: ['definition'],
  source_kind: ['source_kind'], copy_kind: ['copy_kind'],
};

/** The domains the quick chart may need labels from. */
export const CODED_DOMAINS: readonly string[] = [...new Set(Object.values(CODED_COLUMNS).flat())];

/** A column description's first words: up to its first colon or bracket ("Reference year (for targets: …)" → "Reference year"). */
export function shortDescription(description: string): string {
  const head = description.split(/[:：(（;；]/)[0]!.trim();
  return head || description.trim();
}

export function quickWords(labels: readonly Pick<Label, 'domain' | 'code' | 'zh' | 'en'>[], columns: Readonly<Record<string, string>>, lang: Lang): QuickWords {
  const byDomain = new Map<string, string>();
  for (const l of labels) { const words = l[lang] || l.code; if (words) byDomain.set(`${l.domain}\u0000${l.code}`, words); }
  return {
    column: (name) => columns[name] ?? name,
    value: (column, v) => {
      const code = v === null || v === undefined ? '' : String(v);
      for (const domain of CODED_COLUMNS[column] ?? []) {
        const words = byDomain.get(`${domain}\u0000${code}`);
        if (words) return words;
      }
      return code;
    },
  };
}
