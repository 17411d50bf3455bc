/** Formats the overview's headline numbers: headcounts in 万人 / millions, densities as published precision. */
import type { Lang } from '../../lib/schema.ts';
import { formatNumber } from '../../lib/format.ts';

export function headlineValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'persons') return lang === 'zh' ? `${formatNumber(value / 1e4, lang, 1)}万` : `${formatNumber(value / 1e6, lang, 3)} million`;
  return formatNumber(value, lang, 2);
}

export function headlineUnit(unit: string, lang: Lang): string {
  const units: Record<string, [string, string]> = {
    persons: ['人', 'people'],
    per_1000: ['人/千人口', 'per 1,000 population'],
    per_10000: ['人/万人口', 'per 10,000 population'],
  };
  const u = units[unit];
  return u ? (lang === 'zh' ? u[0] : u[1]) : unit;
}
