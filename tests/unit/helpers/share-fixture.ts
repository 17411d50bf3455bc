/** A two-series chart snapshot with figures as published (density of physicians per 1,000, urban vs rural). */
import type { ChartSnapshot } from '../../../src/share/snapshot.ts';

export function snapshot(overrides: Partial<ChartSnapshot> = {}): ChartSnapshot {
  return {
    chartId: 'urban-rural-density',
    lang: 'en',
    title: 'Physicians per 1,000 population, cities and countryside',
    subtitle: 'Licensed (assistant) physicians per 1,000 population',
    state: { cadre: 'physicians' },
    defaults: { cadre: 'physicians', area: 'all' },
    columns: [
      { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
      { key: 'area', label: { zh: '地区', en: 'Area' }, format: 'text' },
      { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' },
    ],
    rows: [
      { year: 2015, area: 'urban', area_zh: '城市', area_en: 'Cities', value: 3.72, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population', source_id: 'yb2016' },
      { year: 2015, area: 'rural', area_zh: '农村', area_en: 'Countryside', value: 1.55, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population', source_id: 'yb2016' },
      { year: 2020, area: 'urban', area_zh: '城市', area_en: 'Cities', value: 4.25, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population', source_id: 'yb2021' },
      { year: 2020, area: 'rural', area_zh: '农村', area_en: 'Countryside', value: 2.06, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population', source_id: 'yb2021' },
    ],
    sources: [
      { id: 'yb2016', title: '2016 中国卫生和计划生育统计年鉴', publisher: '国家卫生计生委', url: 'http://www.nhc.gov.cn/a' },
      { id: 'yb2021', title: '2021 中国卫生健康统计年鉴', publisher: '国家卫生健康委', url: 'http://www.nhc.gov.cn/b' },
    ],
    dataVersion: 'a1b2c3d4e5f6',
    permalink: 'https://example.org/en/urban-rural/?urban-rural-density.cadre=physicians',
    ...overrides,
  };
}
