/**
 * The projection as CSV: comment lines (# …) with every input, whether it is published data (year, source) or an
 * assumption, then one row per scenario and year. UTF-8 with BOM, formula-safe cells (shared CSV writer).
 */
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { BOM, csvCell, csvCommentLine } from '../lib/csv-cell.ts';
import { httpUrl } from '../lib/http-url.ts';
import type { Baseline } from './baseline.ts';
import { inputDefs, INPUT_KEYS, type Defaults } from './inputs.ts';
import type { ScenarioResult } from './run.ts';
import { defaultScenarioName } from './text.ts';
import type { NamedScenario } from './url-codec.ts';

export interface CsvSource { id: string; title: string; url: string | null }

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function scenarioName(s: NamedScenario, index: number, lang: Lang): string {
  return s.name || defaultScenarioName(index, lang);
}

export function projectionCsv(
  scenarios: NamedScenario[], results: ScenarioResult[], b: Baseline, d: Defaults,
  sources: ReadonlyMap<string, CsvSource>, lang: Lang, pageUrl: string,
): string {
  const comments: string[] = [
    t('scenario.csv.title', lang),
    `${t('scenario.csv.link', lang)}: ${pageUrl}`,
    t('scenario.csv.start', lang, {
      year: b.startYear, stock: b.stock.value, stockSource: b.stock.sourceId, density: b.density.value,
      densitySource: b.density.sourceId, population: Math.round(b.impliedPopulation),
    }),
    t('scenario.csv.model', lang),
  ];
  const defs = inputDefs(b.startYear);
  scenarios.forEach((s, i) => {
    comments.push(t('scenario.csv.scenario', lang, { letter: 'ABC'[i]!, name: scenarioName(s, i, lang) }));
    for (const key of INPUT_KEYS) {
      if (key === 'split') continue;
      const def = defs.find((x) => x.key === key)!;
      if (def.group === 'split' && s.inputs.split !== 1) continue;
      const p = d.provenance[key];
      let origin: string;
      if (p.kind === 'data') {
        const src = sources.get(p.figure.sourceId);
        const changed = s.inputs[key] !== d.inputs[key] ? t('scenario.csv.changed', lang, { value: d.inputs[key] }) : '';
        origin = `${t('scenario.csv.published', lang, { year: p.figure.year })}${changed}; ${src ? src.title : p.figure.sourceId}${httpUrl(src?.url) ? ` <${httpUrl(src?.url)}>` : ''}`;
      } else if (p.kind === 'assumption') {
        origin = t('scenario.csv.assumption', lang, { note: p.note[lang] });
      } else {
        origin = t('scenario.csv.setting', lang);
      }
      comments.push(`  ${def.label[lang]} = ${s.inputs[key]} ${def.unit[lang]} — ${origin}`);
    }
  });

  const lines = [t('scenario.csv.head', lang).split(',').map((h) => csvCell(h, false)).join(',')];
  scenarios.forEach((s, i) => {
    const name = scenarioName(s, i, lang);
    const r = results[i]!;
    r.rows.forEach((row, j) => {
      const band = r.band[j]!;
      const start = j === 0;
      const cells: unknown[] = [
        name, row.year, t(start ? 'scenario.csv.kindStart' : 'scenario.csv.kindProjection', lang),
        round(row.stock, 1), Math.round(row.population), round(row.density, 4),
        start ? null : round(row.entrants, 1), start ? null : round(row.leavers, 1),
        start ? null : round(band.low, 4), start ? null : round(band.high, 4),
        row.urban ? round(row.urban.stock, 1) : null, row.urban ? round(row.urban.density, 4) : null,
        row.rural ? round(row.rural.stock, 1) : null, row.rural ? round(row.rural.density, 4) : null,
      ];
      lines.push(cells.map((c, k) => csvCell(c, k !== 0 && k !== 2)).join(','));
    });
  });
  return BOM + [...comments.map(csvCommentLine), ...lines].join('\r\n') + '\r\n';
}
