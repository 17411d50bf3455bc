/**
 * Which scenario inputs are acceptable. A refused value gets a message for the field; the page keeps drawing the
 * last valid scenario. Limits are the model's (attrition below 100%, shares 0–100%) plus sane bounds on years.
 */
import type { Bilingual } from '../schema.ts';
import { INPUT_KEYS, type InputKey, type ScenarioInputs } from './inputs.ts';

export type FieldErrors = Partial<Record<InputKey, Bilingual>>;

const MAX_FLOW = 1_000_000;
const MAX_HORIZON_YEARS = 50;

const msg = (zh: string, en: string): Bilingual => ({ zh, en });

/** Parses a field's text (either decimal mark, optional grouping separators); NaN for anything else. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/[,\s，]/g, '').replace(/。/g, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number.NaN;
  return Number(t);
}

function checkField(key: InputKey, v: number, startYear: number): Bilingual | null {
  if (!Number.isFinite(v)) return msg('请输入数字。', 'Enter a number.');
  switch (key) {
    case 'residency': case 'transfer': case 'assistant': case 'order':
      if (v < 0) return msg('人数不能为负。', 'Cannot be negative.');
      if (v > MAX_FLOW) return msg(`不能超过 ${MAX_FLOW.toLocaleString('zh-CN')}。`, `At most ${MAX_FLOW.toLocaleString('en')}.`);
      return null;
    case 'residencyShare': case 'ruralStock': case 'ruralPop': case 'ruralEntrants': case 'orderRural':
      return v < 0 || v > 100 ? msg('比例须在 0 到 100% 之间。', 'Must be between 0 and 100%.') : null;
    case 'attrition':
      if (v < 0) return msg('流失率不能为负。', 'Attrition cannot be negative.');
      return v >= 100 ? msg('流失率必须低于 100%。', 'Attrition must be below 100%.') : null;
    case 'popGrowth':
      return v <= -50 || v > 50 ? msg('增长率须在 −50% 到 50% 之间。', 'Growth must be between −50% and 50%.') : null;
    case 'target':
      return v <= 0 || v > 1000 ? msg('目标须大于 0。', 'The target must be above 0.') : null;
    case 'targetYear':
      if (!Number.isInteger(v)) return msg('请输入整数年份。', 'Enter a whole year.');
      return v <= startYear ? msg(`目标年份须晚于起始年份 ${startYear}。`, `The target year must be after the start year, ${startYear}.`) : null;
    case 'horizon':
      if (!Number.isInteger(v)) return msg('请输入整数年份。', 'Enter a whole year.');
      return v <= startYear || v > startYear + MAX_HORIZON_YEARS
        ? msg(`须在 ${startYear + 1}–${startYear + MAX_HORIZON_YEARS} 之间。`, `Must be between ${startYear + 1} and ${startYear + MAX_HORIZON_YEARS}.`)
        : null;
    case 'rangeAttrition': case 'rangePopGrowth':
      return v < 0 ? msg('范围不能为负。', 'A range cannot be negative.') : null;
    case 'rangeEntrants':
      return v < 0 || v > 100 ? msg('须在 0 到 100% 之间。', 'Must be between 0 and 100%.') : null;
    case 'split':
      return v === 0 || v === 1 ? null : msg('只能是 0 或 1。', 'Must be 0 or 1.');
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
    errors.targetYear = msg(`目标年份不能晚于推演终点 ${x.horizon}。`, `The target year cannot be after the last projected year, ${x.horizon}.`);
  }
  if (!errors.attrition && !errors.rangeAttrition && x.attrition + x.rangeAttrition >= 100) {
    errors.rangeAttrition = msg('流失率加上范围必须低于 100%。', 'Attrition plus its range must stay below 100%.');
  }
  if (!errors.popGrowth && !errors.rangePopGrowth && x.popGrowth - x.rangePopGrowth <= -100) {
    errors.rangePopGrowth = msg('人口增长率减去范围必须高于 −100%。', 'Growth minus its range must stay above −100%.');
  }
  return errors;
}
