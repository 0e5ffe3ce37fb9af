import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Projected, PageInfoRecord } from '../graph/records.js';
import type { ChangeRecord } from '../cypher/curation.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A JSON object: the kind-specific properties of an entity or relationship, by their names in the graph. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An ISO 8601 date at the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  PartialDate: { input: string; output: string; }
};

/** An organization administers a region or a park. */
export type Administers = Relationship & {
  __typename?: 'Administers';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A person or a delegation attended an event. */
export type Attended = Relationship & {
  __typename?: 'Attended';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** One change to the graph, who made it and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation: createEntity, updateEntity, deleteEntity, createRelationship, deleteRelationship, attachSource. */
  action: Scalars['String']['output'];
  /** The name of the token that made it. */
  actor: Scalars['String']['output'];
  /** The record after the change, as JSON (null when it was deleted). */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date-time of the change. */
  at: Scalars['String']['output'];
  /** The record before the change, as JSON (null when it did not exist). */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mutation's input, as JSON. */
  input: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** An award given at an event, e.g. to the advanced collectives. */
export type Award = Node & {
  __typename?: 'Award';
  aliases: Array<Scalars['String']['output']>;
  events: EventConnection;
  /** What was handed out, e.g. plaques and certificates. */
  form?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AwardKind;
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  presenters: PersonConnection;
  recipientCount: Scalars['Int']['output'];
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** An award given at an event, e.g. to the advanced collectives. */
export type AwardEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** An award given at an event, e.g. to the advanced collectives. */
export type AwardPresentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  where?: InputMaybe<PersonWhere>;
};

export type AwardConnection = {
  __typename?: 'AwardConnection';
  edges: Array<AwardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AwardEdge = {
  __typename?: 'AwardEdge';
  cursor: Scalars['String']['output'];
  node: Award;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of award. */
export type AwardKind =
  /** Advanced collectives. */
  | 'ADVANCED_COLLECTIVE'
  /** Advanced individuals. */
  | 'ADVANCED_INDIVIDUAL';

export type AwardOrder = {
  direction?: SortDirection;
  field: AwardSortField;
};

export type AwardSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'RECIPIENT_COUNT';

export type AwardWhere = {
  NOT?: InputMaybe<AwardWhere>;
  OR?: InputMaybe<Array<AwardWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<AwardKind>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An award was given at an event. */
export type AwardedAt = Relationship & {
  __typename?: 'AwardedAt';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A batch of designations announced together. */
export type Batch = Node & {
  __typename?: 'Batch';
  aliases: Array<Scalars['String']['output']>;
  /** When it was announced or published. */
  announcedOn?: Maybe<Scalars['PartialDate']['output']>;
  approvedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** The designations of this batch the graph holds (a subset of size). */
  designations: DesignationConnection;
  grantedBy: OrganizationConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The number of the notice, as written: 国知发运字〔2022〕33号. */
  noticeNumber?: Maybe<Scalars['String']['output']>;
  /** The batch's ordinal as its sources number it: 首批 is 1. */
  number?: Maybe<Scalars['Int']['output']>;
  programmes: ProgrammeConnection;
  /** The first day of publication for comment (公示). */
  publicizedFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** The last day of publication for comment. */
  publicizedTo?: Maybe<Scalars['PartialDate']['output']>;
  /** When the notice was signed. */
  signedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** How many places the list holds, as its source states; compare designations.totalCount: "12 of 38 named". */
  size?: Maybe<Scalars['Int']['output']>;
  sources: Array<Citation>;
  status?: Maybe<DesignationStatus>;
  termYears?: Maybe<Scalars['Int']['output']>;
  tier: DesignationTier;
  unverified?: Maybe<Scalars['Boolean']['output']>;
  /** The first month or day of its term. */
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** The last month or day of its term. */
  validTo?: Maybe<Scalars['PartialDate']['output']>;
  /** The year of the decision. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A batch of designations announced together. */
export type BatchDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/** A batch of designations announced together. */
export type BatchGrantedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A batch of designations announced together. */
export type BatchProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};

export type BatchConnection = {
  __typename?: 'BatchConnection';
  edges: Array<BatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A published list: the size its source states, and how many of its places the graph names. */
export type BatchCoverage = {
  __typename?: 'BatchCoverage';
  batch: Batch;
  /** The designations of the list the graph holds: "named of size". */
  named: Scalars['Int']['output'];
  /** The size the list's source states; null where none does. */
  size?: Maybe<Scalars['Int']['output']>;
};

export type BatchEdge = {
  __typename?: 'BatchEdge';
  cursor: Scalars['String']['output'];
  node: Batch;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type BatchOrder = {
  direction?: SortDirection;
  field: BatchSortField;
};

export type BatchSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'NUMBER'
  | 'TIER'
  | 'YEAR';

export type BatchWhere = {
  NOT?: InputMaybe<BatchWhere>;
  OR?: InputMaybe<Array<BatchWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<DesignationTier>;
  tier_in?: InputMaybe<Array<DesignationTier>>;
  year?: InputMaybe<Scalars['Int']['input']>;
  year_gte?: InputMaybe<Scalars['Int']['input']>;
  year_lte?: InputMaybe<Scalars['Int']['input']>;
};

/** What a mutation changed, and where the audit trail records it. */
export type Change = {
  __typename?: 'Change';
  auditId: Scalars['ID']['output'];
  /** The id of the entity or relationship created, changed or deleted. */
  id: Scalars['ID']['output'];
};

/** One source backing one fact. */
export type Citation = {
  __typename?: 'Citation';
  /** True when the quote was found in the text the project holds; false for a page the project does not hold. */
  checked: Scalars['Boolean']['output'];
  /** The properties this citation backs; null means the whole fact. */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  /** Who added the citation: the seed, an import or an editor. */
  layer: Layer;
  note?: Maybe<Scalars['String']['output']>;
  /** The exact words of the source, in its own language, as written there. */
  quote?: Maybe<Scalars['String']['output']>;
  source: Source;
  /** Why a citation of a web page the project does not hold gives no quote. */
  unquoted?: Maybe<Scalars['String']['output']>;
};

/** A citation: an existing source and the exact words of it that back the fact. */
export type CitationInput = {
  /** The properties this citation backs; absent means the whole record. */
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The exact words of the source; checked against the document when the project holds it. */
  quote: Scalars['String']['input'];
  /** A source's id, e.g. `source:sipo-2008-work-conference`. */
  source: Scalars['ID']['input'];
};

/** A statement concerns a topic or a region. */
export type Concerns = Relationship & {
  __typename?: 'Concerns';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** Two published figures the sources do not reconcile. */
export type ConflictsWith = Relationship & {
  __typename?: 'ConflictsWith';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  /** Why they cannot be reconciled. */
  note: Scalars['String']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/**
 * A new entity. `properties` holds the fields of its kind other than the names, e.g. a Region's
 * `kind`, an Event's `startDate`; they are validated exactly as the seed's are.
 */
export type CreateEntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The new id, of the form `prefix:slug` for its kind (e.g. `person:wang-wei`). */
  id: Scalars['ID']['input'];
  kind: NodeKind;
  nameEn: Scalars['String']['input'];
  nameZh?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  sources: Array<CitationInput>;
};

/** A new relationship of one of the graph's types between two existing entities. */
export type CreateRelationshipInput = {
  from: Scalars['ID']['input'];
  /** A distinguishing key when the same type already links the same two entities. */
  key?: InputMaybe<Scalars['String']['input']>;
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  sources: Array<CitationInput>;
  to: Scalars['ID']['input'];
  /** The Neo4j relationship type, e.g. HOLDS_POST. */
  type: Scalars['String']['input'];
};

/** A group of attendees of one kind, as the sources describe them. */
export type Delegation = Node & {
  __typename?: 'Delegation';
  aliases: Array<Scalars['String']['output']>;
  attended: EventConnection;
  id: Scalars['ID']['output'];
  kind: DelegationKind;
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  represents: OrganizationConnection;
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** A group of attendees of one kind, as the sources describe them. */
export type DelegationAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** A group of attendees of one kind, as the sources describe them. */
export type DelegationRepresentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};

export type DelegationConnection = {
  __typename?: 'DelegationConnection';
  edges: Array<DelegationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DelegationEdge = {
  __typename?: 'DelegationEdge';
  cursor: Scalars['String']['output'];
  node: Delegation;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of delegation. */
export type DelegationKind =
  /** The IP administrations of the demonstration cities. */
  | 'DEMONSTRATION_CITY_IP_ADMINISTRATIONS'
  /** The administrative committees of the demonstration parks. */
  | 'DEMONSTRATION_PARK_COMMITTEES'
  /** The IP administrations of the provincial-level units. */
  | 'PROVINCIAL_IP_ADMINISTRATIONS'
  /** The IP administration of the XPCC. */
  | 'XPCC_IP_ADMINISTRATION';

export type DelegationOrder = {
  direction?: SortDirection;
  field: DelegationSortField;
};

export type DelegationSortField =
  | 'ID'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH';

export type DelegationWhere = {
  NOT?: InputMaybe<DelegationWhere>;
  OR?: InputMaybe<Array<DelegationWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<DelegationKind>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A region or park holds a programme designation. */
export type DesignatedAs = Relationship & {
  __typename?: 'DesignatedAs';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A city or park designated in a tier of the programme. */
export type Designation = Node & {
  __typename?: 'Designation';
  aliases: Array<Scalars['String']['output']>;
  /** When it was announced or published. */
  announcedOn?: Maybe<Scalars['PartialDate']['output']>;
  approvedOn?: Maybe<Scalars['PartialDate']['output']>;
  batches: BatchConnection;
  /** A category the source gives (地理标志类, 副省级). */
  category?: Maybe<Scalars['String']['output']>;
  /** What an analyst must know before counting it. */
  caveat?: Maybe<Scalars['String']['output']>;
  /** When SIPO checked it on site. */
  checkedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** True when the source names the place only as the first of a list (确定X等38个…). */
  firstNamed?: Maybe<Scalars['Boolean']['output']>;
  grantedBy: OrganizationConnection;
  /** The region or park that holds it. */
  holders: NodeConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  /** The place as the source writes it (江苏省昆山市, 長沙市, Zhuhai). */
  nameAsListed?: Maybe<Scalars['String']['output']>;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The number of the notice, as written: 国知发运字〔2022〕33号. */
  noticeNumber?: Maybe<Scalars['String']['output']>;
  programmes: ProgrammeConnection;
  /** The first day of publication for comment (公示). */
  publicizedFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** The last day of publication for comment. */
  publicizedTo?: Maybe<Scalars['PartialDate']['output']>;
  /** When the notice was signed. */
  signedOn?: Maybe<Scalars['PartialDate']['output']>;
  sources: Array<Citation>;
  status?: Maybe<DesignationStatus>;
  termYears?: Maybe<Scalars['Int']['output']>;
  tier: DesignationTier;
  unverified?: Maybe<Scalars['Boolean']['output']>;
  /** The first month or day of its term. */
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** The last month or day of its term. */
  validTo?: Maybe<Scalars['PartialDate']['output']>;
  /** The year of the decision. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A city or park designated in a tier of the programme. */
export type DesignationBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BatchOrder>>;
  where?: InputMaybe<BatchWhere>;
};


/** A city or park designated in a tier of the programme. */
export type DesignationGrantedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A city or park designated in a tier of the programme. */
export type DesignationHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NodeOrder>>;
  where?: InputMaybe<NodeWhere>;
};


/** A city or park designated in a tier of the programme. */
export type DesignationProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};

export type DesignationConnection = {
  __typename?: 'DesignationConnection';
  edges: Array<DesignationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DesignationEdge = {
  __typename?: 'DesignationEdge';
  cursor: Scalars['String']['output'];
  node: Designation;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type DesignationOrder = {
  direction?: SortDirection;
  field: DesignationSortField;
};

export type DesignationSortField =
  | 'ANNOUNCED_ON'
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'TIER'
  | 'YEAR';

/** How far a designation had gone when its source was written. */
export type DesignationStatus =
  /** Announced, with no word of publication for comment or approval. */
  | 'ANNOUNCED'
  /** Decided: approved, confirmed or named. */
  | 'APPROVED'
  /** Published for comment (公示) before the decision. */
  | 'PUBLICIZED_FOR_COMMENT';

/** The tiers of the programme and of its related programmes. */
export type DesignationTier =
  /** 国家知识产权强县工程县 (F): The first group of counties in the project. */
  | 'IPR_STRONG_COUNTY_PROJECT_COUNTY'
  /** 国家知识产权强县工程示范县(区) (F): From 2013 to 2019. */
  | 'IPR_STRONG_COUNTY_PROJECT_DEMONSTRATION'
  /** 国家知识产权强县工程试点县(区) (F): From 2008 to 2019. */
  | 'IPR_STRONG_COUNTY_PROJECT_PILOT'
  /** 国家知识产权强市创建市 (C): The first batch of 2017. */
  | 'IP_POWERFUL_CITY_CREATION'
  /** 国家知识产权强市建设示范城市 (D): From 2022. */
  | 'IP_POWERFUL_CITY_DEMONSTRATION'
  /** 国家知识产权强市建设示范市创建对象 (H): An object of creation for 2025–2027, not a formal designation; listed for context. */
  | 'IP_POWERFUL_CITY_DEMONSTRATION_CREATION_OBJECT'
  /** 国家知识产权强市建设试点城市 (D): From 2022. */
  | 'IP_POWERFUL_CITY_PILOT'
  /** 国家知识产权强市建设试点示范城市 (D): The source does not say whether pilot or demonstration. */
  | 'IP_POWERFUL_CITY_PILOT_OR_DEMONSTRATION'
  /** 国家级知识产权强国建设示范园区 (G): From 2022. */
  | 'IP_POWERFUL_COUNTRY_DEMONSTRATION_PARK'
  /** 国家级知识产权强国建设试点园区 (G): From 2022. */
  | 'IP_POWERFUL_COUNTRY_PILOT_PARK'
  /** 国家知识产权强县建设示范县 (E): From 2022. */
  | 'IP_POWERFUL_COUNTY_DEMONSTRATION'
  /** 国家知识产权强县建设试点县 (E): From 2022. */
  | 'IP_POWERFUL_COUNTY_PILOT'
  /** 国家知识产权强县建设试点示范县 (E): The source does not say whether pilot or demonstration. */
  | 'IP_POWERFUL_COUNTY_PILOT_OR_DEMONSTRATION'
  /** 国家知识产权保护示范区建设城市(地区) (H): A related programme (2023, 2024), listed for context. */
  | 'IP_PROTECTION_DEMONSTRATION_ZONE'
  /** 国家知识产权示范城市 (A): From 2012 to 2016, in four batches. */
  | 'NATIONAL_IP_DEMONSTRATION_CITY'
  /** 国家知识产权示范园区 (G): In batches from 2013. */
  | 'NATIONAL_IP_DEMONSTRATION_PARK'
  /** 国家知识产权试点城市 (B): A city piloting IP work. */
  | 'NATIONAL_IP_PILOT_CITY'
  /** 国家知识产权试点园区 (G): Since 2001. */
  | 'NATIONAL_IP_PILOT_PARK'
  /** 国家知识产权工作示范城市 (A0): Before 2012: approved after a creation period and an on-site check, for three years. */
  | 'NATIONAL_IP_WORK_DEMONSTRATION_CITY';

export type DesignationWhere = {
  NOT?: InputMaybe<DesignationWhere>;
  OR?: InputMaybe<Array<DesignationWhere>>;
  /** HAS a batch matching this filter. */
  batches?: InputMaybe<BatchWhere>;
  firstNamed?: InputMaybe<Scalars['Boolean']['input']>;
  /** HAS a holder matching this filter. */
  holders?: InputMaybe<NodeWhere>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DesignationStatus>;
  tier?: InputMaybe<DesignationTier>;
  tier_in?: InputMaybe<Array<DesignationTier>>;
  year?: InputMaybe<Scalars['Int']['input']>;
  year_gte?: InputMaybe<Scalars['Int']['input']>;
  year_lte?: InputMaybe<Scalars['Int']['input']>;
};

/** A conference, forum or ceremony of the programme. */
export type Event = Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  /** The lower bound of the attendance the source gives. */
  attendanceMin?: Maybe<Scalars['Int']['output']>;
  /** Attendance as the source words it. */
  attendanceNote?: Maybe<Scalars['String']['output']>;
  /** People and delegations that attended. */
  attendees: NodeConnection;
  awards: AwardConnection;
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  heldIn: RegionConnection;
  id: Scalars['ID']['output'];
  kind: EventKind;
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  programmes: ProgrammeConnection;
  session?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  /** Speakers, with their roles on the relationship. */
  speakers: PersonConnection;
  startDate: Scalars['PartialDate']['output'];
  statements: StatementConnection;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** A conference, forum or ceremony of the programme. */
export type EventAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NodeOrder>>;
  where?: InputMaybe<NodeWhere>;
};


/** A conference, forum or ceremony of the programme. */
export type EventAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AwardOrder>>;
  where?: InputMaybe<AwardWhere>;
};


/** A conference, forum or ceremony of the programme. */
export type EventHeldInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


/** A conference, forum or ceremony of the programme. */
export type EventProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};


/** A conference, forum or ceremony of the programme. */
export type EventSpeakersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  where?: InputMaybe<PersonWhere>;
};


/** A conference, forum or ceremony of the programme. */
export type EventStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
  where?: InputMaybe<StatementWhere>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of event. */
export type EventKind =
  /** A ceremony. */
  | 'CEREMONY'
  /** A conference. */
  | 'CONFERENCE'
  /** A forum. */
  | 'FORUM';

export type EventOrder = {
  direction?: SortDirection;
  field: EventSortField;
};

export type EventSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'START_DATE';

export type EventWhere = {
  NOT?: InputMaybe<EventWhere>;
  OR?: InputMaybe<Array<EventWhere>>;
  /** HAS a place matching this filter. */
  heldIn?: InputMaybe<RegionWhere>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<EventKind>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  startDate_gte?: InputMaybe<Scalars['PartialDate']['input']>;
  startDate_lte?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** What a published figure counts. */
export type FigureCategory =
  /** Demonstration-creation cities (示范城市创建市). */
  | 'DEMONSTRATION_CREATION_CITY'
  /** Demonstration-creation enterprises. */
  | 'DEMONSTRATION_CREATION_ENTERPRISE'
  /** Demonstration-creation parks. */
  | 'DEMONSTRATION_CREATION_PARK'
  /** Demonstration parks. */
  | 'DEMONSTRATION_PARK'
  /** Pilot and demonstration cities together. */
  | 'PILOT_AND_DEMONSTRATION_CITY'
  /** Pilot cities. */
  | 'PILOT_CITY'
  /** Pilot enterprises. */
  | 'PILOT_ENTERPRISE'
  /** Pilot parks. */
  | 'PILOT_PARK'
  /** Counties in the national IPR strong county project. */
  | 'STRONG_COUNTY_PROJECT_COUNTY'
  /** Cities that started creating a national IP work demonstration city. */
  | 'WORK_DEMONSTRATION_CITY_CREATION';

/** A designation or batch was granted by an organization. */
export type GrantedBy = Relationship & {
  __typename?: 'GrantedBy';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** An event took place in a region. */
export type HeldIn = Relationship & {
  __typename?: 'HeldIn';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A person holds a post in an organization. */
export type HoldsPost = Relationship & {
  __typename?: 'HoldsPost';
  /** When a source attests the post (the earliest such date). */
  asOf?: Maybe<Scalars['PartialDate']['output']>;
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  /** The post, in English. */
  title: Scalars['String']['output'];
  /** The post, in Chinese. */
  titleZh?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  validTo?: Maybe<Scalars['PartialDate']['output']>;
};

/** A designation was made in a batch. */
export type InBatch = Relationship & {
  __typename?: 'InBatch';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: NodeKind;
};

/** How a fact entered the graph. */
export type Layer =
  /** Written by an editor through the curation API. */
  | 'CURATION'
  /** Written by `npm run import`. */
  | 'IMPORT'
  /** Loaded from seed/ at start-up. */
  | 'SEED'
  /** Generated for benchmarks. */
  | 'SYNTHETIC';

/** A park lies in a region. */
export type LocatedIn = Relationship & {
  __typename?: 'LocatedIn';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A statement was made at an event. */
export type MadeAt = Relationship & {
  __typename?: 'MadeAt';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a citation to an entity or a relationship. */
  attachSource: Change;
  createEntity: Change;
  createRelationship: Change;
  /** Deletes an entity and its relationships; `reason` goes to the audit trail. */
  deleteEntity: Change;
  deleteRelationship: Change;
  updateEntity: Change;
};


export type MutationAttachSourceArgs = {
  citation: CitationInput;
  targetId: Scalars['ID']['input'];
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateRelationshipArgs = {
  input: CreateRelationshipInput;
};


export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteRelationshipArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateEntityArgs = {
  input: UpdateEntityInput;
};

/** Every entity of the graph. Ids are stable and global, of the form `kind:name` (e.g. `person:zhang-qin`). */
export type Node = {
  /** Other names in either language, traditional Chinese forms among them. */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How the fact entered the graph: the seed, an import or an editor. */
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that back this entity, each with its exact quote where the source is a document. */
  sources: Array<Citation>;
  /** True for a fact that no public source backs yet; its note says what is missing. */
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** Entities of several kinds reached along one relationship type. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  edges: Array<NodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NodeEdge = {
  __typename?: 'NodeEdge';
  cursor: Scalars['String']['output'];
  node: Node;
  /** The relationship walked to reach this node. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of entity, one per node type. */
export type NodeKind =
  /** An award given at an event. */
  | 'AWARD'
  /** One published list of a tier. */
  | 'BATCH'
  /** A group of attendees of one kind. */
  | 'DELEGATION'
  /** A place named in a tier of the programme. */
  | 'DESIGNATION'
  /** A conference, forum or ceremony. */
  | 'EVENT'
  /** An agency, government, IP administration or park committee. */
  | 'ORGANIZATION'
  /** An industrial park in the programme. */
  | 'PARK'
  /** An official named by the sources. */
  | 'PERSON'
  /** A national programme: the IP pilot and demonstration programme, or a related one. */
  | 'PROGRAMME'
  /** A count of the programme that a source publishes, at a date. */
  | 'PROGRAMME_FIGURE'
  /** A unit of the national division codes (GB/T 2260), or the XPCC. */
  | 'REGION'
  /** A statement made at an event. */
  | 'STATEMENT'
  /** A theme named at an event. */
  | 'TOPIC';

export type NodeOrder = {
  direction?: SortDirection;
  field: NodeSortField;
};

export type NodeSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH';

/** Filters any entity: every field given must hold. */
export type NodeWhere = {
  NOT?: InputMaybe<NodeWhere>;
  OR?: InputMaybe<Array<NodeWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Entities of these kinds only. */
  kinds?: InputMaybe<Array<NodeKind>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An event, batch, figure or designation belongs to the programme. */
export type OfProgramme = Relationship & {
  __typename?: 'OfProgramme';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** SIPO, a provincial government, an IP administration or a park committee. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Regions and parks this organization administers. */
  administers: NodeConnection;
  aliases: Array<Scalars['String']['output']>;
  delegations: DelegationConnection;
  designationsGranted: DesignationConnection;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  postHolders: PersonConnection;
  /** Programmes this organization runs. */
  programmes: ProgrammeConnection;
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** SIPO, a provincial government, an IP administration or a park committee. */
export type OrganizationAdministersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NodeOrder>>;
  where?: InputMaybe<NodeWhere>;
};


/** SIPO, a provincial government, an IP administration or a park committee. */
export type OrganizationDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DelegationOrder>>;
  where?: InputMaybe<DelegationWhere>;
};


/** SIPO, a provincial government, an IP administration or a park committee. */
export type OrganizationDesignationsGrantedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/** SIPO, a provincial government, an IP administration or a park committee. */
export type OrganizationPostHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  where?: InputMaybe<PersonWhere>;
};


/** SIPO, a provincial government, an IP administration or a park committee. */
export type OrganizationProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of organization. */
export type OrganizationKind =
  /** An IP administration. */
  | 'IP_ADMINISTRATION'
  /** A national agency. */
  | 'NATIONAL_AGENCY'
  /** A park committee. */
  | 'PARK_COMMITTEE'
  /** A provincial government. */
  | 'PROVINCIAL_GOVERNMENT';

export type OrganizationOrder = {
  direction?: SortDirection;
  field: OrganizationSortField;
};

export type OrganizationSortField =
  | 'ID'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH';

export type OrganizationWhere = {
  NOT?: InputMaybe<OrganizationWhere>;
  OR?: InputMaybe<Array<OrganizationWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<OrganizationKind>;
  kind_in?: InputMaybe<Array<OrganizationKind>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where a page of a connection stands. Every connection takes `first` (default 20, or the server's
 * largest page when that is smaller) and `after`: a cursor from an edge, or the `endCursor`, of the
 * same list with the same filter and order. A page holds the items strictly after the cursor, so
 * items added or removed elsewhere in the list never shift it; a cursor of another list, filter or
 * order is refused. `hasPreviousPage` is true exactly when `after` was given.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An industrial park in the programme. */
export type Park = Node & {
  __typename?: 'Park';
  administeredBy: OrganizationConnection;
  aliases: Array<Scalars['String']['output']>;
  designations: DesignationConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  /** The region the park lies in, where a source states it. */
  locatedIn: RegionConnection;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The pinyin of the Chinese name, generated syllable by syllable: a romanisation, never a sourced fact. */
  pinyin?: Maybe<Scalars['String']['output']>;
  /** True when nameEn is that romanisation, because no source gives an English name. */
  romanised?: Maybe<Scalars['Boolean']['output']>;
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** An industrial park in the programme. */
export type ParkAdministeredByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** An industrial park in the programme. */
export type ParkDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/** An industrial park in the programme. */
export type ParkLocatedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};

export type ParkConnection = {
  __typename?: 'ParkConnection';
  edges: Array<ParkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParkEdge = {
  __typename?: 'ParkEdge';
  cursor: Scalars['String']['output'];
  node: Park;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type ParkOrder = {
  direction?: SortDirection;
  field: ParkSortField;
};

export type ParkSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH';

export type ParkWhere = {
  NOT?: InputMaybe<ParkWhere>;
  OR?: InputMaybe<Array<ParkWhere>>;
  /** HAS a designation matching this filter. */
  designations?: InputMaybe<DesignationWhere>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** HAS a region it lies in matching this filter. */
  locatedIn?: InputMaybe<RegionWhere>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A region lies within another. */
export type PartOf = Relationship & {
  __typename?: 'PartOf';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A shortest path, in order from its first node to its last. */
export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
  /** relationships[i] joins nodes[i] and nodes[i+1]; its startId and endId give its own direction. */
  relationships: Array<Relationship>;
};

/** An official named by the sources. */
export type Person = Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  attended: EventConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Posts held, with title and dates on the relationship. */
  posts: OrganizationConnection;
  /** Awards this person handed out. */
  presented: AwardConnection;
  sources: Array<Citation>;
  spokeAt: EventConnection;
  statements: StatementConnection;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** An official named by the sources. */
export type PersonAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** An official named by the sources. */
export type PersonPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** An official named by the sources. */
export type PersonPresentedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AwardOrder>>;
  where?: InputMaybe<AwardWhere>;
};


/** An official named by the sources. */
export type PersonSpokeAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** An official named by the sources. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
  where?: InputMaybe<StatementWhere>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type PersonOrder = {
  direction?: SortDirection;
  field: PersonSortField;
};

export type PersonSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH';

export type PersonWhere = {
  NOT?: InputMaybe<PersonWhere>;
  OR?: InputMaybe<Array<PersonWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A person presented an award. */
export type Presented = Relationship & {
  __typename?: 'Presented';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** The national IP pilot and demonstration programme. */
export type Programme = Node & {
  __typename?: 'Programme';
  aliases: Array<Scalars['String']['output']>;
  batches: BatchConnection;
  /** Designations not reached through a batch. */
  designations: DesignationConnection;
  events: EventConnection;
  figures: ProgrammeFigureConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  levels?: Maybe<Array<Scalars['String']['output']>>;
  mottoEn?: Maybe<Scalars['String']['output']>;
  mottoZh?: Maybe<Scalars['String']['output']>;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  parkPilotsSince?: Maybe<Scalars['Int']['output']>;
  runBy: OrganizationConnection;
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** The national IP pilot and demonstration programme. */
export type ProgrammeBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BatchOrder>>;
  where?: InputMaybe<BatchWhere>;
};


/** The national IP pilot and demonstration programme. */
export type ProgrammeDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/** The national IP pilot and demonstration programme. */
export type ProgrammeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** The national IP pilot and demonstration programme. */
export type ProgrammeFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeFigureOrder>>;
  where?: InputMaybe<ProgrammeFigureWhere>;
};


/** The national IP pilot and demonstration programme. */
export type ProgrammeRunByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** A published count of the programme at a date, e.g. 55 pilot cities in April 2007. */
export type ProgrammeFigure = Node & {
  __typename?: 'ProgrammeFigure';
  aliases: Array<Scalars['String']['output']>;
  /** The date the figure stands at; null where its source gives none. */
  asOf?: Maybe<Scalars['PartialDate']['output']>;
  category: FigureCategory;
  /** Figures that conflict with this one. */
  conflictedBy: ProgrammeFigureConnection;
  /** Figures this one conflicts with: the sources give both, and neither is derived from the other. */
  conflictsWith: ProgrammeFigureConnection;
  id: Scalars['ID']['output'];
  layer: Layer;
  /** True when the source says more than the value (240多: more than 240). */
  moreThan?: Maybe<Scalars['Boolean']['output']>;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  programmes: ProgrammeConnection;
  sources: Array<Citation>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
  value: Scalars['Int']['output'];
};


/** A published count of the programme at a date, e.g. 55 pilot cities in April 2007. */
export type ProgrammeFigureConflictedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeFigureOrder>>;
  where?: InputMaybe<ProgrammeFigureWhere>;
};


/** A published count of the programme at a date, e.g. 55 pilot cities in April 2007. */
export type ProgrammeFigureConflictsWithArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeFigureOrder>>;
  where?: InputMaybe<ProgrammeFigureWhere>;
};


/** A published count of the programme at a date, e.g. 55 pilot cities in April 2007. */
export type ProgrammeFigureProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};

export type ProgrammeFigureConnection = {
  __typename?: 'ProgrammeFigureConnection';
  edges: Array<ProgrammeFigureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeFigureEdge = {
  __typename?: 'ProgrammeFigureEdge';
  cursor: Scalars['String']['output'];
  node: ProgrammeFigure;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type ProgrammeFigureOrder = {
  direction?: SortDirection;
  field: ProgrammeFigureSortField;
};

export type ProgrammeFigureSortField =
  | 'AS_OF'
  | 'CATEGORY'
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'VALUE';

export type ProgrammeFigureWhere = {
  NOT?: InputMaybe<ProgrammeFigureWhere>;
  OR?: InputMaybe<Array<ProgrammeFigureWhere>>;
  asOf_gte?: InputMaybe<Scalars['PartialDate']['input']>;
  asOf_lte?: InputMaybe<Scalars['PartialDate']['input']>;
  category?: InputMaybe<FigureCategory>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ProgrammeOrder = {
  direction?: SortDirection;
  field: ProgrammeSortField;
};

export type ProgrammeSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH';

export type ProgrammeWhere = {
  NOT?: InputMaybe<ProgrammeWhere>;
  OR?: InputMaybe<Array<ProgrammeWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ProvinceDesignations = {
  __typename?: 'ProvinceDesignations';
  designations: Scalars['Int']['output'];
  /** Distinct cities and parks holding them. */
  holders: Scalars['Int']['output'];
  /** The provincial-level unit the holders lie in; null for holders whose province no source names. */
  province?: Maybe<Region>;
};

/** The designations of one tier whose holders lie in one provincial-level unit. */
export type ProvinceTierCount = {
  __typename?: 'ProvinceTierCount';
  designations: Scalars['Int']['output'];
  /** Distinct cities and parks holding them. */
  holders: Scalars['Int']['output'];
  /** The provincial-level unit the holders lie in; null for holders whose province no source names. */
  province?: Maybe<Region>;
  tier: DesignationTier;
};

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first; filter by the changed record's id or by actor. */
  auditTrail: AuditEntryConnection;
  awards: AwardConnection;
  /**
   * Every batch with its stated size and the designations the graph names, by tier and year;
   * optionally only the batches of one tier, one year or the one batch given. With `province`,
   * `named` counts only the designations whose holders lie in that provincial-level unit.
   */
  batchCoverage: Array<BatchCoverage>;
  batches: BatchConnection;
  /** Facts grouped by how many distinct sources back them (one source versus two or more). */
  coverageBySourceCount: Array<SourceCountBucket>;
  delegations: DelegationConnection;
  /**
   * A region's or park's designations in the order they came: by year (a designation without one
   * takes its list's), then by its earliest stated date, then by id; so pilot, demonstration and
   * strong-city steps read in sequence. Each carries its tier, list, status, dates and sources.
   * Null when no region or park has the id.
   */
  designationHistory?: Maybe<Array<Designation>>;
  designations: DesignationConnection;
  /**
   * Designations grouped by the provincial-level unit of their holders, most first. Without a tier,
   * the programme's own tiers count and the related programmes' (family H) do not. `batch` keeps the
   * designations of one list, `year` those of one year (the designation's, or its list's where it
   * gives none).
   */
  designationsByProvince: Array<ProvinceDesignations>;
  /**
   * Designations grouped by the provincial-level unit of their holders and by tier: the provinces
   * with the most designations first, each one's tiers in the vocabulary's order. Every tier counts
   * (related programmes included); optionally only one tier, one list or one year, and with
   * `province` only the rows of that provincial-level unit.
   */
  designationsByProvinceAndTier: Array<ProvinceTierCount>;
  /**
   * Designations grouped by year and tier, in time order, every tier counted (related programmes
   * included); optionally only those of one tier, one list, one year, or whose holders lie in one
   * provincial-level unit.
   */
  designationsByYearAndTier: Array<YearTierCount>;
  /** How many entities of each kind the graph holds. */
  entityCounts: Array<KindCount>;
  events: EventConnection;
  /**
   * The entities within `depth` hops (1 to 3) of an entity, and the relationships walked. Each node
   * contributes at most `limit` relationships (1 to 100) and the subgraph holds at most 500 nodes, so
   * a highly connected node cannot blow up the answer. `offset` skips the root's first relationships
   * (in a stable order), to page through a highly connected node ("show 25 more"); it is meant for
   * depth 1, since deeper hops may reach the skipped neighbours again. Null when the id is unknown.
   */
  neighborhood?: Maybe<Subgraph>;
  /** Any entity by its global id; null when there is none. */
  node?: Maybe<Node>;
  organizations: OrganizationConnection;
  parks: ParkConnection;
  people: PersonConnection;
  programmeFigures: ProgrammeFigureConnection;
  programmes: ProgrammeConnection;
  regions: RegionConnection;
  /**
   * Full-text search over English and Chinese names and aliases (simplified or traditional),
   * best hits first. Words match as prefixes, so it serves suggestions as you type. `first`
   * defaults to 10, or the server's largest page when that is smaller. With `fuzzy`, each word
   * matches names within one edit (two for words of five characters or more) instead: the nearest
   * names to a misspelt search.
   */
  search: Array<SearchHit>;
  /** A shortest path of at most `maxLength` hops (1 to 10) between two entities, or null. */
  shortestPath?: Maybe<Path>;
  source?: Maybe<Source>;
  /** For each source, how many facts cite it. */
  sourceCoverage: Array<SourceCoverage>;
  sources: SourceConnection;
  statements: StatementConnection;
  /** Every tier, in the vocabulary's order, with its counts. */
  tiers: Array<TierSummary>;
  topics: TopicConnection;
};


export type QueryAuditTrailArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AwardOrder>>;
  where?: InputMaybe<AwardWhere>;
};


export type QueryBatchCoverageArgs = {
  batch?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<DesignationTier>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<BatchOrder>>;
  where?: InputMaybe<BatchWhere>;
};


export type QueryDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DelegationOrder>>;
  where?: InputMaybe<DelegationWhere>;
};


export type QueryDesignationHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


export type QueryDesignationsByProvinceArgs = {
  batch?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<DesignationTier>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDesignationsByProvinceAndTierArgs = {
  batch?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<DesignationTier>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDesignationsByYearAndTierArgs = {
  batch?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<DesignationTier>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


export type QueryParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ParkOrder>>;
  where?: InputMaybe<ParkWhere>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryProgrammeFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeFigureOrder>>;
  where?: InputMaybe<ProgrammeFigureWhere>;
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProgrammeOrder>>;
  where?: InputMaybe<ProgrammeWhere>;
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fuzzy?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SourceOrder>>;
  where?: InputMaybe<SourceWhere>;
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
  where?: InputMaybe<StatementWhere>;
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TopicOrder>>;
  where?: InputMaybe<TopicWhere>;
};

/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type Region = Node & {
  __typename?: 'Region';
  administeredBy: OrganizationConnection;
  aliases: Array<Scalars['String']['output']>;
  /** The six-digit GB/T 2260 code; null for the XPCC, which has none. */
  code?: Maybe<Scalars['String']['output']>;
  designations: DesignationConnection;
  /** Events held here. */
  events: EventConnection;
  /** True for a unit the current codes no longer list (a county since made a district, say). */
  former?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  kind: RegionKind;
  layer: Layer;
  level?: Maybe<RegionLevel>;
  /** For a former unit: the first revision of the codes held that lists it. */
  listedFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** For a former unit: the last revision of the codes held that lists it. */
  listedTo?: Maybe<Scalars['PartialDate']['output']>;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Parks in this region. */
  parks: ParkConnection;
  /** The region this one lies within. */
  partOf: RegionConnection;
  /** Regions within this one. */
  parts: RegionConnection;
  /** The pinyin of the Chinese name, generated: a romanisation, never a sourced fact. */
  pinyin?: Maybe<Scalars['String']['output']>;
  /** True when nameEn is that romanisation, because no source gives an English name. */
  romanised?: Maybe<Scalars['Boolean']['output']>;
  sources: Array<Citation>;
  /** Statements about this region. */
  statements: StatementConnection;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionAdministeredByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ParkOrder>>;
  where?: InputMaybe<ParkWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionPartOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionPartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


/**
 * A unit of the national division codes (GB/T 2260): every provincial-, prefecture- and
 * county-level unit, current or former, with its code; or the XPCC.
 */
export type RegionStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
  where?: InputMaybe<StatementWhere>;
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of unit of the national division codes (GB/T 2260), and the XPCC. */
export type RegionKind =
  /** An autonomous banner (自治旗). */
  | 'AUTONOMOUS_BANNER'
  /** An autonomous county (自治县). */
  | 'AUTONOMOUS_COUNTY'
  /** An autonomous prefecture (自治州). */
  | 'AUTONOMOUS_PREFECTURE'
  /** An autonomous region (自治区). */
  | 'AUTONOMOUS_REGION'
  /** A banner (旗). */
  | 'BANNER'
  /** A county (县). */
  | 'COUNTY'
  /** A county-level city (县级市). */
  | 'COUNTY_LEVEL_CITY'
  /** A district of a city (市辖区). */
  | 'DISTRICT'
  /** A forestry district (林区). */
  | 'FORESTRY_DISTRICT'
  /** Islands and their waters, listed as a county-level unit (群岛). */
  | 'ISLANDS'
  /** A league (盟). */
  | 'LEAGUE'
  /** A municipality directly under the central government (直辖市). */
  | 'MUNICIPALITY'
  /** A prefecture (地区). */
  | 'PREFECTURE'
  /** A prefecture-level city (地级市). */
  | 'PREFECTURE_LEVEL_CITY'
  /** The Xinjiang Production and Construction Corps: a provincial-level unit for planning, not a division. */
  | 'PRODUCTION_CORPS'
  /** A province (省). */
  | 'PROVINCE'
  /** A special administrative region (特别行政区). */
  | 'SPECIAL_ADMINISTRATIVE_REGION'
  /** A special district (特区). */
  | 'SPECIAL_DISTRICT';

/** The three levels of the division codes. */
export type RegionLevel =
  /** County level (县级). */
  | 'COUNTY'
  /** Prefecture level (地级). */
  | 'PREFECTURAL'
  /** Provincial level (省级). */
  | 'PROVINCIAL';

export type RegionOrder = {
  direction?: SortDirection;
  field: RegionSortField;
};

export type RegionSortField =
  | 'CODE'
  | 'ID'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH';

export type RegionWhere = {
  NOT?: InputMaybe<RegionWhere>;
  OR?: InputMaybe<Array<RegionWhere>>;
  code?: InputMaybe<Scalars['String']['input']>;
  code_in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** HAS a designation matching this filter. */
  designations?: InputMaybe<DesignationWhere>;
  former?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<RegionKind>;
  kind_in?: InputMaybe<Array<RegionKind>>;
  level?: InputMaybe<RegionLevel>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** HAS a parent region matching this filter. */
  partOf?: InputMaybe<RegionWhere>;
};

/** A relationship of the graph, with its own properties and sources. */
export type Relationship = {
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** How the fact entered the graph: the seed, an import or an editor. */
  layer: Layer;
  sources: Array<Citation>;
  /** The id of the node the relationship starts at (its direction is startId → endId). */
  startId: Scalars['ID']['output'];
  /** The Neo4j relationship type, e.g. HOLDS_POST. */
  type: Scalars['String']['output'];
  /** True for a fact that no public source backs yet; its note says what is missing. */
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

export type RelationshipDirection =
  /** From the other node to this: (this)<-[:TYPE]-(other). */
  | 'IN'
  /** From this node to the other: (this)-[:TYPE]->(other). */
  | 'OUT';

/** A delegation came from an organization. */
export type Represents = Relationship & {
  __typename?: 'Represents';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** The programme is run by an organization. */
export type RunBy = Relationship & {
  __typename?: 'RunBy';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  kind: NodeKind;
  node: Node;
  /** Lucene relevance: higher is better. */
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Source = {
  __typename?: 'Source';
  /** The project file that holds the text, for documents. */
  file?: Maybe<Scalars['String']['output']>;
  /** The package's files that quotes are checked against, for datasets. */
  files?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** BCP 47 language tag, e.g. en or zh-Hant. */
  language?: Maybe<Scalars['String']['output']>;
  layer: Layer;
  note?: Maybe<Scalars['String']['output']>;
  /** True for a government-run site. */
  official?: Maybe<Scalars['Boolean']['output']>;
  /** The package, name@version, for datasets. */
  package?: Maybe<Scalars['String']['output']>;
  /** The date as the source states it, when that says more than publishedOn. */
  publishedNote?: Maybe<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['PartialDate']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** When the project's copy was taken. */
  retrievedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** True for a compilation that reports what other sources say (a research dataset on GitHub). */
  secondary?: Maybe<Scalars['Boolean']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many facts rest on how many distinct sources. */
export type SourceCountBucket = {
  __typename?: 'SourceCountBucket';
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

export type SourceCoverage = {
  __typename?: 'SourceCoverage';
  /** Entities citing this source. */
  nodes: Scalars['Int']['output'];
  /** Relationships citing this source. */
  relationships: Scalars['Int']['output'];
  source: Source;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** How the project holds a source. */
export type SourceKind =
  /** A data package the project installs (the national division codes); quotes are rows of it, checked at load. */
  | 'DATASET'
  /** A text the project holds (seed/documents); quotes from it are checked verbatim at load. */
  | 'DOCUMENT'
  /** A web page the project does not hold; citations say why they carry no quote, or carry one unchecked. */
  | 'WEB_PAGE';

export type SourceOrder = {
  direction?: SortDirection;
  field: SourceSortField;
};

export type SourceSortField =
  | 'ID'
  | 'PUBLISHED_ON'
  | 'TITLE';

export type SourceWhere = {
  NOT?: InputMaybe<SourceWhere>;
  OR?: InputMaybe<Array<SourceWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<SourceKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  official?: InputMaybe<Scalars['Boolean']['input']>;
  secondary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person spoke at an event; one relationship per speech or report. */
export type SpokeAt = Relationship & {
  __typename?: 'SpokeAt';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  /** What the speaker did, in English. */
  role: Scalars['String']['output'];
  roleZh?: Maybe<Scalars['String']['output']>;
  /** The part of the event, e.g. the opening ceremony. */
  session?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** A person made a statement. */
export type Stated = Relationship & {
  __typename?: 'Stated';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  layer: Layer;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** Something a speaker said: an assessment, a requirement or a goal, in both languages. */
export type Statement = Node & {
  __typename?: 'Statement';
  aliases: Array<Scalars['String']['output']>;
  /** Topics and regions it concerns. */
  concerns: NodeConnection;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  layer: Layer;
  madeAt: EventConnection;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Its place in a numbered list, e.g. the four requirements. */
  ordinal?: Maybe<Scalars['Int']['output']>;
  sources: Array<Citation>;
  statedBy: PersonConnection;
  textEn?: Maybe<Scalars['String']['output']>;
  textZh?: Maybe<Scalars['String']['output']>;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** Something a speaker said: an assessment, a requirement or a goal, in both languages. */
export type StatementConcernsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<NodeOrder>>;
  where?: InputMaybe<NodeWhere>;
};


/** Something a speaker said: an assessment, a requirement or a goal, in both languages. */
export type StatementMadeAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** Something a speaker said: an assessment, a requirement or a goal, in both languages. */
export type StatementStatedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  where?: InputMaybe<PersonWhere>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

/** The kinds of statement. */
export type StatementKind =
  /** An assessment. */
  | 'ASSESSMENT'
  /** A goal. */
  | 'GOAL'
  /** A requirement. */
  | 'REQUIREMENT';

export type StatementOrder = {
  direction?: SortDirection;
  field: StatementSortField;
};

export type StatementSortField =
  | 'ID'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH'
  | 'ORDINAL';

export type StatementWhere = {
  NOT?: InputMaybe<StatementWhere>;
  OR?: InputMaybe<Array<StatementWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<StatementKind>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The bounded subgraph around an entity. */
export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<SubgraphNode>;
  relationships: Array<Relationship>;
  rootId: Scalars['ID']['output'];
  /** True when relationships follow those returned: some node had more than the limit, or the node cap was reached. */
  truncated: Scalars['Boolean']['output'];
};

export type SubgraphNode = {
  __typename?: 'SubgraphNode';
  /** How many relationships to other entities this node has in the whole graph. */
  degree: Scalars['Int']['output'];
  /** Hops from the root. */
  distance: Scalars['Int']['output'];
  node: Node;
};

/** What a tier designates. */
export type TierLevel =
  /** Cities and city districts. */
  | 'CITY'
  /** Counties, county-level cities and districts. */
  | 'COUNTY'
  /** Parks. */
  | 'PARK'
  /** Cities or areas building a zone. */
  | 'ZONE';

/** A tier as the vocabulary declares it, with what the graph holds of it. */
export type TierSummary = {
  __typename?: 'TierSummary';
  /** True for tiers of related programmes (family H): listed for context, not counted among the programme's designations. */
  adjacent: Scalars['Boolean']['output'];
  /** Published lists (batches) of this tier. */
  batches: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** Designations the graph holds in this tier. */
  designations: Scalars['Int']['output'];
  /** The tier's family in the sources: A0 before 2012, A to G, H for related programmes. */
  family: Scalars['String']['output'];
  /** Distinct places holding them. */
  holders: Scalars['Int']['output'];
  level: TierLevel;
  tier: DesignationTier;
  titleEn: Scalars['String']['output'];
  titleZh: Scalars['String']['output'];
};

/** A theme named at an event, e.g. the national IP strategy. */
export type Topic = Node & {
  __typename?: 'Topic';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  layer: Layer;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  statements: StatementConnection;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};


/** A theme named at an event, e.g. the national IP strategy. */
export type TopicStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
  where?: InputMaybe<StatementWhere>;
};

export type TopicConnection = {
  __typename?: 'TopicConnection';
  edges: Array<TopicEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TopicEdge = {
  __typename?: 'TopicEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
  /** The relationship walked to reach this node; null in root lists. */
  relationship?: Maybe<Relationship>;
};

export type TopicOrder = {
  direction?: SortDirection;
  field: TopicSortField;
};

export type TopicSortField =
  | 'ID'
  | 'NAME_EN'
  | 'NAME_ZH';

export type TopicWhere = {
  NOT?: InputMaybe<TopicWhere>;
  OR?: InputMaybe<Array<TopicWhere>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes to an entity: the fields given replace the stored ones (null clears an optional field);
 * those not given stay. `sources` back the changed facts and are added to the entity's citations.
 */
export type UpdateEntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  properties?: InputMaybe<Scalars['JSONObject']['input']>;
  sources: Array<CitationInput>;
};

export type YearTierCount = {
  __typename?: 'YearTierCount';
  count: Scalars['Int']['output'];
  tier: DesignationTier;
  /** The year of the designation, or of its batch; null where the sources give neither. */
  year?: Maybe<Scalars['Int']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Administers: ResolverTypeWrapper<Projected>;
  Attended: ResolverTypeWrapper<Projected>;
  AuditEntry: ResolverTypeWrapper<Projected>;
  AuditEntryConnection: ResolverTypeWrapper<Projected>;
  AuditEntryEdge: ResolverTypeWrapper<Projected>;
  Award: ResolverTypeWrapper<Projected>;
  AwardConnection: ResolverTypeWrapper<Projected>;
  AwardEdge: ResolverTypeWrapper<Projected>;
  AwardKind: AwardKind;
  AwardOrder: AwardOrder;
  AwardSortField: AwardSortField;
  AwardWhere: AwardWhere;
  AwardedAt: ResolverTypeWrapper<Projected>;
  Batch: ResolverTypeWrapper<Projected>;
  BatchConnection: ResolverTypeWrapper<Projected>;
  BatchCoverage: ResolverTypeWrapper<Projected>;
  BatchEdge: ResolverTypeWrapper<Projected>;
  BatchOrder: BatchOrder;
  BatchSortField: BatchSortField;
  BatchWhere: BatchWhere;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  Citation: ResolverTypeWrapper<Projected>;
  CitationInput: CitationInput;
  Concerns: ResolverTypeWrapper<Projected>;
  ConflictsWith: ResolverTypeWrapper<Projected>;
  CreateEntityInput: CreateEntityInput;
  CreateRelationshipInput: CreateRelationshipInput;
  Delegation: ResolverTypeWrapper<Projected>;
  DelegationConnection: ResolverTypeWrapper<Projected>;
  DelegationEdge: ResolverTypeWrapper<Projected>;
  DelegationKind: DelegationKind;
  DelegationOrder: DelegationOrder;
  DelegationSortField: DelegationSortField;
  DelegationWhere: DelegationWhere;
  DesignatedAs: ResolverTypeWrapper<Projected>;
  Designation: ResolverTypeWrapper<Projected>;
  DesignationConnection: ResolverTypeWrapper<Projected>;
  DesignationEdge: ResolverTypeWrapper<Projected>;
  DesignationOrder: DesignationOrder;
  DesignationSortField: DesignationSortField;
  DesignationStatus: DesignationStatus;
  DesignationTier: DesignationTier;
  DesignationWhere: DesignationWhere;
  Event: ResolverTypeWrapper<Projected>;
  EventConnection: ResolverTypeWrapper<Projected>;
  EventEdge: ResolverTypeWrapper<Projected>;
  EventKind: EventKind;
  EventOrder: EventOrder;
  EventSortField: EventSortField;
  EventWhere: EventWhere;
  FigureCategory: FigureCategory;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GrantedBy: ResolverTypeWrapper<Projected>;
  HeldIn: ResolverTypeWrapper<Projected>;
  HoldsPost: ResolverTypeWrapper<Projected>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InBatch: ResolverTypeWrapper<Projected>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  KindCount: ResolverTypeWrapper<Projected>;
  Layer: Layer;
  LocatedIn: ResolverTypeWrapper<Projected>;
  MadeAt: ResolverTypeWrapper<Projected>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<Projected>;
  NodeConnection: ResolverTypeWrapper<Projected>;
  NodeEdge: ResolverTypeWrapper<Projected>;
  NodeKind: NodeKind;
  NodeOrder: NodeOrder;
  NodeSortField: NodeSortField;
  NodeWhere: NodeWhere;
  OfProgramme: ResolverTypeWrapper<Projected>;
  Organization: ResolverTypeWrapper<Projected>;
  OrganizationConnection: ResolverTypeWrapper<Projected>;
  OrganizationEdge: ResolverTypeWrapper<Projected>;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationSortField: OrganizationSortField;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfoRecord>;
  Park: ResolverTypeWrapper<Projected>;
  ParkConnection: ResolverTypeWrapper<Projected>;
  ParkEdge: ResolverTypeWrapper<Projected>;
  ParkOrder: ParkOrder;
  ParkSortField: ParkSortField;
  ParkWhere: ParkWhere;
  PartOf: ResolverTypeWrapper<Projected>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Path: ResolverTypeWrapper<Projected>;
  Person: ResolverTypeWrapper<Projected>;
  PersonConnection: ResolverTypeWrapper<Projected>;
  PersonEdge: ResolverTypeWrapper<Projected>;
  PersonOrder: PersonOrder;
  PersonSortField: PersonSortField;
  PersonWhere: PersonWhere;
  Presented: ResolverTypeWrapper<Projected>;
  Programme: ResolverTypeWrapper<Projected>;
  ProgrammeConnection: ResolverTypeWrapper<Projected>;
  ProgrammeEdge: ResolverTypeWrapper<Projected>;
  ProgrammeFigure: ResolverTypeWrapper<Projected>;
  ProgrammeFigureConnection: ResolverTypeWrapper<Projected>;
  ProgrammeFigureEdge: ResolverTypeWrapper<Projected>;
  ProgrammeFigureOrder: ProgrammeFigureOrder;
  ProgrammeFigureSortField: ProgrammeFigureSortField;
  ProgrammeFigureWhere: ProgrammeFigureWhere;
  ProgrammeOrder: ProgrammeOrder;
  ProgrammeSortField: ProgrammeSortField;
  ProgrammeWhere: ProgrammeWhere;
  ProvinceDesignations: ResolverTypeWrapper<Projected>;
  ProvinceTierCount: ResolverTypeWrapper<Projected>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Projected>;
  RegionConnection: ResolverTypeWrapper<Projected>;
  RegionEdge: ResolverTypeWrapper<Projected>;
  RegionKind: RegionKind;
  RegionLevel: RegionLevel;
  RegionOrder: RegionOrder;
  RegionSortField: RegionSortField;
  RegionWhere: RegionWhere;
  Relationship: ResolverTypeWrapper<Projected>;
  RelationshipDirection: RelationshipDirection;
  Represents: ResolverTypeWrapper<Projected>;
  RunBy: ResolverTypeWrapper<Projected>;
  SearchHit: ResolverTypeWrapper<Projected>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<Projected>;
  SourceConnection: ResolverTypeWrapper<Projected>;
  SourceCountBucket: ResolverTypeWrapper<Projected>;
  SourceCoverage: ResolverTypeWrapper<Projected>;
  SourceEdge: ResolverTypeWrapper<Projected>;
  SourceKind: SourceKind;
  SourceOrder: SourceOrder;
  SourceSortField: SourceSortField;
  SourceWhere: SourceWhere;
  SpokeAt: ResolverTypeWrapper<Projected>;
  Stated: ResolverTypeWrapper<Projected>;
  Statement: ResolverTypeWrapper<Projected>;
  StatementConnection: ResolverTypeWrapper<Projected>;
  StatementEdge: ResolverTypeWrapper<Projected>;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementSortField: StatementSortField;
  StatementWhere: StatementWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Projected>;
  SubgraphNode: ResolverTypeWrapper<Projected>;
  TierLevel: TierLevel;
  TierSummary: ResolverTypeWrapper<Projected>;
  Topic: ResolverTypeWrapper<Projected>;
  TopicConnection: ResolverTypeWrapper<Projected>;
  TopicEdge: ResolverTypeWrapper<Projected>;
  TopicOrder: TopicOrder;
  TopicSortField: TopicSortField;
  TopicWhere: TopicWhere;
  UpdateEntityInput: UpdateEntityInput;
  YearTierCount: ResolverTypeWrapper<Projected>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Administers: Projected;
  Attended: Projected;
  AuditEntry: Projected;
  AuditEntryConnection: Projected;
  AuditEntryEdge: Projected;
  Award: Projected;
  AwardConnection: Projected;
  AwardEdge: Projected;
  AwardOrder: AwardOrder;
  AwardWhere: AwardWhere;
  AwardedAt: Projected;
  Batch: Projected;
  BatchConnection: Projected;
  BatchCoverage: Projected;
  BatchEdge: Projected;
  BatchOrder: BatchOrder;
  BatchWhere: BatchWhere;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRecord;
  Citation: Projected;
  CitationInput: CitationInput;
  Concerns: Projected;
  ConflictsWith: Projected;
  CreateEntityInput: CreateEntityInput;
  CreateRelationshipInput: CreateRelationshipInput;
  Delegation: Projected;
  DelegationConnection: Projected;
  DelegationEdge: Projected;
  DelegationOrder: DelegationOrder;
  DelegationWhere: DelegationWhere;
  DesignatedAs: Projected;
  Designation: Projected;
  DesignationConnection: Projected;
  DesignationEdge: Projected;
  DesignationOrder: DesignationOrder;
  DesignationWhere: DesignationWhere;
  Event: Projected;
  EventConnection: Projected;
  EventEdge: Projected;
  EventOrder: EventOrder;
  EventWhere: EventWhere;
  Float: Scalars['Float']['output'];
  GrantedBy: Projected;
  HeldIn: Projected;
  HoldsPost: Projected;
  ID: Scalars['ID']['output'];
  InBatch: Projected;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  KindCount: Projected;
  LocatedIn: Projected;
  MadeAt: Projected;
  Mutation: Record<PropertyKey, never>;
  Node: Projected;
  NodeConnection: Projected;
  NodeEdge: Projected;
  NodeOrder: NodeOrder;
  NodeWhere: NodeWhere;
  OfProgramme: Projected;
  Organization: Projected;
  OrganizationConnection: Projected;
  OrganizationEdge: Projected;
  OrganizationOrder: OrganizationOrder;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfoRecord;
  Park: Projected;
  ParkConnection: Projected;
  ParkEdge: Projected;
  ParkOrder: ParkOrder;
  ParkWhere: ParkWhere;
  PartOf: Projected;
  PartialDate: Scalars['PartialDate']['output'];
  Path: Projected;
  Person: Projected;
  PersonConnection: Projected;
  PersonEdge: Projected;
  PersonOrder: PersonOrder;
  PersonWhere: PersonWhere;
  Presented: Projected;
  Programme: Projected;
  ProgrammeConnection: Projected;
  ProgrammeEdge: Projected;
  ProgrammeFigure: Projected;
  ProgrammeFigureConnection: Projected;
  ProgrammeFigureEdge: Projected;
  ProgrammeFigureOrder: ProgrammeFigureOrder;
  ProgrammeFigureWhere: ProgrammeFigureWhere;
  ProgrammeOrder: ProgrammeOrder;
  ProgrammeWhere: ProgrammeWhere;
  ProvinceDesignations: Projected;
  ProvinceTierCount: Projected;
  Query: Record<PropertyKey, never>;
  Region: Projected;
  RegionConnection: Projected;
  RegionEdge: Projected;
  RegionOrder: RegionOrder;
  RegionWhere: RegionWhere;
  Relationship: Projected;
  Represents: Projected;
  RunBy: Projected;
  SearchHit: Projected;
  Source: Projected;
  SourceConnection: Projected;
  SourceCountBucket: Projected;
  SourceCoverage: Projected;
  SourceEdge: Projected;
  SourceOrder: SourceOrder;
  SourceWhere: SourceWhere;
  SpokeAt: Projected;
  Stated: Projected;
  Statement: Projected;
  StatementConnection: Projected;
  StatementEdge: Projected;
  StatementOrder: StatementOrder;
  StatementWhere: StatementWhere;
  String: Scalars['String']['output'];
  Subgraph: Projected;
  SubgraphNode: Projected;
  TierSummary: Projected;
  Topic: Projected;
  TopicConnection: Projected;
  TopicEdge: Projected;
  TopicOrder: TopicOrder;
  TopicWhere: TopicWhere;
  UpdateEntityInput: UpdateEntityInput;
  YearTierCount: Projected;
};

export type RelationshipDirectiveArgs = {
  direction: RelationshipDirection;
  type: Scalars['String']['input'];
};

export type RelationshipDirectiveResolver<Result, Parent, ContextType = Context, Args = RelationshipDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdministersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Administers'] = ResolversParentTypes['Administers']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attended'] = ResolversParentTypes['Attended']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AwardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<AwardEventsArgs>>;
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AwardKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenters?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<AwardPresentersArgs>>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AwardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AwardConnection'] = ResolversParentTypes['AwardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AwardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AwardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AwardEdge'] = ResolversParentTypes['AwardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Award'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type AwardedAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AwardedAt'] = ResolversParentTypes['AwardedAt']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Batch'] = ResolversParentTypes['Batch']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announcedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  approvedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<BatchDesignationsArgs>>;
  grantedBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<BatchGrantedByArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noticeNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<BatchProgrammesArgs>>;
  publicizedFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publicizedTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DesignationStatus']>, ParentType, ContextType>;
  termYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchConnection'] = ResolversParentTypes['BatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BatchCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchCoverage'] = ResolversParentTypes['BatchCoverage']> = {
  batch?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchEdge'] = ResolversParentTypes['BatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  checked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  unquoted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConcernsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Concerns'] = ResolversParentTypes['Concerns']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConflictsWithResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictsWith'] = ResolversParentTypes['ConflictsWith']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<DelegationAttendedArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DelegationKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  represents?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<DelegationRepresentsArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationConnection'] = ResolversParentTypes['DelegationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DelegationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DelegationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationEdge'] = ResolversParentTypes['DelegationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type DesignatedAsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DesignatedAs'] = ResolversParentTypes['DesignatedAs']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DesignationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Designation'] = ResolversParentTypes['Designation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announcedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  approvedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, Partial<DesignationBatchesArgs>>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caveat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  firstNamed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<DesignationGrantedByArgs>>;
  holders?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, Partial<DesignationHoldersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameAsListed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noticeNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<DesignationProgrammesArgs>>;
  publicizedFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publicizedTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DesignationStatus']>, ParentType, ContextType>;
  termYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DesignationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DesignationConnection'] = ResolversParentTypes['DesignationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DesignationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DesignationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DesignationEdge'] = ResolversParentTypes['DesignationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Designation'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendanceMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  attendanceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendees?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, Partial<EventAttendeesArgs>>;
  awards?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, Partial<EventAwardsArgs>>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  heldIn?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<EventHeldInArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<EventProgrammesArgs>>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  speakers?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<EventSpeakersArgs>>;
  startDate?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<EventStatementsArgs>>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type GrantedByResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantedBy'] = ResolversParentTypes['GrantedBy']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldInResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HeldIn'] = ResolversParentTypes['HeldIn']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HoldsPostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HoldsPost'] = ResolversParentTypes['HoldsPost']> = {
  asOf?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InBatch'] = ResolversParentTypes['InBatch']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type LocatedInResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocatedIn'] = ResolversParentTypes['LocatedIn']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MadeAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MadeAt'] = ResolversParentTypes['MadeAt']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  attachSource?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationAttachSourceArgs, 'citation' | 'targetId'>>;
  createEntity?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createRelationship?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationCreateRelationshipArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id' | 'reason'>>;
  deleteRelationship?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationDeleteRelationshipArgs, 'id' | 'reason'>>;
  updateEntity?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Award' | 'Batch' | 'Delegation' | 'Designation' | 'Event' | 'Organization' | 'Park' | 'Person' | 'Programme' | 'ProgrammeFigure' | 'Region' | 'Statement' | 'Topic', ParentType, ContextType>;
};

export type NodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type OfProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfProgramme'] = ResolversParentTypes['OfProgramme']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  administers?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, Partial<OrganizationAdministersArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, Partial<OrganizationDelegationsArgs>>;
  designationsGranted?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<OrganizationDesignationsGrantedArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postHolders?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<OrganizationPostHoldersArgs>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<OrganizationProgrammesArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = {
  administeredBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<ParkAdministeredByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<ParkDesignationsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  locatedIn?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<ParkLocatedInArgs>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pinyin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  romanised?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkConnection'] = ResolversParentTypes['ParkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkEdge'] = ResolversParentTypes['ParkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Park'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PartOfResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartOf'] = ResolversParentTypes['PartOf']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<PersonAttendedArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<PersonPostsArgs>>;
  presented?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, Partial<PersonPresentedArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  spokeAt?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<PersonSpokeAtArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsArgs>>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type PresentedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Presented'] = ResolversParentTypes['Presented']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, Partial<ProgrammeBatchesArgs>>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<ProgrammeDesignationsArgs>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ProgrammeEventsArgs>>;
  figures?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, Partial<ProgrammeFiguresArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  levels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mottoEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mottoZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parkPilotsSince?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<ProgrammeRunByArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type ProgrammeFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeFigure'] = ResolversParentTypes['ProgrammeFigure']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FigureCategory'], ParentType, ContextType>;
  conflictedBy?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, Partial<ProgrammeFigureConflictedByArgs>>;
  conflictsWith?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, Partial<ProgrammeFigureConflictsWithArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  moreThan?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<ProgrammeFigureProgrammesArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeFigureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeFigureConnection'] = ResolversParentTypes['ProgrammeFigureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeFigureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeFigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeFigureEdge'] = ResolversParentTypes['ProgrammeFigureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgrammeFigure'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type ProvinceDesignationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvinceDesignations'] = ResolversParentTypes['ProvinceDesignations']> = {
  designations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type ProvinceTierCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvinceTierCount'] = ResolversParentTypes['ProvinceTierCount']> = {
  designations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  awards?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, Partial<QueryAwardsArgs>>;
  batchCoverage?: Resolver<Array<ResolversTypes['BatchCoverage']>, ParentType, ContextType, Partial<QueryBatchCoverageArgs>>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, Partial<QueryBatchesArgs>>;
  coverageBySourceCount?: Resolver<Array<ResolversTypes['SourceCountBucket']>, ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, Partial<QueryDelegationsArgs>>;
  designationHistory?: Resolver<Maybe<Array<ResolversTypes['Designation']>>, ParentType, ContextType, RequireFields<QueryDesignationHistoryArgs, 'id'>>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<QueryDesignationsArgs>>;
  designationsByProvince?: Resolver<Array<ResolversTypes['ProvinceDesignations']>, ParentType, ContextType, Partial<QueryDesignationsByProvinceArgs>>;
  designationsByProvinceAndTier?: Resolver<Array<ResolversTypes['ProvinceTierCount']>, ParentType, ContextType, Partial<QueryDesignationsByProvinceAndTierArgs>>;
  designationsByYearAndTier?: Resolver<Array<ResolversTypes['YearTierCount']>, ParentType, ContextType, Partial<QueryDesignationsByYearAndTierArgs>>;
  entityCounts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit' | 'offset'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  parks?: Resolver<ResolversTypes['ParkConnection'], ParentType, ContextType, Partial<QueryParksArgs>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  programmeFigures?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, Partial<QueryProgrammeFiguresArgs>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<QueryProgrammesArgs>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<QueryRegionsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'fuzzy' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sourceCoverage?: Resolver<Array<ResolversTypes['SourceCoverage']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<QuerySourcesArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
  tiers?: Resolver<Array<ResolversTypes['TierSummary']>, ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, Partial<QueryTopicsArgs>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  administeredBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<RegionAdministeredByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, Partial<RegionDesignationsArgs>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<RegionEventsArgs>>;
  former?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['RegionLevel']>, ParentType, ContextType>;
  listedFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  listedTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parks?: Resolver<ResolversTypes['ParkConnection'], ParentType, ContextType, Partial<RegionParksArgs>>;
  partOf?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<RegionPartOfArgs>>;
  parts?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<RegionPartsArgs>>;
  pinyin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  romanised?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<RegionStatementsArgs>>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  __resolveType: TypeResolveFn<'Administers' | 'Attended' | 'AwardedAt' | 'Concerns' | 'ConflictsWith' | 'DesignatedAs' | 'GrantedBy' | 'HeldIn' | 'HoldsPost' | 'InBatch' | 'LocatedIn' | 'MadeAt' | 'OfProgramme' | 'PartOf' | 'Presented' | 'Represents' | 'RunBy' | 'SpokeAt' | 'Stated', ParentType, ContextType>;
};

export type RepresentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Represents'] = ResolversParentTypes['Represents']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunByResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RunBy'] = ResolversParentTypes['RunBy']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  official?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retrievedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  secondary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceCountBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCountBucket'] = ResolversParentTypes['SourceCountBucket']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCoverage'] = ResolversParentTypes['SourceCoverage']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SpokeAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpokeAt'] = ResolversParentTypes['SpokeAt']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stated'] = ResolversParentTypes['Stated']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, Partial<StatementConcernsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  madeAt?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<StatementMadeAtArgs>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statedBy?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<StatementStatedByArgs>>;
  textEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['SubgraphNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  rootId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubgraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubgraphNode'] = ResolversParentTypes['SubgraphNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type TierSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierSummary'] = ResolversParentTypes['TierSummary']> = {
  adjacent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TierLevel'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['Layer'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<TopicStatementsArgs>>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
};

export type YearTierCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearTierCount'] = ResolversParentTypes['YearTierCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Administers?: AdministersResolvers<ContextType>;
  Attended?: AttendedResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  AwardConnection?: AwardConnectionResolvers<ContextType>;
  AwardEdge?: AwardEdgeResolvers<ContextType>;
  AwardedAt?: AwardedAtResolvers<ContextType>;
  Batch?: BatchResolvers<ContextType>;
  BatchConnection?: BatchConnectionResolvers<ContextType>;
  BatchCoverage?: BatchCoverageResolvers<ContextType>;
  BatchEdge?: BatchEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Concerns?: ConcernsResolvers<ContextType>;
  ConflictsWith?: ConflictsWithResolvers<ContextType>;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationConnection?: DelegationConnectionResolvers<ContextType>;
  DelegationEdge?: DelegationEdgeResolvers<ContextType>;
  DesignatedAs?: DesignatedAsResolvers<ContextType>;
  Designation?: DesignationResolvers<ContextType>;
  DesignationConnection?: DesignationConnectionResolvers<ContextType>;
  DesignationEdge?: DesignationEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  GrantedBy?: GrantedByResolvers<ContextType>;
  HeldIn?: HeldInResolvers<ContextType>;
  HoldsPost?: HoldsPostResolvers<ContextType>;
  InBatch?: InBatchResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  KindCount?: KindCountResolvers<ContextType>;
  LocatedIn?: LocatedInResolvers<ContextType>;
  MadeAt?: MadeAtResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  OfProgramme?: OfProgrammeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  ParkConnection?: ParkConnectionResolvers<ContextType>;
  ParkEdge?: ParkEdgeResolvers<ContextType>;
  PartOf?: PartOfResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Presented?: PresentedResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  ProgrammeFigure?: ProgrammeFigureResolvers<ContextType>;
  ProgrammeFigureConnection?: ProgrammeFigureConnectionResolvers<ContextType>;
  ProgrammeFigureEdge?: ProgrammeFigureEdgeResolvers<ContextType>;
  ProvinceDesignations?: ProvinceDesignationsResolvers<ContextType>;
  ProvinceTierCount?: ProvinceTierCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Represents?: RepresentsResolvers<ContextType>;
  RunBy?: RunByResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceCountBucket?: SourceCountBucketResolvers<ContextType>;
  SourceCoverage?: SourceCoverageResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SpokeAt?: SpokeAtResolvers<ContextType>;
  Stated?: StatedResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SubgraphNode?: SubgraphNodeResolvers<ContextType>;
  TierSummary?: TierSummaryResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  YearTierCount?: YearTierCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  relationship?: RelationshipDirectiveResolver<any, any, ContextType>;
};
