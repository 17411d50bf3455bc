/**
 * The projection as CSV: comment lines (# …) with every input, whether it is published data (year, source) or an
 * assumption, then one row per scenario and year. UTF-8 with BOM, formula-safe cells (shared CSV writer).
 */
import type { Lang } from '../schema.ts';
import { BOM, csvCell } from '../csv-cell.ts';
import type { Baseline } from './baseline.ts';
import { inputDefs, INPUT_KEYS, type Defaults } from './inputs.ts';
import type { ScenarioResult } from './run.ts';
import { defaultScenarioName } from './text.ts';
import type { NamedScenario } from './url-codec.ts';

export interface CsvSource { id: string; title: string; url: string | null }

const HEAD = {
  zh: ['情景', '年份', '类型', '全科医生人数', '人口', '每万人口全科医生', '当年新增', '当年流失', '低情形(每万人口)', '高情形(每万人口)',
    '城市全科医生', '城市每万人口', '农村全科医生', '农村每万人口'],
  en: ['scenario', 'year', 'kind', 'gps', 'population', 'gps_per_10000', 'entrants', 'leavers', 'band_low_per_10000', 'band_high_per_10000',
    'urban_gps', 'urban_per_10000', 'rural_gps', 'rural_per_10000'],
} as const;

const KIND = { zh: { start: '起点(公布)', projection: '推演' }, en: { start: 'start (published)', projection: 'projection' } } as const;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function scenarioName(s: NamedScenario, index: number, lang: Lang): string {
  return s.name || defaultScenarioName(index, lang);
}

export function projectionCsv(
  scenarios: NamedScenario[], results: ScenarioResult[], b: Baseline, d: Defaults,
  sources: ReadonlyMap<string, CsvSource>, lang: Lang, pageUrl: string,
): string {
  const zh = lang === 'zh';
  const comments: string[] = [
    zh ? '# 全科医生情景推演（卫生人才数据）。推演不是预测：结果取决于下列输入。' : '# GP scenario projection (China Health Workforce Data). A projection, not a forecast: it follows from the inputs below.',
    `# ${zh ? '链接' : 'Link'}: ${pageUrl}`,
    zh
      ? `# 起点(公布): ${b.startYear} 年全科医生 ${b.stock.value} 人（来源 ${b.stock.sourceId}），每万人口 ${b.density.value}（来源 ${b.density.sourceId}）；人口 ${Math.round(b.impliedPopulation)} 由二者推得。`
      : `# Start (published): ${b.startYear} GPs ${b.stock.value} (source ${b.stock.sourceId}), ${b.density.value} per 10,000 (source ${b.density.sourceId}); population ${Math.round(b.impliedPopulation)} implied by the two.`,
    zh ? '# 模型: 人数[t] = 人数[t-1] × (1 - 流失率) + 新增[t]；已在培训中的队列按公布水平到岗，改变的招生从下一年入学的队列起生效。'
      : '# Model: stock[t] = stock[t-1] × (1 - attrition) + entrants[t]; cohorts already in training arrive at the published level, changed intakes apply to cohorts starting next year.',
  ];
  const defs = inputDefs(b.startYear);
  scenarios.forEach((s, i) => {
    comments.push(`# ${zh ? '情景' : 'Scenario'} ${'ABC'[i]}: ${scenarioName(s, i, lang)}`);
    for (const key of INPUT_KEYS) {
      if (key === 'split') continue;
      const def = defs.find((x) => x.key === key)!;
      if (def.group === 'split' && s.inputs.split !== 1) continue;
      const p = d.provenance[key];
      let origin = '';
      if (p.kind === 'data') {
        const src = sources.get(p.figure.sourceId);
        const changed = s.inputs[key] !== d.inputs[key];
        origin = `${zh ? '公布数据' : 'published'} ${p.figure.year}${changed ? (zh ? '（已改动，默认 ' : ' (changed; default ') + d.inputs[key] + (zh ? '）' : ')') : ''}; ${src ? src.title : p.figure.sourceId}${src?.url ? ` <${src.url}>` : ''}`;
      } else if (p.kind === 'assumption') {
        origin = `${zh ? '假设' : 'ASSUMPTION'}: ${p.note[lang]}`;
      } else {
        origin = zh ? '设置' : 'setting';
      }
      comments.push(`#   ${def.label[lang]} = ${s.inputs[key]} ${def.unit[lang]} — ${origin}`);
    }
  });

  const header = [...HEAD[lang]];
  const lines = [header.map((h) => csvCell(h, false)).join(',')];
  scenarios.forEach((s, i) => {
    const name = scenarioName(s, i, lang);
    const r = results[i]!;
    r.rows.forEach((row, j) => {
      const band = r.band[j]!;
      const start = j === 0;
      const cells: unknown[] = [
        name, row.year, KIND[lang][start ? 'start' : 'projection'],
        round(row.stock, 1), Math.round(row.population), round(row.density, 4),
        start ? null : round(row.entrants, 1), start ? null : round(row.leavers, 1),
        start ? null : round(band.low, 4), start ? null : round(band.high, 4),
        row.urban ? round(row.urban.stock, 1) : null, row.urban ? round(row.urban.density, 4) : null,
        row.rural ? round(row.rural.stock, 1) : null, row.rural ? round(row.rural.density, 4) : null,
      ];
      lines.push(cells.map((c, k) => csvCell(c, k !== 0 && k !== 2)).join(','));
    });
  });
  // Comment lines stay raw so `#`-aware readers (pandas comment='#', R comment.char) skip them; they start with
  // '#', which no spreadsheet runs as a formula, and line breaks are removed so each stays one line.
  return BOM + [...comments.map((c) => c.replace(/[\r\n]+/g, ' ')), ...lines].join('\r\n') + '\r\n';
}
