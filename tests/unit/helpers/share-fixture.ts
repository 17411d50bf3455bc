/** A two-series chart snapshot with figures as published (density of physicians per 1,000, urban vs rural). */
import type { ChartSnapshot, ShareSource } from '../../../src/share/snapshot.ts';

/** A source page and the original publication it copies. */
export function source(id: string, host: string, url: string, copyKind: string, publisher: string, publisherEn: string,
  title: string, titleEn: string, locator: string | null): ShareSource {
  const kinds: Record<string, [string, string]> = { original: ['原件(发布者自己的页面)', "publisher's own page"], mirror: ['镜像站转载', 'mirror'] };
  return {
    id, title: `page ${id}`, publisher: host, url, kind: 'official_table', host, copy_kind: copyKind,
    copy_kind_zh: kinds[copyKind]![0], copy_kind_en: kinds[copyKind]![1], is_mirror: copyKind === 'mirror', original_id: `pub-${title}`,
    original_publisher: publisher, original_publisher_en: publisherEn, original_title: title, original_title_en: titleEn,
    original_date: null, original_locator: locator, original_note: null,
  };
}

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
      source('yb2016', 'www.nhc.gov.cn', 'http://www.nhc.gov.cn/a', 'original', '国家卫生计生委', 'National Health and Family Planning Commission',
        '2016中国卫生和计划生育统计年鉴', 'China Health and Family Planning Statistical Yearbook 2016', '表2-2-1'),
      source('yb2021', '010baizhang.com', 'http://010baizhang.com/b', 'mirror', '国家卫生健康委员会', 'National Health Commission',
        '2021中国卫生健康统计年鉴', 'China Health Statistical Yearbook 2021', null),
    ],
    dataVersion: 'a1b2c3d4e5f6',
    permalink: 'https://example.org/en/urban-rural/?urban-rural-density.cadre=physicians',
    ...overrides,
  };
}
