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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A person or a delegation attended an event. */
export type Attended = Relationship & {
  __typename?: 'Attended';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  presenters: PersonConnection;
  recipientCount: Scalars['Int']['output'];
  sources: Array<Citation>;
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

export type AwardKind =
  | 'ADVANCED_COLLECTIVE'
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A batch of designations announced together. */
export type Batch = Node & {
  __typename?: 'Batch';
  aliases: Array<Scalars['String']['output']>;
  announcedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** The designations of this batch the graph holds (a subset of size). */
  designations: DesignationConnection;
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  programmes: ProgrammeConnection;
  /** How many designations the batch holds, as published. */
  size: Scalars['Int']['output'];
  sources: Array<Citation>;
  status: DesignationStatus;
  tier: DesignationTier;
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  validTo?: Maybe<Scalars['PartialDate']['output']>;
  year: Scalars['Int']['output'];
};


/** A batch of designations announced together. */
export type BatchDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
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
  /** The properties this citation backs; null means the whole fact. */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  note?: Maybe<Scalars['String']['output']>;
  /** The exact words of the source, in its own language, for documents. */
  quote?: Maybe<Scalars['String']['output']>;
  source: Source;
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  represents: OrganizationConnection;
  sources: Array<Citation>;
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

export type DelegationKind =
  | 'DEMONSTRATION_CITY_IP_ADMINISTRATIONS'
  | 'DEMONSTRATION_PARK_COMMITTEES'
  | 'PROVINCIAL_IP_ADMINISTRATIONS'
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A city or park designated in a tier of the programme. */
export type Designation = Node & {
  __typename?: 'Designation';
  aliases: Array<Scalars['String']['output']>;
  announcedOn?: Maybe<Scalars['PartialDate']['output']>;
  approvedOn?: Maybe<Scalars['PartialDate']['output']>;
  batches: BatchConnection;
  /** When SIPO checked it on site. */
  checkedOn?: Maybe<Scalars['PartialDate']['output']>;
  grantedBy: OrganizationConnection;
  /** The region or park that holds it. */
  holders: NodeConnection;
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  programmes: ProgrammeConnection;
  sources: Array<Citation>;
  status: DesignationStatus;
  termYears?: Maybe<Scalars['Int']['output']>;
  tier: DesignationTier;
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
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

export type DesignationStatus =
  | 'ANNOUNCED'
  | 'APPROVED'
  | 'PUBLICIZED_FOR_COMMENT';

export type DesignationTier =
  /** 示范城市创建市: before 2012, a city working towards demonstration status. */
  | 'DEMONSTRATION_CREATION_CITY'
  /** IP demonstration park. */
  | 'DEMONSTRATION_PARK'
  /** 知识产权强市 demonstration city: a tier from 2016 on, first designated in 2022. */
  | 'IP_POWERFUL_CITY_DEMONSTRATION'
  /** 知识产权强市 pilot city: a tier from 2016 on, first designated in 2022. */
  | 'IP_POWERFUL_CITY_PILOT'
  /** 国家知识产权示范城市: from 2012, in batches. */
  | 'NATIONAL_IP_DEMONSTRATION_CITY'
  /** 国家知识产权工作示范城市: before 2012, approved after an on-site check, for three years. */
  | 'NATIONAL_IP_WORK_DEMONSTRATION_CITY'
  /** IP pilot city. */
  | 'PILOT_CITY'
  /** IP pilot park. */
  | 'PILOT_PARK';

export type DesignationWhere = {
  NOT?: InputMaybe<DesignationWhere>;
  OR?: InputMaybe<Array<DesignationWhere>>;
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

export type EventKind =
  | 'CEREMONY'
  | 'CONFERENCE'
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

export type FigureCategory =
  | 'DEMONSTRATION_CREATION_CITY'
  | 'DEMONSTRATION_CREATION_ENTERPRISE'
  | 'DEMONSTRATION_CREATION_PARK'
  | 'DEMONSTRATION_PARK'
  | 'PILOT_AND_DEMONSTRATION_CITY'
  | 'PILOT_CITY'
  | 'PILOT_ENTERPRISE'
  | 'PILOT_PARK';

/** A designation was granted by an organization. */
export type GrantedBy = Relationship & {
  __typename?: 'GrantedBy';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** An event took place in a region. */
export type HeldIn = Relationship & {
  __typename?: 'HeldIn';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A person holds a post in an organization. */
export type HoldsPost = Relationship & {
  __typename?: 'HoldsPost';
  /** When a source attests the post (the earliest such date). */
  asOf?: Maybe<Scalars['PartialDate']['output']>;
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  /** The post, in English. */
  title: Scalars['String']['output'];
  /** The post, in Chinese. */
  titleZh?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  validTo?: Maybe<Scalars['PartialDate']['output']>;
};

/** A designation was made in a batch. */
export type InBatch = Relationship & {
  __typename?: 'InBatch';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: NodeKind;
};

/** A statement was made at an event. */
export type MadeAt = Relationship & {
  __typename?: 'MadeAt';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that back this entity, each with its exact quote where the source is a document. */
  sources: Array<Citation>;
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
  | 'AWARD'
  | 'BATCH'
  | 'DELEGATION'
  | 'DESIGNATION'
  | 'EVENT'
  | 'ORGANIZATION'
  | 'PARK'
  | 'PERSON'
  | 'PROGRAMME'
  | 'PROGRAMME_FIGURE'
  | 'REGION'
  | 'STATEMENT'
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  postHolders: PersonConnection;
  /** Programmes this organization runs. */
  programmes: ProgrammeConnection;
  sources: Array<Citation>;
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

export type OrganizationKind =
  | 'IP_ADMINISTRATION'
  | 'NATIONAL_AGENCY'
  | 'PARK_COMMITTEE'
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
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
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
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A region lies within another. */
export type PartOf = Relationship & {
  __typename?: 'PartOf';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  levels?: Maybe<Array<Scalars['String']['output']>>;
  mottoEn?: Maybe<Scalars['String']['output']>;
  mottoZh?: Maybe<Scalars['String']['output']>;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  parkPilotsSince?: Maybe<Scalars['Int']['output']>;
  runBy: OrganizationConnection;
  sources: Array<Citation>;
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
  asOf: Scalars['PartialDate']['output'];
  category: FigureCategory;
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  programmes: ProgrammeConnection;
  sources: Array<Citation>;
  value: Scalars['Int']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first; filter by the changed record's id or by actor. */
  auditTrail: AuditEntryConnection;
  awards: AwardConnection;
  batches: BatchConnection;
  /** Facts grouped by how many distinct sources back them (one source versus two or more). */
  coverageBySourceCount: Array<SourceCountBucket>;
  delegations: DelegationConnection;
  designations: DesignationConnection;
  /** Designations grouped by the provincial-level unit of their holders, most first. */
  designationsByProvince: Array<ProvinceDesignations>;
  /** Designations grouped by year and tier, in time order. */
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
   * best hits first. Words match as prefixes, so it serves suggestions as you type.
   */
  search: Array<SearchHit>;
  /** A shortest path of at most `maxLength` hops (1 to 10) between two entities, or null. */
  shortestPath?: Maybe<Path>;
  source?: Maybe<Source>;
  /** For each source, how many facts cite it. */
  sourceCoverage: Array<SourceCoverage>;
  sources: SourceConnection;
  statements: StatementConnection;
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


export type QueryDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


export type QueryDesignationsByProvinceArgs = {
  tier?: InputMaybe<DesignationTier>;
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

/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type Region = Node & {
  __typename?: 'Region';
  administeredBy: OrganizationConnection;
  aliases: Array<Scalars['String']['output']>;
  designations: DesignationConnection;
  /** Events held here. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  kind: RegionKind;
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The region this one lies within. */
  partOf: RegionConnection;
  /** Regions within this one. */
  parts: RegionConnection;
  sources: Array<Citation>;
  /** Statements about this region. */
  statements: StatementConnection;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type RegionAdministeredByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  where?: InputMaybe<OrganizationWhere>;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type RegionDesignationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DesignationOrder>>;
  where?: InputMaybe<DesignationWhere>;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type RegionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  where?: InputMaybe<EventWhere>;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type RegionPartOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
export type RegionPartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RegionOrder>>;
  where?: InputMaybe<RegionWhere>;
};


/** A provincial-level unit (34 divisions and the XPCC) or a city. */
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

export type RegionKind =
  | 'AUTONOMOUS_REGION'
  | 'CITY'
  | 'COUNTY_LEVEL_CITY'
  | 'MUNICIPALITY'
  | 'PREFECTURE_LEVEL'
  | 'PRODUCTION_CORPS'
  | 'PROVINCE'
  | 'SPECIAL_ADMINISTRATIVE_REGION'
  | 'SUB_PROVINCIAL_CITY';

export type RegionOrder = {
  direction?: SortDirection;
  field: RegionSortField;
};

export type RegionSortField =
  | 'ID'
  | 'KIND'
  | 'NAME_EN'
  | 'NAME_ZH';

export type RegionWhere = {
  NOT?: InputMaybe<RegionWhere>;
  OR?: InputMaybe<Array<RegionWhere>>;
  /** HAS a designation matching this filter. */
  designations?: InputMaybe<DesignationWhere>;
  id?: InputMaybe<Scalars['ID']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<RegionKind>;
  kind_in?: InputMaybe<Array<RegionKind>>;
  /** Case-insensitive substring of the English or Chinese name or an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** HAS a parent region matching this filter. */
  partOf?: InputMaybe<RegionWhere>;
};

/** A relationship of the graph, with its own properties and sources. */
export type Relationship = {
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  /** The id of the node the relationship starts at (its direction is startId → endId). */
  startId: Scalars['ID']['output'];
  /** The Neo4j relationship type, e.g. HOLDS_POST. */
  type: Scalars['String']['output'];
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
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** The programme is run by an organization. */
export type RunBy = Relationship & {
  __typename?: 'RunBy';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
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
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** BCP 47 language tag, e.g. en or zh-Hant. */
  language?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['PartialDate']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
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

export type SourceKind =
  /** The project's domain brief: facts cited only to it have no primary source named. */
  | 'BRIEF'
  /** A text held in the project (seed/documents); citations of it carry a quote checked verbatim at load. */
  | 'DOCUMENT'
  /** A web page named by URL; the project does not hold its text, so citations carry no quote. */
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
};

/** A person spoke at an event; one relationship per speech or report. */
export type SpokeAt = Relationship & {
  __typename?: 'SpokeAt';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  /** What the speaker did, in English. */
  role: Scalars['String']['output'];
  roleZh?: Maybe<Scalars['String']['output']>;
  /** The part of the event, e.g. the opening ceremony. */
  session?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** A person made a statement. */
export type Stated = Relationship & {
  __typename?: 'Stated';
  endId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  sources: Array<Citation>;
  startId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** Something a speaker said: an assessment, a requirement or a goal, in both languages. */
export type Statement = Node & {
  __typename?: 'Statement';
  aliases: Array<Scalars['String']['output']>;
  /** Topics and regions it concerns. */
  concerns: NodeConnection;
  id: Scalars['ID']['output'];
  kind: StatementKind;
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

export type StatementKind =
  | 'ASSESSMENT'
  | 'GOAL'
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

/** A theme named at an event, e.g. the national IP strategy. */
export type Topic = Node & {
  __typename?: 'Topic';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  statements: StatementConnection;
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
  /** Null for designations whose year the sources do not give. */
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
  BatchEdge: ResolverTypeWrapper<Projected>;
  BatchOrder: BatchOrder;
  BatchSortField: BatchSortField;
  BatchWhere: BatchWhere;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  Citation: ResolverTypeWrapper<Projected>;
  CitationInput: CitationInput;
  Concerns: ResolverTypeWrapper<Projected>;
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Projected>;
  RegionConnection: ResolverTypeWrapper<Projected>;
  RegionEdge: ResolverTypeWrapper<Projected>;
  RegionKind: RegionKind;
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
  BatchEdge: Projected;
  BatchOrder: BatchOrder;
  BatchWhere: BatchWhere;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRecord;
  Citation: Projected;
  CitationInput: CitationInput;
  Concerns: Projected;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attended'] = ResolversParentTypes['Attended']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<AwardEventsArgs, 'first'>>;
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AwardKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenters?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<AwardPresentersArgs, 'first'>>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Batch'] = ResolversParentTypes['Batch']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announcedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<BatchDesignationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<BatchProgrammesArgs, 'first'>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DesignationStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchConnection'] = ResolversParentTypes['BatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  fields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ConcernsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Concerns'] = ResolversParentTypes['Concerns']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<DelegationAttendedArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DelegationKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  represents?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<DelegationRepresentsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DesignationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Designation'] = ResolversParentTypes['Designation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announcedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  approvedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, RequireFields<DesignationBatchesArgs, 'first'>>;
  checkedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<DesignationGrantedByArgs, 'first'>>;
  holders?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<DesignationHoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<DesignationProgrammesArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DesignationStatus'], ParentType, ContextType>;
  termYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['DesignationTier'], ParentType, ContextType>;
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
  attendees?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  awards?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, RequireFields<EventAwardsArgs, 'first'>>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  heldIn?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<EventHeldInArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<EventProgrammesArgs, 'first'>>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  speakers?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<EventSpeakersArgs, 'first'>>;
  startDate?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<EventStatementsArgs, 'first'>>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeldInResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HeldIn'] = ResolversParentTypes['HeldIn']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HoldsPostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HoldsPost'] = ResolversParentTypes['HoldsPost']> = {
  asOf?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InBatch'] = ResolversParentTypes['InBatch']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type MadeAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MadeAt'] = ResolversParentTypes['MadeAt']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  administers?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<OrganizationAdministersArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<OrganizationDelegationsArgs, 'first'>>;
  designationsGranted?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<OrganizationDesignationsGrantedArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postHolders?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<OrganizationPostHoldersArgs, 'first'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<OrganizationProgrammesArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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
  administeredBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<ParkAdministeredByArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<ParkDesignationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  attended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PersonAttendedArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<PersonPostsArgs, 'first'>>;
  presented?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, RequireFields<PersonPresentedArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  spokeAt?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PersonSpokeAtArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
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
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, RequireFields<ProgrammeBatchesArgs, 'first'>>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<ProgrammeDesignationsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<ProgrammeEventsArgs, 'first'>>;
  figures?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, RequireFields<ProgrammeFiguresArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mottoEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mottoZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parkPilotsSince?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<ProgrammeRunByArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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
  asOf?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FigureCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<ProgrammeFigureProgrammesArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  awards?: Resolver<ResolversTypes['AwardConnection'], ParentType, ContextType, RequireFields<QueryAwardsArgs, 'first'>>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, RequireFields<QueryBatchesArgs, 'first'>>;
  coverageBySourceCount?: Resolver<Array<ResolversTypes['SourceCountBucket']>, ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<QueryDelegationsArgs, 'first'>>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<QueryDesignationsArgs, 'first'>>;
  designationsByProvince?: Resolver<Array<ResolversTypes['ProvinceDesignations']>, ParentType, ContextType, Partial<QueryDesignationsByProvinceArgs>>;
  designationsByYearAndTier?: Resolver<Array<ResolversTypes['YearTierCount']>, ParentType, ContextType>;
  entityCounts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit' | 'offset'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  parks?: Resolver<ResolversTypes['ParkConnection'], ParentType, ContextType, RequireFields<QueryParksArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  programmeFigures?: Resolver<ResolversTypes['ProgrammeFigureConnection'], ParentType, ContextType, RequireFields<QueryProgrammeFiguresArgs, 'first'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sourceCoverage?: Resolver<Array<ResolversTypes['SourceCoverage']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  administeredBy?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<RegionAdministeredByArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  designations?: Resolver<ResolversTypes['DesignationConnection'], ParentType, ContextType, RequireFields<RegionDesignationsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<RegionEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<RegionPartOfArgs, 'first'>>;
  parts?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<RegionPartsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<RegionStatementsArgs, 'first'>>;
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
  __resolveType: TypeResolveFn<'Administers' | 'Attended' | 'AwardedAt' | 'Concerns' | 'DesignatedAs' | 'GrantedBy' | 'HeldIn' | 'HoldsPost' | 'InBatch' | 'MadeAt' | 'OfProgramme' | 'PartOf' | 'Presented' | 'Represents' | 'RunBy' | 'SpokeAt' | 'Stated', ParentType, ContextType>;
};

export type RepresentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Represents'] = ResolversParentTypes['Represents']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunByResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RunBy'] = ResolversParentTypes['RunBy']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stated'] = ResolversParentTypes['Stated']> = {
  endId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  startId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<StatementConcernsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  madeAt?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<StatementMadeAtArgs, 'first'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statedBy?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<StatementStatedByArgs, 'first'>>;
  textEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<TopicStatementsArgs, 'first'>>;
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
  BatchEdge?: BatchEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Concerns?: ConcernsResolvers<ContextType>;
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
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  YearTierCount?: YearTierCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  relationship?: RelationshipDirectiveResolver<any, any, ContextType>;
};
