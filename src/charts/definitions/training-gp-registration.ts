/**
 * The share of general practitioners registered in general practice (全科医生注册率: registered GPs as a share of all
 * GPs, the rest holding only a training certificate), every province ranked for one year, with the national figure
 * as a reference line and the three regions in the notes. One journal table (2012–2017), so every bar is hollow:
 * a secondary source. A province without a figure is listed, never drawn as zero.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, punct, t } from '../../i18n/index.ts';
import { formatList, formatNumber } from '../../lib/format.ts';
import { OKABE_ITO } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { compactYears } from '../describe.ts';
import { pointTitle } from '../marks/series.ts';
import { HALO } from '../marks/style.ts';
import { yearOption } from '../provinces.ts';
import { bool, label, num, str } from '../rows.ts';
import { plainValueText } from '../value-text.ts';

export interface RegistrationState extends Record<string, string | number> { year: number }

const hasValue = (r: Row) => r.value !== null && r.value !== undefined;
const provinces = (rows: Row[]) => rows.filter((r) => str(r, 'level') === 'province');
const valued = (rows: Row[]) => provinces(rows).filter(hasValue);
const place = (r: Row, lang: Lang) => label(r, 'province', lang);
const national = (rows: Row[]) => rows.find((r) => str(r, 'level') === 'national');

const trainingGpRegistration = defineChart<RegistrationState>({
  id: 'training-gp-registration',
  page: 'training',
  order: 1.5,
  title: bi('training-gp-registration.title'),
  subtitle: (s, lang) => t('training-gp-registration.subtitle', lang, { year: s.year }),
  defaults: { year: 2017 },
  controls: [{
    key: 'year', label: bi('control.year'), kind: 'select', optionsQuery: 'training_gp_registration_years',
    optionLabel: yearOption,
  }],
  query: (s) => ({ name: 'training_gp_registration', params: { year: s.year } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const data = valued(rows).map((r) => ({ ...r, name: place(r, lang) }));
    const ref = national(rows);
    const title = (r: Row) => pointTitle(r, lang, place(r, lang), `${plainValueText(r, lang)}%`);
    return {
      height: Math.max(140, 20 * data.length + 60),
      marginLeft: lang === 'zh' ? 56 : 104,
      marginRight: 48,
      x: { label: t('col.percent', lang), grid: true, domain: [0, 100], ticks: ctx.width < 560 ? 5 : 10 },
      y: { label: null, domain: data.map((r) => r.name) },
      marks: [
        Plot.barX(data.filter((r) => !bool(r, 'is_secondary')), { x: 'value', y: 'name', fill: OKABE_ITO.bluishGreen, title }),
        Plot.barX(data.filter((r) => bool(r, 'is_secondary')), { x: 'value', y: 'name', fill: 'none', stroke: OKABE_ITO.bluishGreen, strokeWidth: 1.5, inset: 1, title }),
        Plot.text(data, { x: 'value', y: 'name', text: (r: Row) => plainValueText(r, lang), textAnchor: 'start', dx: 4, fontSize: 10 }),
        ...(ref ? [
          Plot.ruleX([ref], { x: 'value', stroke: OKABE_ITO.vermillion, strokeDasharray: '4 3', strokeWidth: 1.5 }),
          Plot.text([ref], {
            x: 'value', frameAnchor: 'top', dy: -6, textAnchor: 'middle', fontSize: 10, fill: OKABE_ITO.vermillion, ...HALO,
            text: (r: Row) => t('training-gp-registration.national', lang, { value: plainValueText(r, lang) }),
          }),
        ] : []),
        Plot.ruleX([0]),
      ],
      marginTop: 24,
    };
  },

  table: () => [column('province', 'col.province'), COL.year, COL.percent, COL.published, COL.source],

  describe: (rows, s, lang) => {
    const v = valued(rows);
    if (v.length === 0) return t('provinces.noneInYear', lang, { year: s.year });
    const top = v[0]!, bottom = v[v.length - 1]!;
    const ref = national(rows);
    const head = v.length === 1
      ? t('provinces.describeOne', lang, { year: s.year, name: place(top, lang), value: `${plainValueText(top, lang)}%` })
      : t('provinces.describe', lang, {
        year: s.year, n: v.length, top: place(top, lang), topValue: `${plainValueText(top, lang)}%`,
        bottom: place(bottom, lang), bottomValue: `${plainValueText(bottom, lang)}%`,
      });
    return ref ? `${head}${punct(lang).sentenceGap}${t('training-gp-registration.describeNational', lang, { value: plainValueText(ref, lang) })}` : head;
  },

  coverage: (rows, s, lang) => {
    const n = valued(rows).length;
    const years = rows[0] ? str(rows[0], 'years_available').split(',').filter(Boolean).map(Number) : [];
    const missing = provinces(rows).filter((r) => !hasValue(r)).map((r) => place(r, lang));
    return t('training-gp-registration.coverage', lang, {
      n, year: s.year, years: compactYears(years, lang),
      missing: missing.length ? t('provinces.noData', lang, { provinces: formatList(missing, lang) }) : '',
    });
  },

  notes: (rows, _s, lang) => {
    const regions = rows.filter((r) => str(r, 'level') === 'region');
    return [
      t('training-gp-registration.definition', lang),
      ...(regions.length ? [t('training-gp-registration.regions', lang, {
        regions: regions.map((r) => `${place(r, lang)} ${formatNumber(num(r, 'value'), lang, 2)}%`).join(punct(lang).semicolon),
      })] : []),
    ];
  },
});

export default trainingGpRegistration;
