/**
 * The reader's own table on the site's charts: for a chart that shows the same indicator, its matching rows are
 * drawn beside the published ones (src/charts/marks/own-table.ts) and a note says whose they are. Never in embeds;
 * never in the chart's data table, downloads or links, which keep the published rows only.
 */
import type { ChartDefinition, ChartState, Row } from '../../charts/definition.ts';
import { ownTableMarks } from '../../charts/marks/own-table.ts';
import { yearTicks } from '../../charts/rows.ts';
import type { Lang } from '../../contract/schema.ts';
import { t } from '../../i18n/index.ts';
import { chartColour, LAYERS, matchingRows } from './layers.ts';
import { loadOwnTable } from './store.ts';
import { inEmbed } from './watch.ts';

/** The chart as drawn here: itself, or with the reader's matching rows beside its own. */
export async function withOwnRows(def: ChartDefinition, state: ChartState): Promise<ChartDefinition> {
  const layer = LAYERS[def.id];
  if (!layer || inEmbed()) return def;
  const table = await loadOwnTable();
  const own = matchingRows(def.id, table?.rows ?? [], state) as unknown as Row[];
  if (!table || own.length === 0) return def;
  // each series' words, in both languages, before drawing (plot() is synchronous)
  const words = new Map<string, string>();
  for (const r of own) for (const lang of ['zh', 'en'] as const) words.set(`${layer.series(r)}|${lang}`, await layer.words(r, lang));
  const wordsOf = (r: Row, lang: Lang) => words.get(`${layer.series(r)}|${lang}`) ?? '';
  const note = (lang: Lang) => t('own.chartNote', lang, { file: table.file });
  return {
    ...def,
    plot: (rows, s, ctx) => {
      const options = def.plot(rows, s, ctx);
      const years = own.map((r) => Number(r.year));
      const x = { ...options.x };
      if (Array.isArray(x.domain) && x.domain.length === 2) {
        const domain: [number, number] = [Math.min(Number(x.domain[0]), Math.min(...years) - 0.5), Math.max(Number(x.domain[1]), Math.max(...years) + 0.5)];
        x.domain = domain;
        x.ticks = yearTicks(domain, ctx.width < 560 ? 5 : 8);
      }
      return {
        ...options, x,
        marks: [...(options.marks ?? []), ...ownTableMarks(own, {
          key: layer.series,
          colour: (r) => layer.colour?.(r) ?? chartColour(options.color, wordsOf(r, ctx.lang)) ?? '#777',
          label: (r) => `${t('own.series', ctx.lang)} · ${wordsOf(r, ctx.lang)}`,
          printed: (r) => `${String(r.value_published)} ${String(r.unit_published)}`,
        })],
      };
    },
    notes: (rows, s, lang) => [...(def.notes?.(rows, s, lang) ?? []), note(lang)],
    describe: (rows, s, lang) => `${def.describe(rows, s, lang)} ${note(lang)}`,
  };
}
