/**
 * Which scenario inputs are acceptable. A refused value gets a message for the field; the page keeps drawing the
 * last valid scenario. Limits are the model's (attrition below 100%, shares 0–100%) plus sane bounds on years.
 */
import type { Bilingual } from '../contract/schema.ts';
import { bi, type StringKey, type Vars } from '../i18n/index.ts';
import { INPUT_KEYS, type InputKey, type ScenarioInputs } from './inputs.ts';

export type FieldErrors = Partial<Record<InputKey, Bilingual>>;

const MAX_FLOW = 1_000_000;
const MAX_HORIZON_YEARS = 50;

const msg = (key: StringKey, vars?: Vars): Bilingual => bi(key, vars);

/** Parses a field's text (either decimal mark, optional grouping separators); NaN for anything else. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/[,\s，]/g, '').replace(/。/g, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

function checkField(key: InputKey, v: number, startYear: number): Bilingual | null {
  if (!Number.isFinite(v)) return msg('scenario.error.number');
  switch (key) {
    case 'residency': case 'transfer': case 'assistant': case 'order':
      if (v < 0) return msg('scenario.error.negativeCount');
      if (v > MAX_FLOW) return msg('scenario.error.maxCount', { max: MAX_FLOW.toLocaleString('en') });
      return null;
    case 'residencyShare': case 'ruralStock': case 'ruralPop': case 'ruralEntrants': case 'orderRural':
      return v < 0 || v > 100 ? msg('scenario.error.share') : null;
    case 'attrition':
      if (v < 0) return msg('scenario.error.negativeAttrition');
      return v >= 100 ? msg('scenario.error.attrition') : null;
    case 'popGrowth':
      return v <= -50 || v > 50 ? msg('scenario.error.growth') : null;
    case 'target':
      return v <= 0 || v > 1000 ? msg('scenario.error.target') : null;
    case 'targetYear':
      if (!Number.isInteger(v)) return msg('scenario.error.wholeYear');
      return v <= startYear ? msg('scenario.error.targetYear', { start: startYear }) : null;
    case 'horizon':
      if (!Number.isInteger(v)) return msg('scenario.error.wholeYear');
      return v <= startYear || v > startYear + MAX_HORIZON_YEARS
        ? msg('scenario.error.horizon', { from: startYear + 1, to: startYear + MAX_HORIZON_YEARS })
        : null;
    case 'rangeAttrition': case 'rangePopGrowth':
      return v < 0 ? msg('scenario.error.negativeRange') : null;
    case 'rangeEntrants':
      return v < 0 || v > 100 ? msg('scenario.error.percentRange') : null;
    case 'split':
      return v === 0 || v === 1 ? null : msg('scenario.error.split');
  }
}

/** Errors by field; an empty object means the scenario can be projected. */
export function validateInputs(x: ScenarioInputs, startYear: number): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of INPUT_KEYS) {
    const e = checkField(key, x[key], startYear);
    if (e) errors[key] = e;
  }
  if (!errors.targetYear && !errors.horizon && x.targetYear > x.horizon) {
    errors.targetYear = msg('scenario.error.targetAfterHorizon', { horizon: x.horizon });
  }
  if (!errors.attrition && !errors.rangeAttrition && x.attrition + x.rangeAttrition >= 100) {
    errors.rangeAttrition = msg('scenario.error.attritionRange');
  }
  if (!errors.popGrowth && !errors.rangePopGrowth && x.popGrowth - x.rangePopGrowth <= -100) {
    errors.rangePopGrowth = msg('scenario.error.growthRange');
  }
  return errors;
}
