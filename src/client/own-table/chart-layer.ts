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
import { AREA_COLOURS } from '../../lib/palette.ts';
import type { OwnRow } from './read.ts';
import { loadOwnTable } from './store.ts';
import { inEmbed } from './watch.ts';

type Area = keyof typeof AREA_COLOURS;
const AREA_WORDS: Record<Area, Record<Lang, string>> = {
  urban: { zh: '城市', en: 'cities' }, rural: { zh: '农村', en: 'countryside' }, total: { zh: '全国', en: 'national' },
};

/** Which of the reader's rows a chart shows, for its state: the rows its named query would select from observations. */
const MATCHERS: Record<string, (r: OwnRow, s: ChartState) => boolean> = {
  'urban-rural-density': (r, s) => r.theme === 'workforce' && r.geo_code === 'CHN' && r.measure === 'density' && r.unit === 'per_1000'
    && r.institution === 'all' && r.cadre === s.cadre && r.breakdown === null,
};

/** The chart as drawn here: itself, or with the reader's matching rows beside its own. */
export async function withOwnRows(def: ChartDefinition, state: ChartState): Promise<ChartDefinition> {
  const match = MATCHERS[def.id];
  if (!match || inEmbed()) return def;
  const table = await loadOwnTable();
  const own = (table?.rows ?? []).filter((r) => match(r, state)) as unknown as Row[];
  if (!table || own.length === 0) return def;
  const area = (r: Row) => (String(r.area) in AREA_COLOURS ? String(r.area) as Area : 'total');
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
          key: area, colour: (r) => AREA_COLOURS[area(r)],
          label: (r) => `${t('own.series', ctx.lang)} · ${AREA_WORDS[area(r)][ctx.lang]}`,
          printed: (r) => `${String(r.value_published)} ${String(r.unit_published)}`,
        })],
      };
    },
    notes: (rows, s, lang) => [...(def.notes?.(rows, s, lang) ?? []), note(lang)],
    describe: (rows, s, lang) => `${def.describe(rows, s, lang)} ${note(lang)}`,
  };
}
