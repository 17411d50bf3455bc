/**
 * Words of the scenario page in both languages, and the sentences built from a result (the live-region
 * announcement and the comparison table cells). Pure, so server and browser say exactly the same thing.
 */
import type { Bilingual, Lang } from '../schema.ts';
import { formatNumber } from '../format.ts';
import type { ScenarioInputs } from './inputs.ts';
import type { RangeTargetStatus, ScenarioResult } from './run.ts';

export const TEXT = {
  title: { zh: '情景推演：全科医生何时达到目标？', en: 'Scenarios: when will China reach its GP target?' },
  navTitle: { zh: '情景推演', en: 'Scenarios' },
  lede: {
    zh: '按今天的培养规模，全国什么时候能达到 2030 年每万人口 5 名全科医生的目标？要在 2030 年前补上缺口，还需要多少住培名额？流失率上升又会怎样？下面的推演从公布的数字出发，在浏览器里即时计算。标为“假设”的输入没有公布数据，请按自己的判断修改。',
    en: 'At today\u2019s training rate, when will China have 5 general practitioners per 10,000 people, as the 2030 target asks? How many more residency places would close the gap by 2030? What if more GPs leave? This projection starts from published figures and recalculates in your browser. Inputs marked “assumption” have no published figure: set them as you judge best.',
  },
  noscript: {
    zh: '调整输入需要启用 JavaScript。下面显示的是默认情景的推演。',
    en: 'Changing the inputs needs JavaScript. The chart below shows the default scenario.',
  },
  start: { zh: '起点（公布数据）', en: 'Starting point (published)' },
  gps: { zh: '全科医生人数', en: 'General practitioners' },
  density: { zh: '每万人口全科医生', en: 'GPs per 10,000 people' },
  population: { zh: '人口（推算）', en: 'Population (implied)' },
  populationNote: {
    zh: '由上面两个公布数字推得（人数 ÷ 每万人口数 × 10,000），不是公布数字。',
    en: 'Derived from the two published figures above (GPs ÷ per-10,000 × 10,000); not itself published.',
  },
  data: { zh: '公布数据', en: 'Published' },
  assumption: { zh: '假设', en: 'Assumption' },
  approx: { zh: '约数', en: 'approximate' },
  secondary: { zh: '二手来源', en: 'secondary source' },
  source: { zh: '来源', en: 'Source' },
  flows: { zh: '培养途径（每年进入全科医生队伍）', en: 'Training pathways (entering general practice each year)' },
  flowsNote: {
    zh: '改动的人数从下一年入学的队列起生效，要等培训年限过后才进入队伍；已在培训中的队列按公布水平到岗。',
    en: 'A changed number applies to cohorts starting next year and reaches the workforce only after the training years; cohorts already in training arrive at the published level.',
  },
  assumptions: { zh: '假设', en: 'Assumptions' },
  target: { zh: '目标与推演期', en: 'Target and horizon' },
  sensitivity: { zh: '敏感性范围（阴影）', en: 'Sensitivity range (shading)' },
  sensitivityNote: {
    zh: '阴影的下沿取流失率最高、新增最少、人口增长最快的组合，上沿相反：三者对密度的影响都是单调的，所以这两个组合就是范围的两端。',
    en: 'The lower edge combines the highest attrition, fewest entrants and fastest population growth; the upper edge the opposite. Each moves density one way only, so these two corners are the extremes of the range.',
  },
  split: { zh: '城乡分别推演', en: 'Cities and countryside separately' },
  splitToggle: { zh: '按城市和农村分别推演', en: 'Project cities and countryside separately' },
  splitNote: {
    zh: '数据中没有全科医生的城乡分布，下面的起始占比都是假设，不是数据。',
    en: 'The data has no urban/rural split of GPs: the starting shares below are assumptions, not data.',
  },
  scenarios: { zh: '情景', en: 'Scenarios' },
  scenarioName: { zh: '情景名称', en: 'Scenario name' },
  addScenario: { zh: '添加情景（复制当前）', en: 'Add scenario (copy of current)' },
  removeScenario: { zh: '删除当前情景', en: 'Remove this scenario' },
  resetScenario: { zh: '恢复默认值', en: 'Reset to defaults' },
  download: { zh: '下载推演 CSV', en: 'Download projection (CSV)' },
  comparison: { zh: '情景比较', en: 'Scenarios compared' },
  colScenario: { zh: '情景', en: 'Scenario' },
  colReached: { zh: '达到目标的年份', en: 'Target reached' },
  colHorizon: { zh: '推演终点的密度', en: 'Density at horizon' },
  colNeeded: { zh: '按期达标每年需新增（全部途径）', en: 'Entrants a year needed to meet the target on time (all pathways)' },
  colExtra: { zh: '或：每年增加住培全科名额', en: 'Or: extra GP residency places a year' },
  notByHorizon: { zh: '推演期内未达到', en: 'not by the horizon' },
  onTrack: { zh: '无需增加', en: 'none needed' },
  lastValid: { zh: '图表保留上一次有效的输入。', en: 'The chart keeps the last valid inputs.' },
  method: { zh: '方法', en: 'Method' },
  embed: { zh: '嵌入此图', en: 'Embed this chart' },
  embedNote: {
    zh: '嵌入的图表显示当前的全部情景（输入都在链接里），不带输入面板。',
    en: 'The embedded chart shows the current scenarios (their inputs are in the link), without the input panel.',
  },
  embedCode: { zh: '嵌入代码', en: 'Embed code' },
  embedOpen: { zh: '打开嵌入页面', en: 'Open the embed page' },
  targets: { zh: '目标（公布）', en: 'Targets (published)' },
  perTenThousand: { zh: '人/万人口', en: 'per 10,000' },
} as const satisfies Record<string, Bilingual>;

export const txt = (key: keyof typeof TEXT, lang: Lang): string => TEXT[key][lang];

export function defaultScenarioName(index: number, lang: Lang): string {
  return lang === 'zh' ? `情景${'ABC'[index]}` : `Scenario ${'ABC'[index]}`;
}

export function reachedText(r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  if (r.reached === null) return TEXT.notByHorizon[lang] + (lang === 'zh' ? `（${x.horizon}）` : ` (${x.horizon})`);
  return String(r.reached) + (r.reachedInHistory ? (lang === 'zh' ? '（已公布）' : ' (published)') : '');
}

/** Entrants needed a year from the start year on, rounded up to whole persons; ≤ 0 means none are needed. */
export function neededText(r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  if (r.entrantsNeeded <= 0) return TEXT.onTrack[lang];
  const now = formatNumber(Math.round(r.entrantsAtTargetYear), lang, 0);
  const need = formatNumber(Math.ceil(r.entrantsNeeded), lang, 0);
  return lang === 'zh' ? `${need} 人（本情景 ${x.targetYear} 年：${now} 人）` : `${need} (this scenario, ${x.targetYear}: ${now})`;
}

export function extraText(r: ScenarioResult, lang: Lang): string {
  const e = r.extraResidency;
  if (e.kind === 'on-track') return TEXT.onTrack[lang];
  if (e.kind === 'too-late') {
    return lang === 'zh' ? `来不及：新增名额最早 ${e.firstArrival} 年才结业` : `too late: new places complete in ${e.firstArrival} at the earliest`;
  }
  return `+${formatNumber(Math.ceil(e.extra), lang, 0)}`;
}

/** The live-region sentence, e.g. "Scenario A: target of 5 per 10,000 reached in 2028." */
export function announcement(name: string, r: ScenarioResult, x: ScenarioInputs, lang: Lang): string {
  const t = formatNumber(x.target, lang);
  if (r.reached === null) {
    return lang === 'zh'
      ? `${name}：到 ${x.horizon} 年仍达不到每万人口 ${t} 名的目标；${x.horizon} 年为 ${formatNumber(r.densityAtHorizon, lang)}。`
      : `${name}: the target of ${t} per 10,000 is not reached by ${x.horizon}; ${formatNumber(r.densityAtHorizon, lang)} in ${x.horizon}.`;
  }
  const onTime = r.reached <= x.targetYear;
  return lang === 'zh'
    ? `${name}：${r.reached} 年达到每万人口 ${t} 名的目标（${onTime ? '不晚于' : '晚于'} ${x.targetYear} 年）。`
    : `${name}: target of ${t} per 10,000 reached in ${r.reached} (${onTime ? 'by' : 'after'} ${x.targetYear}).`;
}

/** "2020 年目标 2–3" / "2020 target: 2–3": the range as printed, for labels. */
export function rangeTargetLabel(st: RangeTargetStatus, lang: Lang): string {
  const r = st.range;
  const v = `${formatNumber(r.low.value, lang)}–${formatNumber(r.high.value, lang)}`;
  return lang === 'zh' ? `${r.year} 年目标 ${v}` : `${r.year} target: ${v}`;
}

/**
 * Whether a range target was met, judged at its lower bound (said in the sentence), from the published figures
 * where they reach it, naming any unpublished years between the last figure below and the first at or above.
 */
export function rangeTargetText(st: RangeTargetStatus, lang: Lang): string {
  const zh = lang === 'zh';
  const { low, high, year } = st.range;
  const n = (v: number) => formatNumber(v, lang);
  const lowV = n(low.value);
  const head = zh
    ? `${year} 年目标为每万人口 ${lowV}–${n(high.value)} 名，按下限 ${lowV} 判断是否达到。`
    : `The ${year} target is ${lowV}–${n(high.value)} GPs per 10,000, counted as reached at its lower bound (${lowV}).`;
  let reach: string;
  const f = st.reachedFigure;
  if (f) {
    const b = st.lastBelow;
    const gap = b && f.year - b.year > 1
      ? (f.year - b.year === 2 ? `${b.year + 1}` : `${b.year + 1}–${f.year - 1}`)
      : null;
    reach = zh
      ? `公布数字 ${f.year} 年为 ${n(f.value)}，已达到下限${gap && b ? `（${gap} 年无数据，${b.year} 年为 ${n(b.value)}）` : ''}。`
      : `Published: ${n(f.value)} in ${f.year}, at or above the lower bound${gap && b ? ` (no figure for ${gap}; ${n(b.value)} in ${b.year})` : ''}.`;
  } else if (st.reached !== null) {
    reach = zh ? `按本情景推演，${st.reached} 年达到下限。` : `This scenario reaches the lower bound in ${st.reached}.`;
  } else {
    reach = zh ? '推演期内达不到下限。' : 'This scenario does not reach the lower bound within the horizon.';
  }
  const y = st.inTargetYear;
  const where = !y ? '' : y.value < low.value
    ? (zh ? '低于目标范围' : 'below the range')
    : y.value > high.value ? (zh ? '高于目标范围' : 'above the range') : (zh ? '在目标范围内' : 'within the range');
  const inYear = y ? (zh ? `${year} 年公布为 ${n(y.value)}，${where}。` : ` ${year}: ${n(y.value)} published, ${where}.`) : '';
  return zh ? `${head}${reach}${inYear}` : `${head} ${reach}${inYear}`;
}
