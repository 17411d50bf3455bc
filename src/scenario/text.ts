/**
 * Sentences built from a scenario result (the live-region announcement, comparison-table cells, the range-target
 * verdict). Pure, so the server and the browser say exactly the same thing; the words are in src/i18n.
 */
import type { Lang } from '../contract/schema.ts';
import { formatNumber } from '../lib/format.ts';
import { punct, t } from '../i18n/index.ts';
import type { ScenarioInputs } from './inputs.ts';
import type { RangeTargetStatus, ScenarioResult } from './run.ts';

export function defaultScenarioName(index: number, lang: Lang): string {
  return t('scenario.defaultName', lang, { letter: 'ABC'[index]! });
}

export function reachedText(r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  if (r.reached === null) return t('scenario.notByHorizonYear', lang, { horizon: x.horizon });
  return r.reachedInHistory ? t('scenario.reachedPublished', lang, { year: r.reached }) : String(r.reached);
}

/** Entrants needed a year from the start year on, rounded up to whole persons; ≤ 0 means none are needed. */
export function neededText(r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  if (r.entrantsNeeded <= 0) return t('scenario.onTrack', lang);
  return t('scenario.needed', lang, {
    need: formatNumber(Math.ceil(r.entrantsNeeded), lang, 0), year: x.targetYear, now: formatNumber(Math.round(r.entrantsAtTargetYear), lang, 0),
  });
}

export function extraText(r: ScenarioResult, lang: Lang): string {
  const e = r.extraResidency;
  if (e.kind === 'on-track') return t('scenario.onTrack', lang);
  if (e.kind === 'too-late') return t('scenario.tooLate', lang, { year: e.firstArrival });
  return `+${formatNumber(Math.ceil(e.extra), lang, 0)}`;
}

/** The live-region sentence, e.g. "Scenario A: target of 5 per 10,000 reached in 2028." */
export function announcement(name: string, r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  const target = formatNumber(x.target, lang);
  if (r.reached === null) {
    return t('scenario.announceNotReached', lang, { name, target, horizon: x.horizon, density: formatNumber(r.densityAtHorizon, lang) });
  }
  const key = r.reached <= x.targetYear ? 'scenario.announceByYear' : 'scenario.announceAfterYear';
  return t(key, lang, { name, target, year: r.reached, targetYear: x.targetYear });
}

/** "2020 年目标 2–3" / "2020 target: 2–3": the range as printed, for labels. */
export function rangeTargetLabel(st: RangeTargetStatus, lang: Lang): string {
  const r = st.range;
  return t('scenario.rangeLabel', lang, { year: r.year, low: formatNumber(r.low.value, lang), high: formatNumber(r.high.value, lang) });
}

/**
 * Whether a range target was met, judged at its lower bound (said in the sentence), from the published figures
 * where they reach it, naming any unpublished years between the last figure below and the first at or above.
 */
export function rangeTargetText(st: RangeTargetStatus, lang: Lang): string {
  const { low, high, year } = st.range;
  const n = (v: number) => formatNumber(v, lang);
  const head = t('scenario.rangeHead', lang, { year, low: n(low.value), high: n(high.value) });
  let reach: string;
  const f = st.reachedFigure;
  if (f) {
    const b = st.lastBelow;
    const gap = b && f.year - b.year > 1 ? (f.year - b.year === 2 ? `${b.year + 1}` : `${b.year + 1}–${f.year - 1}`) : null;
    reach = gap && b
      ? t('scenario.rangeReachedGap', lang, { year: f.year, value: n(f.value), gap, belowYear: b.year, below: n(b.value) })
      : t('scenario.rangeReached', lang, { year: f.year, value: n(f.value) });
  } else if (st.reached !== null) {
    reach = t('scenario.rangeProjected', lang, { year: st.reached });
  } else {
    reach = t('scenario.rangeNever', lang);
  }
  const y = st.inTargetYear;
  const where = !y ? '' : t(y.value < low.value ? 'scenario.rangeBelow' : y.value > high.value ? 'scenario.rangeAbove' : 'scenario.rangeWithin', lang);
  const inYear = y ? t('scenario.rangeInYear', lang, { year, value: n(y.value), where }) : '';
  return [head, reach, inYear].filter(Boolean).join(punct(lang).sentenceGap);
}
