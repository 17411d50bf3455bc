/**
 * The reader-facing inputs of one scenario, in display units (persons a year, percent, per 10,000, years), their
 * definitions (label, unit, slider range, whether the default is published data or an assumption, and why),
 * the defaults taken from the published baseline, and the conversion to the model's input.
 */
import type { Bilingual } from '../contract/schema.ts';
import { bi, t } from '../i18n/index.ts';
import { qualifierPhrase } from '../lib/qualified-number.ts';
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

const PERSONS_YR = bi('scenario.unit.personsYear');
const PCT = bi('scenario.unit.percent');
const PCT_YR = bi('scenario.unit.percentYear');
const PP = bi('scenario.unit.points');
const YEAR = bi('scenario.unit.year');

export function inputDefs(startYear: number): InputDef[] {
  return [
    { key: 'residency', group: 'flows', label: bi('scenario.input.residency'), unit: PERSONS_YR, min: 0, max: 100_000, step: 500 },
    { key: 'transfer', group: 'flows', label: bi('scenario.input.transfer'), unit: PERSONS_YR, min: 0, max: 60_000, step: 500 },
    { key: 'assistant', group: 'flows', label: bi('scenario.input.assistant'), unit: PERSONS_YR, min: 0, max: 40_000, step: 500 },
    { key: 'order', group: 'flows', label: bi('scenario.input.order'), unit: PERSONS_YR, min: 0, max: 30_000, step: 100 },
    { key: 'residencyShare', group: 'assumptions', label: bi('scenario.input.residencyShare'), unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'attrition', group: 'assumptions', label: bi('scenario.input.attrition'), unit: PCT_YR, min: 0, max: 10, step: 0.1 },
    { key: 'popGrowth', group: 'assumptions', label: bi('scenario.input.popGrowth'), unit: PCT_YR, min: -2, max: 2, step: 0.05 },
    { key: 'target', group: 'target', label: bi('scenario.input.target'), unit: bi('scenario.unit.per10000'), min: 1, max: 10, step: 0.1 },
    { key: 'targetYear', group: 'target', label: bi('scenario.input.targetYear'), unit: YEAR, min: startYear + 1, max: startYear + 27, step: 1, integer: true },
    { key: 'horizon', group: 'target', label: bi('scenario.input.horizon'), unit: YEAR, min: startYear + 5, max: startYear + 27, step: 1, integer: true },
    { key: 'rangeAttrition', group: 'sensitivity', label: bi('scenario.input.rangeAttrition'), unit: PP, min: 0, max: 5, step: 0.1 },
    { key: 'rangeEntrants', group: 'sensitivity', label: bi('scenario.input.rangeEntrants'), unit: bi('scenario.unit.plusMinusPercent'), min: 0, max: 50, step: 1 },
    { key: 'rangePopGrowth', group: 'sensitivity', label: bi('scenario.input.rangePopGrowth'), unit: PP, min: 0, max: 1, step: 0.05 },
    { key: 'ruralStock', group: 'split', label: bi('scenario.input.ruralStock'), unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'ruralPop', group: 'split', label: bi('scenario.input.ruralPop'), unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'ruralEntrants', group: 'split', label: bi('scenario.input.ruralEntrants'), unit: PCT, min: 0, max: 100, step: 1 },
    { key: 'orderRural', group: 'split', label: bi('scenario.input.orderRural'), unit: PCT, min: 0, max: 100, step: 1 },
  ];
}

/** Where a default comes from: a published figure, or an assumption with the reason for its value. */
export type Provenance =
  | { kind: 'data'; figure: Figure; note?: Bilingual }
  | { kind: 'assumption'; note: Bilingual }
  | { kind: 'setting' };

export interface Defaults { inputs: ScenarioInputs; provenance: Record<InputKey, Provenance> }

const ASSUMED_RURAL_POP = 35;

/**
 * Why the assistant-GP default is assumed, citing the cumulative total as published: in Chinese as printed ("近6"
 * 万人), in English the number with its qualifier's words ("nearly 60,000").
 */
function assistantNote(f: Figure): Bilingual {
  const en = `${f.qualifier ? `${qualifierPhrase(f.qualifier, 'en')} ` : ''}${f.value.toLocaleString('en')}`;
  return {
    zh: t('scenario.why.assistant', 'zh', { year: f.year, printed: f.valuePublished }),
    en: t('scenario.why.assistant', 'en', { year: f.year, printed: en }),
  };
}

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
  const notPublished = bi('scenario.why.notPublished');
  const assumption = (key: 'residencyShare' | 'attrition' | 'popGrowth' | 'ruralStock' | 'ruralPop' | 'ruralEntrants'): Provenance =>
    ({ kind: 'assumption', note: bi(`scenario.why.${key}`) });
  const provenance: Record<InputKey, Provenance> = {
    residency: data(b.residency, bi('scenario.why.residency'), notPublished),
    transfer: data(b.transfer, bi('scenario.why.transfer'), notPublished),
    order: data(b.order, bi('scenario.why.order'), notPublished),
    orderRural: data(b.orderRuralShare, bi('scenario.why.orderRural'), notPublished),
    target: data(b.target, undefined, notPublished),
    targetYear: data(b.target, undefined, notPublished),
    assistant: {
      kind: 'assumption',
      note: b.assistantCumulative
        ? assistantNote(b.assistantCumulative)
        : notPublished,
    },
    residencyShare: assumption('residencyShare'),
    attrition: assumption('attrition'),
    popGrowth: assumption('popGrowth'),
    ruralStock: assumption('ruralStock'),
    ruralPop: assumption('ruralPop'),
    ruralEntrants: assumption('ruralEntrants'),
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
