/**
 * The words the reader recognises in simplified Chinese (traditional text is simplified by the view first): what a
 * clause is about (training, recruitment, exams …), plans and targets, what is not the health workforce, and the
 * words that date a document. Patterns only; vocabulary codes come from data/vocab.
 */
import type { FigureKind } from './types.ts';

/**
 * Characters before a qualifier word (src/lib/qualifiers.ts) that make another word of it (履约, 签约, 附近, 最近,
 * 赶超, 提高达): such a 约, 近, 超 or 高达 is not a qualifier of the number after it, and stays in the subject.
 */
const WORD_BEFORE_QUALIFIER: Readonly<Record<string, string>> = {
  约: '履签预合条公契节相邀特简婉隐盟违解毁践守制之', 近: '附最亲就邻靠临远新逼贴', 超: '赶高', 高达: '提升增抬',
};

/** The characters before a qualifier word that make it part of another word ('' for none); 约为 takes 约's. */
export const wordBefore = (qualifier: string): string =>
  Object.entries(WORD_BEFORE_QUALIFIER).find(([w]) => qualifier.startsWith(w))?.[1] ?? '';

/** Verbs and nouns that say what was done to the people counted, by kind; checked nearest the number first. */
export const KIND_WORDS: [FigureKind, RegExp][] = [
  ['trained', /培训|进修|研修|轮训|培养|继续教育|继续医学教育|学习|规培|规范化培训|转岗|订单定向|定向培养|委托培养|委培|带教|师带徒|培训班|跟班|实训|深造|在培/g],
  ['recruited', /招聘|录用|招录|招收|招募|聘用(?!人员|职工|制)|聘请|考录|新进|吸纳|公开招考|接收|补充|履约|到岗/g],
  ['introduced', /引进|引才|回引|柔性引进|人才引进/g],
  // a qualification held (具有…资格者, 取得资格的) is no exam
  ['exam', /考试|考核|评审|参评|资格(?![的者])|通过率|合格证|职称评|晋升/g],
];

/** Clauses about secondments, aid, awards and contacts: counted people, but none of the kinds above. */
export const OTHER_WORDS = /挂职|下派|派驻|下沉|驻村|支援|评为|荣获|称号|流失|离职|辞职|退休|调出|对口|帮扶|奖励|表彰|获批|特贴|特殊津贴|入选|人选|沟通|联谊|服务团|下乡|义诊|慰问|入编|调配|空编|缺编/;

/** Nouns for staff: a figure of them with nothing said about it is a headcount. */
export const STAFF_NOUN = /(?:人员|职工|医生|医师|护士|护师|药师|技师|乡村医生|村医|卫技人员|研究生|博士|硕士|资格)$/;
/** A stock of staff (有医疗卫生人员762人, 在岗职工, 现有). */
export const HEADCOUNT_WORDS = /现有|共有|拥有|有|配备|在职|在岗|在编|总数|共计|合计|总计|职工|队伍|达到|达/;

/** Plans, targets and standards; a marker counts for the figures after it in its sentence. */
export const TARGET_MARKERS =
  /(?<![重主需只纲摘必想首紧])要(?![求点素闻害职件])|力争|争取|计划(?!生育|单列)|拟|预计|确保|目标|逐步|确定|(?<!\d{4}年?)到\d{4}年|(?<![截\d]|\d{4}年)至\d{4}年(?:底|末)|用[一二三四五六七八九十两\d]+年(?:时间|左右)|应当|应(?=[达有占配具不])|须|将(?=[要达实培招引新建完组开选扩增提])|每年(?:要|应|须)/g;
/** What was done, which ends a plan's reach within a sentence (计划培训100人，实际完成120人). */
export const DONE_MARKERS = /实际|已经|已|完成了|共完成|累计|截至|截止|去年|上年/g;
/** Headings of sections that set out plans (三、2013年人才工作思路; 三、主要任务), not headings that are actions (制定…计划). */
export const PLAN_HEADING = /(?:计划|思路|打算|设想|展望|安排|任务|目标)$|下一步|工作重点|重点工作/;
/** Headings of sections that describe what is (一、发展现状; 一、基本情况): standards there are facts, not targets. */
export const STATUS_HEADING = /现状|情况|成效|成绩|回顾|做法|进展|完成/;
export const ACTION_HEADING = /^(?:制定|制订|加强|完善|建立|实施|开展|推进|做好|落实|抓好|积极|大力|切实|进一步|坚持|深化|提高|强化|健全|加快|优化|注重|着力|突出|创新|规范|严格)/;
/** Documents that set rules (意见, 办法, 规划 …), where a share of staff states a standard. */
export const POLICY_TITLE = /意见|办法|规划|计划|方案|标准|纲要|规定|通知|细则/;
/** A share of a staff group (本科学历人员占75%, 占总人数的75%-80%). */
export const SHARE_WORDS = /占/;

/** Words that make a percentage, a sum of money or a ratio a workforce figure. */
export const WORKFORCE_WORDS =
  /人员|人才|医师|医生|护士|护理|药师|技师|职称|学历|本科|大专|中专|研究生|硕士|博士|培训|进修|考核|考试|合格|执业|卫技|技术人员|乡村医生|全科|编制|岗位|学费|补助|补贴|津贴|薪|工资|奖励|安家|专家|骨干|带头人|队伍|职工|医务|院长|医学生|毕业生|招聘|引进|人力|医护比|床护比/;
/** Money that pays people: subsidies, salaries, training and talent funds. */
export const MONEY_WORDS = /补贴|补助|津贴|奖励|奖金|工资|薪|收入|安家|经费|资金|学费|培训费|费用|启动|资助|待遇|绩效|生活费/;
/** Statistics of patients, the public, hospitals' business and firms: not the health workforce. */
export const NOT_WORKFORCE =
  /患者|病人|病例|门诊|急诊|住院(?!医师|医生)|诊疗|就诊|接诊|群众|居民|(?<!每[千万](?:常住|户籍|服务)?)人口|农民|村民|(?<![医卫大])学生|儿童|孕产妇|产妇|新生儿|老人|老年人|教师|游客|贫困|家庭(?!医生)|残疾|受益|惠及|手术(?!室)|医疗费|药费|(?<!(?:人员|职工|个人|医生|护士|村医|乡医)[年月]?|人均|月均|年均)收入|营收|利润|产值|投资|基建|基础设施|工程建设|购置|注册资本|入股|税收|GDP|床位|病床|问诊|台次|出院|入院/;
/** Sessions (期, 场) are figures only about training and exams. */
export const TRAINING_CONTEXT = /培训|班|讲座|学习|研修|进修|考试|招聘|竞赛|比武/;
/** Projects (项) are figures only about training and talent: not research grants or new techniques. */
export const PROGRAMME_CONTEXT = /继续(?:医学)?教育|培训|培养|进修|研修|人才|教学|课程|师承|带教/;
/** Projects that are research or clinical techniques, whoever carries them out. */
export const NOT_PROGRAMME = /新技术|新业务|新项目|科研|课题|基金|专利|论文|成果/;
/** A share, rate or change of the people just counted (…71人，占29.6%; 通过71人，通过率60.2%; 增加612人，增长5.2%). */
export const SHARE_OF_COUNT = /^(?:分别|其中|仅|只|约)?占|率|比例|占比|^(?:同比|比上年|较上年|年均)?(?:增长|增加|下降|减少|提高|降低|上升)了?$/;
/** Ratios are figures only where the clause says so. */
export const RATIO_CONTEXT = /比|按|配备/;
/** An average named right before a number (低于全省平均水平（2.9人）): compared with the figure before it, in its unit. */
export const AVERAGE_BEFORE = /(?:平均水平|平均值|平均数|均值|平均)[(（]?$/;
/** Per-population rates: 每千人口 …, 每万常住人口 …, 每万名居民 …, 每千人 … (not 每万人次 or 每千人员). */
export const PER_POPULATION = /每(千|万)名?(?:常住|户籍|服务|城乡)?(?:人口|居民|人(?![员次才]))/;
/** A level named by the breakdown it belongs to, when the vocabulary lacks it (研究生学历37人, 中级职称). */
export const BREAKDOWN_SUFFIX: ['education' | 'title', RegExp][] = [['education', /(?:学历|学位)$/], ['title', /职称$/]];
/** The last printed category of a complete make-up (无职称, 中专及以下, 其他, 编外 beside 在编). */
export const RESIDUAL = /无职称|编外|未定级|未评聘|未评定|未聘|待聘|其他|其它|其余|及以下|以下|以外|未取得/;
/** A period too vague to date a figure (近年来, 三年来). */
export const VAGUE_PERIOD = /近年|近几年|多年来|历年|近[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年来|以来/;

/**
 * Words that date a document: [pattern, earliest year, latest year the document can have been written]. Party
 * congresses bound a text that takes one as its guide; five-year plans and ministries' names bound it loosely.
 */
export const ERA_HINTS: [RegExp, number, number | null][] = [
  [/十五大/, 1997, 2003], [/十六大|十六届/, 2002, 2008], [/十七大|十七届/, 2007, 2013], [/十八大|十八届/, 2012, 2018],
  [/十九大|十九届/, 2017, 2023], [/二十大|二十届/, 2022, null],
  [/十一五/, 2005, 2013], [/十二五/, 2010, 2018], [/十三五/, 2015, 2023], [/十四五/, 2020, null], [/十五五/, 2025, null],
  [/卫生部(?!门)/, 1949, 2013], [/人事部/, 1988, 2008], [/卫生计生委|卫计委|卫生和计划生育委员会/, 2013, 2018],
  [/卫生健康委|卫健委|卫生健康局/, 2018, null], [/人力资源社会保障|人社部|人社局|人社厅/, 2008, null],
  [/新冠|新型冠状病毒/, 2020, null], [/健康中国/, 2016, null], [/乡村振兴/, 2017, null], [/新时代/, 2017, null],
];

/** List numbering and headings at the start of a line (一、 （一） 1、 (1)). */
export const HEADING_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[、.．]|[(（]\d+[)）]|附(?:表|件|录)[\d一二三四五六七八九十]*[:：\s]?)/;

/** Markers that start a new document inside one file (第一篇：…, 篇二, 范文三). */
export const DOCUMENT_MARKER = /^[ \t]*(第[一二三四五六七八九十百\d]+篇|【?篇[一二三四五六七八九十\d]+】?|范文[一二三四五六七八九十\d]+)[:：\s]*/;
