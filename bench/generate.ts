/**
 * A deterministic generator of a synthetic programme graph with the seed's schema and a realistic
 * shape: every provincial-level unit, cities, parks, their organizations, tens of thousands of
 * people at larger scales, yearly events with award lists, designations by batch. The same
 * `nodes` and `seed` give the same graph, byte for byte. Every record is marked synthetic.
 */
import { TIERS, type EntityLabel, type RelationshipType, type Tier } from '../src/vocabulary.js';

export const GENERATOR_VERSION = 2;
export const SYNTHETIC_SOURCE = 'source:synthetic';

export type Value = string | number | string[] | boolean[];

export interface NodeRecord {
  readonly label: EntityLabel;
  readonly props: Record<string, Value>;
}

export interface RelationshipRecord {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, Value>;
}

export interface SyntheticGraph {
  readonly nodes: NodeRecord[];
  readonly relationships: RelationshipRecord[];
  /** Ids the benchmark draws its variables from. */
  readonly samples: { people: string[]; regions: string[]; cities: string[]; provinces: string[]; surnames: string[] };
}

/** mulberry32: a small, fast, seedable PRNG, so a seed always gives the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES: [string, string][] = [
  ['Wang', '王'],
  ['Li', '李'],
  ['Zhang', '张'],
  ['Liu', '刘'],
  ['Chen', '陈'],
  ['Yang', '杨'],
  ['Zhao', '赵'],
  ['Huang', '黄'],
  ['Zhou', '周'],
  ['Wu', '吴'],
  ['Xu', '徐'],
  ['Sun', '孙'],
  ['Hu', '胡'],
  ['Zhu', '朱'],
  ['Gao', '高'],
  ['Lin', '林'],
];
const GIVEN: [string, string][] = [
  ['Wei', '伟'],
  ['Fang', '芳'],
  ['Min', '敏'],
  ['Jing', '静'],
  ['Qiang', '强'],
  ['Lei', '磊'],
  ['Jun', '军'],
  ['Yang', '洋'],
  ['Yong', '勇'],
  ['Yan', '艳'],
  ['Jie', '杰'],
  ['Tao', '涛'],
  ['Ming', '明'],
  ['Chao', '超'],
  ['Hua', '华'],
  ['Ping', '平'],
  ['Gang', '刚'],
  ['Hui', '辉'],
  ['Xin', '鑫'],
  ['Bin', '斌'],
];
const PROVINCIAL: [string, string, string][] = [
  ['Hebei', '河北', 'PROVINCE'],
  ['Shanxi', '山西', 'PROVINCE'],
  ['Liaoning', '辽宁', 'PROVINCE'],
  ['Jilin', '吉林', 'PROVINCE'],
  ['Heilongjiang', '黑龙江', 'PROVINCE'],
  ['Jiangsu', '江苏', 'PROVINCE'],
  ['Zhejiang', '浙江', 'PROVINCE'],
  ['Anhui', '安徽', 'PROVINCE'],
  ['Fujian', '福建', 'PROVINCE'],
  ['Jiangxi', '江西', 'PROVINCE'],
  ['Shandong', '山东', 'PROVINCE'],
  ['Henan', '河南', 'PROVINCE'],
  ['Hubei', '湖北', 'PROVINCE'],
  ['Hunan', '湖南', 'PROVINCE'],
  ['Guangdong', '广东', 'PROVINCE'],
  ['Hainan', '海南', 'PROVINCE'],
  ['Sichuan', '四川', 'PROVINCE'],
  ['Guizhou', '贵州', 'PROVINCE'],
  ['Yunnan', '云南', 'PROVINCE'],
  ['Shaanxi', '陕西', 'PROVINCE'],
  ['Gansu', '甘肃', 'PROVINCE'],
  ['Qinghai', '青海', 'PROVINCE'],
  ['Taiwan', '台湾', 'PROVINCE'],
  ['Inner Mongolia', '内蒙古', 'AUTONOMOUS_REGION'],
  ['Guangxi', '广西', 'AUTONOMOUS_REGION'],
  ['Tibet', '西藏', 'AUTONOMOUS_REGION'],
  ['Ningxia', '宁夏', 'AUTONOMOUS_REGION'],
  ['Xinjiang', '新疆', 'AUTONOMOUS_REGION'],
  ['Beijing', '北京', 'MUNICIPALITY'],
  ['Tianjin', '天津', 'MUNICIPALITY'],
  ['Shanghai', '上海', 'MUNICIPALITY'],
  ['Chongqing', '重庆', 'MUNICIPALITY'],
  ['Hong Kong', '香港', 'SPECIAL_ADMINISTRATIVE_REGION'],
  ['Macao', '澳门', 'SPECIAL_ADMINISTRATIVE_REGION'],
  ['Xinjiang Production and Construction Corps', '新疆生产建设兵团', 'PRODUCTION_CORPS'],
];
/** The tiers of cities and parks, from the vocabulary. */
const DESIGNATION_TIERS = (Object.keys(TIERS) as Tier[]).filter((tier) => ['CITY', 'PARK'].includes(TIERS[tier].level));
const YEARS = Array.from({ length: 25 }, (_, index) => 2001 + index);

/** Generates a graph of about `nodes` entities. */
export function generate(nodes: number, seed = 42): SyntheticGraph {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out: SyntheticGraph = {
    nodes: [],
    relationships: [],
    samples: { people: [], regions: [], cities: [], provinces: [], surnames: SURNAMES.map(([en]) => en) },
  };
  const node = (label: EntityLabel, id: string, nameEn: string, nameZh: string, extra: Record<string, Value> = {}): string => {
    out.nodes.push({ label, props: { id, nameEn, nameZh, aliases: [], searchText: '', layer: 'SYNTHETIC', ...extra } });
    return id;
  };
  const rel = (type: RelationshipType, from: string, to: string, extra: Record<string, Value> = {}): void => {
    const id = `rel:${type.toLowerCase()}:${from}:${to}:${out.relationships.length}`;
    out.relationships.push({
      type,
      from,
      to,
      props: {
        id,
        layer: 'SYNTHETIC',
        citeSources: [SYNTHETIC_SOURCE],
        citeQuotes: [''],
        citeFields: [''],
        citeNotes: [''],
        citeUnquoted: [''],
        citeChecked: [false],
        citeLayers: ['SYNTHETIC'],
        ...extra,
      },
    });
  };

  const programme = node('Programme', 'programme:synthetic', 'Synthetic IP pilot and demonstration programme', '合成知识产权试点示范工作');
  const sipo = node('Organization', 'org:synthetic-sipo', 'Synthetic national IP office', '合成国家知识产权局', { kind: 'NATIONAL_AGENCY' });
  rel('RUN_BY', programme, sipo);
  const topics = Array.from({ length: 10 }, (_, index) => node('Topic', `topic:synthetic-${index}`, `Synthetic topic ${index}`, `合成主题${index}`));

  const provinces = PROVINCIAL.map(([en, zh, kind], index) => {
    const id = node('Region', `region:synthetic-p${index}`, en, zh, { kind });
    const admin = node('Organization', `org:synthetic-admin-p${index}`, `IP administration of ${en}`, `${zh}知识产权局`, { kind: 'IP_ADMINISTRATION' });
    rel('ADMINISTERS', admin, id);
    return { id, admin, en, zh };
  });
  out.samples.provinces.push(...provinces.map((province) => province.id));

  const cityCount = Math.max(100, Math.round(nodes * 0.02));
  const cities = Array.from({ length: cityCount }, (_, index) => {
    const province = pick(provinces);
    const id = node('Region', `region:synthetic-c${index}`, `${province.en} city ${index}`, `${province.zh}市${index}`, {
      kind: rand() < 0.8 ? 'PREFECTURE_LEVEL_CITY' : 'COUNTY_LEVEL_CITY',
    });
    rel('PART_OF', id, province.id);
    const admin = node(
      'Organization',
      `org:synthetic-admin-c${index}`,
      `IP administration of ${province.en} city ${index}`,
      `${province.zh}市${index}知识产权局`,
      { kind: 'IP_ADMINISTRATION' },
    );
    rel('ADMINISTERS', admin, id);
    return { id, admin };
  });
  out.samples.cities.push(...cities.map((city) => city.id));
  out.samples.regions.push(...out.samples.provinces, ...out.samples.cities);

  const parks = Array.from({ length: Math.round(nodes * 0.05) }, (_, index) => {
    const id = node('Park', `park:synthetic-${index}`, `Synthetic park ${index}`, `合成园区${index}`);
    const committee = node('Organization', `org:synthetic-committee-${index}`, `Administrative committee of park ${index}`, `园区${index}管委会`, {
      kind: 'PARK_COMMITTEE',
    });
    rel('ADMINISTERS', committee, id);
    return id;
  });

  const batches = YEARS.flatMap((year) =>
    DESIGNATION_TIERS.map((tier, index) => {
      const id = node('Batch', `batch:synthetic-${year}-${index}`, `${tier.toLowerCase().replace(/_/g, ' ')} batch ${year}`, `${year}年批次${index}`, {
        tier,
        number: 1,
        status: 'ANNOUNCED',
        year,
        size: 0,
      });
      rel('OF_PROGRAMME', id, programme);
      return { id, tier, year };
    }),
  );
  const designations = Math.round(nodes * 0.08);
  for (let index = 0; index < designations; index += 1) {
    const batch = pick(batches);
    const holder = TIERS[batch.tier].level === 'PARK' && parks.length > 0 ? pick(parks) : pick(cities).id;
    const id = node('Designation', `designation:synthetic-${index}`, `Designation ${index}`, `认定${index}`, {
      tier: batch.tier,
      status: 'ANNOUNCED',
      year: batch.year,
      announcedOn: `${batch.year}-0${1 + Math.floor(rand() * 9)}`,
    });
    rel('DESIGNATED_AS', holder, id);
    rel('IN_BATCH', id, batch.id);
  }

  const fixed = out.nodes.length;
  const eventCount = Math.min(YEARS.length * provinces.length, Math.max(50, Math.round(nodes * 0.05)));
  const people = Math.max(100, nodes - fixed - eventCount * 5);
  const organizations = [sipo, ...provinces.map((province) => province.admin), ...cities.map((city) => city.admin)];
  for (let index = 0; index < people; index += 1) {
    const [surEn, surZh] = pick(SURNAMES);
    const [givenEn, givenZh] = pick(GIVEN);
    const id = node('Person', `person:synthetic-${index}`, `${surEn} ${givenEn}`, `${surZh}${givenZh}`);
    out.samples.people.push(id);
    rel('HOLDS_POST', id, pick(organizations), { title: pick(['Director', 'Deputy Director', 'Commissioner', 'Officer']) });
  }
  for (let index = 0; index < eventCount; index += 1) {
    const year = YEARS[index % YEARS.length] as number;
    const city = pick(cities).id;
    const event = node('Event', `event:synthetic-${index}`, `Working conference ${year} no. ${index}`, `${year}年工作会议${index}`, {
      kind: 'CONFERENCE',
      startDate: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    });
    rel('HELD_IN', event, city);
    rel('OF_PROGRAMME', event, programme);
    for (const kind of ['ADVANCED_COLLECTIVE', 'ADVANCED_INDIVIDUAL']) {
      const award = node('Award', `award:synthetic-${index}-${kind.toLowerCase()}`, `${kind.toLowerCase().replace('_', ' ')} ${year}`, `${year}年先进`, {
        kind,
        recipientCount: 10 + Math.floor(rand() * 80),
      });
      rel('AWARDED_AT', award, event);
      rel('PRESENTED', pick(out.samples.people), award);
    }
    const statement = node('Statement', `statement:synthetic-${index}`, `Statement at conference ${index}`, `会议${index}讲话`, { kind: 'REQUIREMENT' });
    const speaker = pick(out.samples.people);
    rel('SPOKE_AT', speaker, event, { role: 'Delivered the work report' });
    rel('STATED', speaker, statement);
    rel('MADE_AT', statement, event);
    rel('CONCERNS', statement, pick(topics));
    const delegation = node('Delegation', `delegation:synthetic-${index}`, `Delegation to conference ${index}`, `代表团${index}`, {
      kind: 'PROVINCIAL_IP_ADMINISTRATIONS',
    });
    rel('ATTENDED', delegation, event);
    // Each conference is attended by a few dozen people: the graph's densest hubs.
    for (let seat = 0; seat < 30; seat += 1) rel('ATTENDED', pick(out.samples.people), event);
  }
  return out;
}
