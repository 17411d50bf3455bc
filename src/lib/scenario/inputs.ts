/**
 * The reader-facing inputs of one scenario, in display units (persons a year, percent, per 10,000, years), their
 * definitions (label, unit, slider range, whether the default is published data or an assumption, and why),
 * the defaults taken from the published baseline, and the conversion to the model's input.
 */
import type { Bilingual } from '../schema.ts';
import type { Baseline, Figure } from './baseline.ts';
import type { ModelInput, Pipeline, PipelineId, SensitivityRanges } from './model.ts';

/** Order matters: it is the position of each value in the version-1 URL codec. Append only. */
export const INPUT_KEYS = [
  'residency', 'residencyShare', 'transfer', 'assistant', 'order',
  'attrition', 'popGrowth', 'target', 'targetYear', 'horizon',
  'rangeAttrition', 'rangeEntrants', 'rangePopGrowth',
  'split', 'ruralStock', 'ruralPop', 'ruralEntrants', 'orderRural',
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];
export type ScenarioInputs = Record<InputKey, number>;

export type InputGroup = 'flows' | 'assumptions' | 'target' | 'sensitivity' | 'split';
export type InputKind = 'data' | 'assumption' | 'setting';

export interface InputDef {
  key: InputKey;
  group: InputGroup;
  label: Bilingual;
  unit: Bilingual;
  /** Slider range (the number field accepts anything valid, see validate.ts). */
  min: number;
  max: number;
  step: number;
  integer?: boolean;
}

/** Whole years from the start of training to entering the GP workforce (programme lengths, see notes). */
export const LAGS: Record<PipelineId, number> = { residency: 3, transfer: 1, assistant: 2, order: 8 };

const PERSONS_YR: Bilingual = { zh: '人/年', en: 'persons/year' };
const PCT: Bilingual = { zh: '%', en: '%' };
const PCT_YR: Bilingual = { zh: '%/年', en: '%/year' };
const PP: Bilingual = { zh: '± 个百分点', en: '± points' };
const YEAR: Bilingual = { zh: '年', en: 'year' };

export function inputDefs(startYear: number): InputDef[] {
  return [
    { key: 'residency', group: 'flows', label: { zh: '住培全科专业结业', en: 'GP residency completers' }, unit: PERSONS_YR, min: 0, max: 100_000, step: 500 },
    { key: 'transfer', group: 'flows', label: { zh: '全科转岗培训', en: 'GP transfer training' }, unit: PERSONS_YR, min: 0, max: 60_000, step: 500 },
    { key: 'assistant', group: 'flows', label: { zh: '助理全科医生培训', en: 'Assistant GP training' }, unit: PERSONS_YR, min: 0, max: 40_000, step: 500 },
    { key: 'order', group: 'flows', label: { zh: '农村订单定向招生', en: 'Rural order-directed intake' }, unit: PERSONS_YR, min: 0, max: 30_000, step: 100 },
    { key: 'residencyShare', group: 'assumptions', label: { zh: '住培结业者从事全科的比例', en: 'Residency completers who practise as GPs' }, unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'attrition', group: 'assumptions', label: { zh: '年流失率', en: 'Attrition' }, unit: PCT_YR, min: 0, max: 10, step: 0.1 },
    { key: 'popGrowth', group: 'assumptions', label: { zh: '人口年增长率', en: 'Population growth' }, unit: PCT_YR, min: -2, max: 2, step: 0.05 },
    { key: 'target', group: 'target', label: { zh: '目标：每万人口全科医生', en: 'Target: GPs per 10,000' }, unit: { zh: '人/万人口', en: 'per 10,000' }, min: 1, max: 10, step: 0.1 },
    { key: 'targetYear', group: 'target', label: { zh: '目标年份', en: 'Target year' }, unit: YEAR, min: startYear + 1, max: startYear + 27, step: 1, integer: true },
    { key: 'horizon', group: 'target', label: { zh: '推演至', en: 'Project to' }, unit: YEAR, min: startYear + 5, max: startYear + 27, step: 1, integer: true },
    { key: 'rangeAttrition', group: 'sensitivity', label: { zh: '流失率不确定范围', en: 'Attrition uncertainty' }, unit: PP, min: 0, max: 5, step: 0.1 },
    { key: 'rangeEntrants', group: 'sensitivity', label: { zh: '新增人数不确定范围', en: 'Entrants uncertainty' }, unit: { zh: '± %', en: '± %' }, min: 0, max: 50, step: 1 },
    { key: 'rangePopGrowth', group: 'sensitivity', label: { zh: '人口增长率不确定范围', en: 'Population growth uncertainty' }, unit: PP, min: 0, max: 1, step: 0.05 },
    { key: 'ruralStock', group: 'split', label: { zh: '起始全科医生中农村占比', en: 'Starting GPs in the countryside' }, unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'ruralPop', group: 'split', label: { zh: '农村人口占比', en: 'Population in the countryside' }, unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'ruralEntrants', group: 'split', label: { zh: '新增全科医生去农村的比例', en: 'New GPs going to the countryside' }, unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'orderRural', group: 'split', label: { zh: '订单定向毕业生去乡镇卫生院的比例', en: 'Order-directed graduates in township centres' }, unit: PCT, min: 0, max: 100, step: 1 },
  ];
}

/** Where a default comes from: a published figure, or an assumption with the reason for its value. */
export type Provenance =
  | { kind: 'data'; figure: Figure; note?: Bilingual }
  | { kind: 'assumption'; note: Bilingual }
  | { kind: 'setting' };

export interface Defaults { inputs: ScenarioInputs; provenance: Record<InputKey, Provenance> }

const ASSUMED_RURAL_POP = 35;

export function defaultInputs(b: Baseline): Defaults {
  const fromData = (f: Figure | null, fallback: number): number => (f ? f.value : fallback);
  const inputs: ScenarioInputs = {
    residency: fromData(b.residency, 0),
    residencyShare: 100,
    transfer: fromData(b.transfer, 0),
    assistant: 6000,
    order: fromData(b.order, 0),
    attrition: 2.5,
    popGrowth: 0,
    target: fromData(b.target, 5),
    targetYear: b.target && b.target.year > b.startYear ? b.target.year : b.startYear + 7,
    horizon: Math.max(b.startYear + 17, (b.target?.year ?? 0) + 5),
    rangeAttrition: 1,
    rangeEntrants: 20,
    rangePopGrowth: 0.3,
    split: 0,
    ruralStock: ASSUMED_RURAL_POP,
    ruralPop: ASSUMED_RURAL_POP,
    ruralEntrants: ASSUMED_RURAL_POP,
    orderRural: fromData(b.orderRuralShare, 90),
  };
  const data = (f: Figure | null, note: Bilingual | undefined, missing: Bilingual): Provenance =>
    f ? { kind: 'data', figure: f, ...(note ? { note } : {}) } : { kind: 'assumption', note: missing };
  const notPublished: Bilingual = { zh: '数据中没有这一数字，默认值为假设。', en: 'Not in the data; the default is an assumption.' };
  const provenance: Record<InputKey, Provenance> = {
    residency: data(b.residency, {
      zh: '公布的是当年预计结业的全科住院医师人数（约数）。',
      en: 'Published as GP trainees expected to complete in that year (approximate).',
    }, notPublished),
    transfer: data(b.transfer, {
      zh: '2010 年的年度培训安排，是数据中唯一的年度数字。培训至少 12 个月，按 1 年计。',
      en: 'The 2010 annual training plan, the only yearly figure in the data. Training lasts at least 12 months, counted as 1 year.',
    }, notPublished),
    order: data(b.order, {
      zh: '中央财政支持的年度招生计划（不是实际招生数）。5 年本科加 3 年全科住培，共 8 年后进入队伍。毕业生也参加全科住培：若住培结业人数已含他们，请下调其中之一，以免重复计算。',
      en: 'The central-funded annual enrolment plan (not actual enrolment). 5 years of study plus 3 years of GP residency: 8 years to practice. These graduates also go through GP residency; if the residency figure already includes them, lower one of the two to avoid counting them twice.',
    }, notPublished),
    orderRural: data(b.orderRuralShare, {
      zh: '公布为“近90%”的毕业生到乡镇卫生院工作。',
      en: 'Published as "nearly 90%" of graduates working in township health centres.',
    }, notPublished),
    target: data(b.target, undefined, notPublished),
    targetYear: data(b.target, undefined, notPublished),
    assistant: {
      kind: 'assumption',
      note: b.assistantCumulative
        ? {
          zh: `每年人数未公布；数据中只有累计数（${b.assistantCumulative.year} 年：${b.assistantCumulative.valuePublished}万人）。默认每年 6,000 人，即把这一累计数摊到约十年。培训期为“3+2”中的 2 年临床培训。`,
          en: `Yearly numbers are not published; the data holds only a cumulative total (${b.assistantCumulative.year}: nearly ${b.assistantCumulative.value.toLocaleString('en')}). The default of 6,000 a year spreads that total over about ten years. The 2 training years are the clinical part of "3+2".`,
        }
        : notPublished,
    },
    residencyShare: {
      kind: 'assumption',
      note: {
        zh: '没有公布的数字。默认 100%，即按公布的结业人数全部计入；下调可反映结业后不从事全科的人。',
        en: 'No published figure. The default of 100% counts every published completer; lower it for completers who do not take up GP work.',
      },
    },
    attrition: {
      kind: 'assumption',
      note: {
        zh: '全科医生的流失率没有公布。默认 2.5%/年 约等于只有退休离开（职业生涯约 40 年，1/40）。',
        en: 'No published GP exit rate. The default of 2.5% a year is retirement alone over a career of about 40 years (1/40).',
      },
    },
    popGrowth: {
      kind: 'assumption',
      note: {
        zh: '本站数据中没有近年人口数。默认 0，即人口不变。起始人口由公布的全科医生人数除以每万人口全科医生数推得。',
        en: 'Recent population figures are not in this site\u2019s data. The default of 0 holds the population flat. The starting population is implied by the published GP count divided by GPs per 10,000.',
      },
    },
    ruralStock: {
      kind: 'assumption',
      note: {
        zh: '数据中没有全科医生的城乡分布。默认与农村人口占比相同，即起始时城乡密度相等。',
        en: 'The data has no urban/rural split of GPs. The default equals the rural population share, so both start at the same density.',
      },
    },
    ruralPop: {
      kind: 'assumption',
      note: {
        zh: '数据中最近的城乡人口是 2008 年（农村占 54%），此后已明显下降。默认 35% 为假设，推演期内保持不变。',
        en: 'The latest urban/rural population in the data is for 2008 (54% rural), and the share has fallen a lot since. The default of 35% is an assumption, held constant.',
      },
    },
    ruralEntrants: {
      kind: 'assumption',
      note: {
        zh: '未公布。默认与农村人口占比相同（按人口比例分配），订单定向毕业生另按上面的比例。',
        en: 'Not published. The default follows the rural population share; order-directed graduates use their own share below.',
      },
    },
    horizon: { kind: 'setting' },
    rangeAttrition: { kind: 'setting' },
    rangeEntrants: { kind: 'setting' },
    rangePopGrowth: { kind: 'setting' },
    split: { kind: 'setting' },
  };
  return { inputs, provenance };
}

/** Cohorts already in training arrive at the default (published) level; the reader's values apply to new cohorts. */
export function toModelInput(x: ScenarioInputs, b: Baseline, defaults: ScenarioInputs): ModelInput {
  const pct = (v: number) => v / 100;
  const ruralOthers = pct(x.ruralEntrants);
  const pipeline = (id: PipelineId, intake: number, shareToGp: number, ruralShare: number): Pipeline =>
    ({ id, intake, inTraining: defaults[id], lag: LAGS[id], shareToGp, ruralShare });
  return {
    startYear: b.startYear,
    horizon: x.horizon,
    startStock: b.stock.value,
    startPopulation: b.impliedPopulation,
    attrition: pct(x.attrition),
    popGrowth: pct(x.popGrowth),
    pipelines: [
      pipeline('residency', x.residency, pct(x.residencyShare), ruralOthers),
      pipeline('transfer', x.transfer, 1, ruralOthers),
      pipeline('assistant', x.assistant, 1, ruralOthers),
      pipeline('order', x.order, 1, pct(x.orderRural)),
    ],
    split: x.split === 1 ? { ruralStockShare: pct(x.ruralStock), ruralPopShare: pct(x.ruralPop) } : null,
  };
}

export function toRanges(x: ScenarioInputs): SensitivityRanges {
  return { attrition: x.rangeAttrition / 100, entrants: x.rangeEntrants / 100, popGrowth: x.rangePopGrowth / 100 };
}
