/**
 * Where each of China's 31 provincial-level divisions (mainland) sits on the tile-grid map, roughly following
 * geography: col grows eastward, row grows southward. Codes are GB/T 2260 (the observations' geo_code); names and
 * short names come from the labels table (data/vocab/geographies.csv).
 */
export interface GridCell { code: string; col: number; row: number }

export const PROVINCE_GRID: readonly GridCell[] = [
  { code: '230000', col: 7, row: 0 },
  { code: '150000', col: 4, row: 1 },
  { code: '110000', col: 5, row: 1 },
  { code: '210000', col: 6, row: 1 },
  { code: '220000', col: 7, row: 1 },
  { code: '650000', col: 0, row: 2 },
  { code: '620000', col: 2, row: 2 },
  { code: '640000', col: 3, row: 2 },
  { code: '140000', col: 4, row: 2 },
  { code: '130000', col: 5, row: 2 },
  { code: '120000', col: 6, row: 2 },
  { code: '630000', col: 1, row: 3 },
  { code: '610000', col: 3, row: 3 },
  { code: '410000', col: 4, row: 3 },
  { code: '370000', col: 5, row: 3 },
  { code: '540000', col: 1, row: 4 },
  { code: '510000', col: 2, row: 4 },
  { code: '500000', col: 3, row: 4 },
  { code: '420000', col: 4, row: 4 },
  { code: '340000', col: 5, row: 4 },
  { code: '320000', col: 6, row: 4 },
  { code: '530000', col: 2, row: 5 },
  { code: '520000', col: 3, row: 5 },
  { code: '430000', col: 4, row: 5 },
  { code: '360000', col: 5, row: 5 },
  { code: '330000', col: 6, row: 5 },
  { code: '310000', col: 7, row: 5 },
  { code: '450000', col: 3, row: 6 },
  { code: '440000', col: 4, row: 6 },
  { code: '350000', col: 5, row: 6 },
  { code: '460000', col: 3, row: 7 },
];

export const GRID_SIZE = 8;
