/** The Coverage page's summary, legend and grid (its prose is in src/content/pages/<lang>/coverage.mdx). */
export const COVERAGE_STRINGS = {
  'coverage.summary': {
    zh: '共{indicators}个指标：全国层面有数字的指标×年份{national}个，省级的指标×省份×年份{provincial}个（{withProvinces}个指标有省级数字）。',
    en: '{indicators} {indicators|indicator|indicators}: {national} indicator-years with a national figure and {provincial} indicator × province × year cells with a provincial figure ({withProvinces} {withProvinces|indicator|indicators} have provincial figures).',
  },
  'coverage.legend': { zh: '颜色：每格数字背后最好的来源类型', en: 'Colours: the best kind of source behind each cell' },
  'coverage.cells': { zh: '（{n}格）', en: '({n} {n|cell|cells})' },
  'coverage.none': { zh: '没有数字', en: 'no figure' },
  'coverage.national': { zh: '全国：{span}年间有{n}个年份的数字{gaps}。', en: 'National: figures for {n} {n|year|years} in {span}{gaps}.' },
  'coverage.gaps': { zh: '，缺{years}年', en: '; none for {years}' },
  'coverage.noNational': { zh: '没有全国数字。', en: 'No national figures.' },
  'coverage.provincial': { zh: '省级：{provinces}个省份共{cells}个数字，年份：{years}。', en: 'Provinces: {cells} {cells|figure|figures} for {provinces} {provinces|province|provinces}, years {years}.' },
  'coverage.otherProvinces': { zh: '其余{n}个省份没有数字。', en: 'No figures for the other {n} {n|province|provinces}.' },
  'coverage.nationalStrip': { zh: '全国各年份', en: 'National figures by year' },
  'coverage.provinceGrid': { zh: '{indicator}：各省各年份', en: '{indicator}: by province and year' },
} as const;
