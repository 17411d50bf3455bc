/**
 * The published tables: their names, column order, storage types and bilingual descriptions (copied into
 * manifest.json), and which of them the query layer sees. One list, read by the data build and the site alike.
 */
import type { ManifestColumn } from './schema.ts';

/** Parquet tables written to public/data/<name>.parquet (with a CSV copy each). */
export const TABLES = ['observations', 'sources', 'labels', 'rejections', 'report_figures'] as const;
export type TableName = (typeof TABLES)[number];

/** Tables the named queries read, by bare name: both engines create views (Node) or tables (browser) of these. */
export const QUERY_TABLES = ['observations', 'sources', 'labels', 'report_figures'] as const satisfies readonly TableName[];
export type QueryTable = (typeof QUERY_TABLES)[number];

/**
 * Long provenance text the charts never query, left out of what the query engines load so the browser's copy stays
 * small (it remains in the published Parquet and CSV files). A query that needs one fails at build time.
 */
export const OMITTED_COLUMNS: Readonly<Record<QueryTable, readonly string[]>> = {
  observations: ['obs_id', 'figure_key', 'raw_file', 'raw_row', 'locator', 'note', 'unit_published', 'derived_from'],
  sources: [],
  labels: [],
  report_figures: [],
};

/** Columns of a table as the query engines see it (published columns minus the omitted ones). */
export function queryColumns(table: QueryTable): ManifestColumn[] {
  return COLUMNS[table].filter((c) => !OMITTED_COLUMNS[table].includes(c.name));
}

const c = (name: string, type: string, zh: string, en: string): ManifestColumn => ({ name, type, description: { zh, en } });

export const COLUMNS: Record<TableName, ManifestColumn[]> = {
  observations: [
    c('obs_id', 'VARCHAR', '观测值的稳定编号(原始文件#行号;区间值的两端加 :low / :high)', 'Stable observation id (raw file#line; the two ends of a range add :low / :high)'),
    c('figure_key', 'VARCHAR', '同一数字的标识(除数值和来源外的所有维度)', 'Identifies the same figure across sources (all dimensions except value and source)'),
    c('theme', 'VARCHAR', '主题', 'Theme'),
    c('year', 'INTEGER', '年份(目标为目标年份)', 'Reference year (for targets: the target year)'),
    c('geo_level', 'VARCHAR', '地理层级:全国/地区/省/国家', 'Geographic level: national, region, province, country'),
    c('geo_code', 'VARCHAR', '地理编码:CHN、GB/T 2260省级代码、地区代码或ISO 3166三字母国家代码', 'Geography code: CHN, GB/T 2260 province code, region code, or ISO 3166 alpha-3 country code'),
    c('area', 'VARCHAR', '城乡:合计/城市/农村', 'Area: total, urban, rural'),
    c('institution', 'VARCHAR', '机构类型(all为全部)', "Institution type ('all' for all institutions)"),
    c('cadre', 'VARCHAR', '人员类别(或人口、村卫生室等计数对象)', 'Cadre (or population, village clinics and other counted things)'),
    c('measure', 'VARCHAR', '指标类型:人数、密度、构成、数量、目标、培训指标等;区间值分为下限与上限两行(如 target_low、target_high)', 'Measure: headcount, density, share, count, target, training measures; a range is two rows, lower and upper bound (e.g. target_low, target_high)'),
    c('unit', 'VARCHAR', '标准单位(人、每千人口、每万人口、%等)', 'Canonical unit (persons, per 1 000, per 10 000, percent, …)'),
    c('denominator', 'VARCHAR', '密度的人口口径:常住/户籍/农业/未注明;非密度为空', 'Population basis of a density: resident, household, agricultural, unspecified; empty otherwise'),
    c('breakdown', 'VARCHAR', '构成维度:学历/职称/性别', 'Composition dimension: education, title, sex'),
    c('category', 'VARCHAR', '构成类别', 'Composition category'),
    c('programme', 'VARCHAR', '培养项目或政策', 'Training programme or policy'),
    c('value', 'DOUBLE', '标准单位下的数值(如人,而非万人)', 'Value in the canonical unit (persons, not 10 000 persons)'),
    c('value_published', 'VARCHAR', '原文所印数值', 'Value exactly as printed'),
    c('qualifier', 'VARCHAR', '原文对数值的限定:约(about)、近(nearly)、超过(more_than)、不少于(at_least)、不足(less_than)、至多(up_to);空为确数', 'What the print says about the value: about, nearly, more_than, at_least, less_than, up_to; empty = exact'),
    c('qualifier_printed', 'VARCHAR', '原文所印的限定词(如 超过、余、nearly)', 'The qualifier as printed (e.g. 超过, 余, nearly)'),
    c('precision', 'INTEGER', '所印数值的小数位数(按标准单位计;2.90为2,1069.4万人为-3)', 'Decimals printed, in the canonical unit (2.90 → 2; 1069.4万人 → -3)'),
    c('unit_published', 'VARCHAR', '原文所印单位', 'Unit exactly as printed'),
    c('definition', 'VARCHAR', '非现行口径的代码(空为现行口径)', 'Series-definition code when not the current definition (empty = current)'),
    c('flags', 'VARCHAR[]', '标记:口径变化、二手来源、推算、约数、来源不一致、累计、区间等', 'Flags: series_break, secondary, derived, approximate, disagreement, cumulative, range, …'),
    c('source_id', 'VARCHAR', '来源编号(见sources表)', 'Source id (see the sources table)'),
    c('source_kind', 'VARCHAR', '来源类型', 'Kind of source'),
    c('derived_from', 'VARCHAR[]', '推算值所依据的来源编号', 'For derived values: source ids of the inputs'),
    c('raw_file', 'VARCHAR', 'data/raw中的原始文件', 'Raw file in data/raw'),
    c('raw_row', 'INTEGER', '原始文件中的行号(表头为第1行)', 'Line in the raw file (header = 1)'),
    c('locator', 'VARCHAR', '数字在来源页面中的位置', 'Where on the source page'),
    c('note', 'VARCHAR', '随数字记录的说明', 'Note recorded with the figure'),
    c('is_preferred', 'BOOLEAN', '是否为该数字的首选值(每个figure_key恰好一个)', 'Preferred value of this figure (exactly one per figure_key)'),
    c('n_sources', 'INTEGER', '报告该数字的出版物数(同一原始出版物的多个转载只计一次)', 'Publications reporting this figure (copies of one original publication count once)'),
    c('n_copies', 'INTEGER', '报告该数字的来源页面数(含转载)', 'Source pages reporting this figure (copies included)'),
    c('n_agree', 'INTEGER', '与首选值一致(在印刷舍入范围内)的出版物数', 'Publications agreeing with the preferred value within printed rounding'),
    c('disagrees', 'BOOLEAN', '是否有来源与首选值不一致', 'Whether any source differs beyond rounding'),
  ],
  sources: [
    c('id', 'VARCHAR', '来源编号', 'Source id'),
    c('publisher', 'VARCHAR', '发布者', 'Publisher'),
    c('title', 'VARCHAR', '标题', 'Title'),
    c('url', 'VARCHAR', '网址(无则为空)', 'Address (empty when none was stored)'),
    c('locator', 'VARCHAR', '表号等位置', 'Table or other locator'),
    c('language', 'VARCHAR', '语言(BCP 47)', 'Language (BCP 47)'),
    c('kind', 'VARCHAR', '来源类型', 'Kind of source'),
    c('licence', 'VARCHAR', '使用许可说明', 'Licence note'),
    c('raw_file', 'VARCHAR', '引用该来源的原始文件(以分号分隔)', 'Raw files citing this source (semicolon-separated)'),
    c('n_rows', 'INTEGER', '引用该来源的观测值数', 'Observations citing this source'),
    c('host', 'VARCHAR', '该页面的网站(无网址则为空)', 'Web host of the page (empty when no address was stored)'),
    c('copy_kind', 'VARCHAR', '该页面是原始出版物的哪种副本:原件、官方转载、新闻转载、其他转载、镜像、期刊引用、汇编', 'What kind of copy the page is: original, official_copy, news_reprint, reprint, mirror, journal_quote, compilation'),
    c('is_mirror', 'BOOLEAN', '网站是否为已知镜像站(data/vocab/mirror-hosts.csv)', 'Whether the host is a listed mirror (data/vocab/mirror-hosts.csv)'),
    c('original_id', 'VARCHAR', '原始出版物的标识(同一原始出版物的各副本相同)', 'Identifies the original publication (the same for every copy of it)'),
    c('original_publisher', 'VARCHAR', '原始出版物的发布者', 'Publisher of the original publication'),
    c('original_publisher_en', 'VARCHAR', '原始出版物发布者的英文名', 'Publisher of the original publication, in English'),
    c('original_title', 'VARCHAR', '原始出版物的标题(未能确定则为空)', 'Title of the original publication (empty where it cannot be identified)'),
    c('original_title_en', 'VARCHAR', '原始出版物标题的英文释义', 'English gloss of the original title'),
    c('original_date', 'VARCHAR', '原始出版物的发布日期(ISO 8601,可只有年或年月)', 'Date of the original publication (ISO 8601; year or year-month where that is all that is known)'),
    c('original_locator', 'VARCHAR', '数字在原始出版物中的位置(章节或表号)', 'Where in the original the figures are (section or table)'),
    c('original_note', 'VARCHAR', '无法确定原始出版物时的说明', 'Why the original cannot be identified, where it cannot'),
  ],
  labels: [
    c('domain', 'VARCHAR', '代码所属词表', 'Vocabulary the code belongs to'),
    c('code', 'VARCHAR', '代码', 'Code'),
    c('zh', 'VARCHAR', '中文名称', 'Chinese label'),
    c('en', 'VARCHAR', '英文名称', 'English label'),
    c('sort', 'INTEGER', '显示顺序', 'Display order'),
  ],
  rejections: [
    c('raw_file', 'VARCHAR', '原始文件', 'Raw file'),
    c('raw_row', 'INTEGER', '行号(表头为第1行)', 'Line (header = 1)'),
    c('column', 'VARCHAR', '列', 'Column'),
    c('value', 'VARCHAR', '单元格内容', 'Cell content'),
    c('reason', 'VARCHAR', '拒收原因', 'Reason for rejection'),
    c('suggestion', 'VARCHAR', '修改建议(如最接近的已知标签)', 'Suggestion (e.g. nearest known labels)'),
  ],
  report_figures: [
    c('figure_id', 'VARCHAR', '数字的稳定编号(报告文件@数字在文中的起始位置)', 'Stable figure id (report file@offset of the number in the text)'),
    c('raw_file', 'VARCHAR', 'data/raw中的报告文件', 'Report file in data/raw'),
    c('source_id', 'VARCHAR', '来源编号(见sources表)', 'Source id (see the sources table)'),
    c('document', 'VARCHAR', '文件中的篇目(如“第一篇”;只有一篇时为空)', 'Document inside the file as its heading names it (e.g. 第一篇; empty for a single document)'),
    c('place', 'VARCHAR', '数字所属地方(按原文;隐去的地名保持隐去)', 'Place the figure is about, as printed (masked places stay masked)'),
    c('place_code', 'VARCHAR', '地方的GB/T 2260代码(已知时)', 'GB/T 2260 code of the place, where known'),
    c('year', 'VARCHAR', '年份(按原文,如2012或2017-2020)', 'Year as printed (e.g. 2012 or 2017-2020)'),
    c('year_flag', 'VARCHAR', '年份判断:ok正常、missing未注明、implausible不合理', 'Year: ok, missing (not printed), implausible (e.g. 2024-2024, or contradicting the text)'),
    c('char_start', 'INTEGER', '数字在解码后文本中的起始位置(JavaScript字符串下标)', 'Offset of the number in the decoded text (JavaScript string index)'),
    c('char_end', 'INTEGER', '数字在解码后文本中的结束位置(不含)', 'End offset of the number in the decoded text (exclusive)'),
    c('text', 'VARCHAR', '原文所印数字', 'The number as printed'),
    c('value', 'DOUBLE', '数值(经复核更正的取更正值;区间取下限)', 'Value (the corrected value where a review corrected it; the lower end of a range)'),
    c('value_read', 'DOUBLE', '读取程序读出的数值', 'Value as the reader read it'),
    c('value_max', 'DOUBLE', '区间上限', 'Upper end of a range'),
    c('qualifier', 'VARCHAR', '约数或界限词(近、余、多、以上、至少、不少于等)', 'Approximating or bounding words (近, 余, 多, 以上, 至少, 不少于 …)'),
    c('unit', 'VARCHAR', '单位:persons人、person-times人次、percent百分比、yuan元、sessions期次等', 'Unit: persons, person-times, percent, yuan, sessions, …'),
    c('basis', 'VARCHAR', '计算基础(按原文,如每人每月)', 'What the figure is per, as printed (e.g. 每人每月)'),
    c('kind', 'VARCHAR', '类型:headcount人数、composition构成、trained培训、recruited招聘、introduced引进、target目标、exam考试评审、rate比率、money金额、other其他', 'Kind: headcount, composition, trained, recruited, introduced, target, exam, rate, money, other'),
    c('is_target', 'BOOLEAN', '是否为计划或目标', 'A plan or target rather than something done'),
    c('subject_zh', 'VARCHAR', '计数对象(原文用语)', 'What is counted, in the words of the text'),
    c('code', 'VARCHAR', '计数对象对应的词表代码', 'Vocabulary code of what is counted'),
    c('code_domain', 'VARCHAR', '代码所属词表:cadre、title、education、programme', 'Vocabulary of the code: cadre, title, education, programme'),
    c('group_id', 'VARCHAR', '所属构成或并列项的编号(同一报告内)', 'Composition or list the figure belongs to (within its report)'),
    c('group_role', 'VARCHAR', '在构成中的角色:total合计、part部分、item并列项', 'Role in it: total, part, item'),
    c('group_total', 'DOUBLE', '构成所印合计', 'Printed total of the composition'),
    c('group_sum', 'DOUBLE', '构成各部分之和', 'Sum of the parts of the composition'),
    c('discrepancy', 'BOOLEAN', '各部分之和与所印合计不符(两数均保留,不作更正)', 'The parts do not add up to the printed total (both kept, nothing corrected)'),
    c('repeat_of', 'VARCHAR', '同一段文字重复印出时,首次印出的数字编号', 'For a passage printed again: the figure id of its first printing'),
    c('quote', 'VARCHAR', '数字所在的原文分句', 'The clause the figure came from'),
    c('reviewed', 'BOOLEAN', '是否经人工复核(确认或更正)', 'Whether a person reviewed the figure (accepted or corrected it)'),
    c('review', 'VARCHAR', '复核结果:accept确认、correct更正', 'Review: accept or correct'),
    c('review_note', 'VARCHAR', '复核说明', 'Review note'),
  ],
};
