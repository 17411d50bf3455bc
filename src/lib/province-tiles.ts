/**
 * Fixed tile-grid layout of China's 31 provincial-level divisions (mainland), roughly following geography:
 * col grows eastward, row grows southward. Codes are GB/T 2260 (the observations' geo_code for provinces).
 */
/** `zhShort`: the one-character official abbreviation (黑, 蒙 …), for tiles too narrow for the full name. */
export interface ProvinceTile { code: string; zh: string; en: string; abbr: string; zhShort: string; col: number; row: number }

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { code: '230000', zh: '黑龙江', en: 'Heilongjiang', abbr: 'HL', zhShort: '黑', col: 7, row: 0 },
  { code: '150000', zh: '内蒙古', en: 'Inner Mongolia', abbr: 'NM', zhShort: '蒙', col: 4, row: 1 },
  { code: '110000', zh: '北京', en: 'Beijing', abbr: 'BJ', zhShort: '京', col: 5, row: 1 },
  { code: '210000', zh: '辽宁', en: 'Liaoning', abbr: 'LN', zhShort: '辽', col: 6, row: 1 },
  { code: '220000', zh: '吉林', en: 'Jilin', abbr: 'JL', zhShort: '吉', col: 7, row: 1 },
  { code: '650000', zh: '新疆', en: 'Xinjiang', abbr: 'XJ', zhShort: '新', col: 0, row: 2 },
  { code: '620000', zh: '甘肃', en: 'Gansu', abbr: 'GS', zhShort: '甘', col: 2, row: 2 },
  { code: '640000', zh: '宁夏', en: 'Ningxia', abbr: 'NX', zhShort: '宁', col: 3, row: 2 },
  { code: '140000', zh: '山西', en: 'Shanxi', abbr: 'SX', zhShort: '晋', col: 4, row: 2 },
  { code: '130000', zh: '河北', en: 'Hebei', abbr: 'HE', zhShort: '冀', col: 5, row: 2 },
  { code: '120000', zh: '天津', en: 'Tianjin', abbr: 'TJ', zhShort: '津', col: 6, row: 2 },
  { code: '630000', zh: '青海', en: 'Qinghai', abbr: 'QH', zhShort: '青', col: 1, row: 3 },
  { code: '610000', zh: '陕西', en: 'Shaanxi', abbr: 'SN', zhShort: '陕', col: 3, row: 3 },
  { code: '410000', zh: '河南', en: 'Henan', abbr: 'HA', zhShort: '豫', col: 4, row: 3 },
  { code: '370000', zh: '山东', en: 'Shandong', abbr: 'SD', zhShort: '鲁', col: 5, row: 3 },
  { code: '540000', zh: '西藏', en: 'Tibet', abbr: 'XZ', zhShort: '藏', col: 1, row: 4 },
  { code: '510000', zh: '四川', en: 'Sichuan', abbr: 'SC', zhShort: '川', col: 2, row: 4 },
  { code: '500000', zh: '重庆', en: 'Chongqing', abbr: 'CQ', zhShort: '渝', col: 3, row: 4 },
  { code: '420000', zh: '湖北', en: 'Hubei', abbr: 'HB', zhShort: '鄂', col: 4, row: 4 },
  { code: '340000', zh: '安徽', en: 'Anhui', abbr: 'AH', zhShort: '皖', col: 5, row: 4 },
  { code: '320000', zh: '江苏', en: 'Jiangsu', abbr: 'JS', zhShort: '苏', col: 6, row: 4 },
  { code: '530000', zh: '云南', en: 'Yunnan', abbr: 'YN', zhShort: '滇', col: 2, row: 5 },
  { code: '520000', zh: '贵州', en: 'Guizhou', abbr: 'GZ', zhShort: '黔', col: 3, row: 5 },
  { code: '430000', zh: '湖南', en: 'Hunan', abbr: 'HN', zhShort: '湘', col: 4, row: 5 },
  { code: '360000', zh: '江西', en: 'Jiangxi', abbr: 'JX', zhShort: '赣', col: 5, row: 5 },
  { code: '330000', zh: '浙江', en: 'Zhejiang', abbr: 'ZJ', zhShort: '浙', col: 6, row: 5 },
  { code: '310000', zh: '上海', en: 'Shanghai', abbr: 'SH', zhShort: '沪', col: 7, row: 5 },
  { code: '450000', zh: '广西', en: 'Guangxi', abbr: 'GX', zhShort: '桂', col: 3, row: 6 },
  { code: '440000', zh: '广东', en: 'Guangdong', abbr: 'GD', zhShort: '粤', col: 4, row: 6 },
  { code: '350000', zh: '福建', en: 'Fujian', abbr: 'FJ', zhShort: '闽', col: 5, row: 6 },
  { code: '460000', zh: '海南', en: 'Hainan', abbr: 'HI', zhShort: '琼', col: 3, row: 7 },
];
