/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of award. */
export type AwardKind =
  /** Advanced collectives. */
  | 'ADVANCED_COLLECTIVE'
  /** Advanced individuals. */
  | 'ADVANCED_INDIVIDUAL';

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

/** The kinds of event. */
export type EventKind =
  /** A ceremony. */
  | 'CEREMONY'
  /** A conference. */
  | 'CONFERENCE'
  /** A forum. */
  | 'FORUM';

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

/** How the project holds a source. */
export type SourceKind =
  /** A data package the project installs (the national division codes); quotes are rows of it, checked at load. */
  | 'DATASET'
  /** A text the project holds (seed/documents); quotes from it are checked verbatim at load. */
  | 'DOCUMENT'
  /** A web page the project does not hold; citations say why they carry no quote, or carry one unchecked. */
  | 'WEB_PAGE';

/** The kinds of statement. */
export type StatementKind =
  /** An assessment. */
  | 'ASSESSMENT'
  /** A goal. */
  | 'GOAL'
  /** A requirement. */
  | 'REQUIREMENT';

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

export type CitationFieldsFragment = { quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } };

type RelationshipFields_Administers_Fragment = { __typename: 'Administers', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_Attended_Fragment = { __typename: 'Attended', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_AwardedAt_Fragment = { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_Concerns_Fragment = { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_ConflictsWith_Fragment = { __typename: 'ConflictsWith', note: string, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_DesignatedAs_Fragment = { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_GrantedBy_Fragment = { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_HeldIn_Fragment = { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_HoldsPost_Fragment = { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_InBatch_Fragment = { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_LocatedIn_Fragment = { __typename: 'LocatedIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_MadeAt_Fragment = { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_OfProgramme_Fragment = { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_PartOf_Fragment = { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_Presented_Fragment = { __typename: 'Presented', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_Represents_Fragment = { __typename: 'Represents', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_RunBy_Fragment = { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_SpokeAt_Fragment = { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

type RelationshipFields_Stated_Fragment = { __typename: 'Stated', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

export type RelationshipFieldsFragment =
  | RelationshipFields_Administers_Fragment
  | RelationshipFields_Attended_Fragment
  | RelationshipFields_AwardedAt_Fragment
  | RelationshipFields_Concerns_Fragment
  | RelationshipFields_ConflictsWith_Fragment
  | RelationshipFields_DesignatedAs_Fragment
  | RelationshipFields_GrantedBy_Fragment
  | RelationshipFields_HeldIn_Fragment
  | RelationshipFields_HoldsPost_Fragment
  | RelationshipFields_InBatch_Fragment
  | RelationshipFields_LocatedIn_Fragment
  | RelationshipFields_MadeAt_Fragment
  | RelationshipFields_OfProgramme_Fragment
  | RelationshipFields_PartOf_Fragment
  | RelationshipFields_Presented_Fragment
  | RelationshipFields_Represents_Fragment
  | RelationshipFields_RunBy_Fragment
  | RelationshipFields_SpokeAt_Fragment
  | RelationshipFields_Stated_Fragment
;

type GraphNodeFields_Award_Fragment = { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Batch_Fragment = { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Delegation_Fragment = { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Designation_Fragment = { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Event_Fragment = { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Organization_Fragment = { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Park_Fragment = { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Person_Fragment = { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Programme_Fragment = { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_ProgrammeFigure_Fragment = { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Region_Fragment = { __typename: 'Region', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Statement_Fragment = { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

type GraphNodeFields_Topic_Fragment = { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null };

export type GraphNodeFieldsFragment =
  | GraphNodeFields_Award_Fragment
  | GraphNodeFields_Batch_Fragment
  | GraphNodeFields_Delegation_Fragment
  | GraphNodeFields_Designation_Fragment
  | GraphNodeFields_Event_Fragment
  | GraphNodeFields_Organization_Fragment
  | GraphNodeFields_Park_Fragment
  | GraphNodeFields_Person_Fragment
  | GraphNodeFields_Programme_Fragment
  | GraphNodeFields_ProgrammeFigure_Fragment
  | GraphNodeFields_Region_Fragment
  | GraphNodeFields_Statement_Fragment
  | GraphNodeFields_Topic_Fragment
;

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  fuzzy?: boolean | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, kind: NodeKind, node:
      | { __typename: 'Award', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Batch', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Delegation', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Designation', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Event', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Organization', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Park', aliases: Array<string>, romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Person', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Programme', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'ProgrammeFigure', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Region', aliases: Array<string>, romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Statement', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
      | { __typename: 'Topic', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
     }> };

export type ExportCitationFieldsFragment = { quote: string | null, source: { id: string, title: string, url: string | null } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { rootId: string, truncated: boolean, nodes: Array<{ distance: number, degree: number, node:
        | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Region', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
        | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
       }>, relationships: Array<
      | { __typename: 'Administers', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Attended', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'ConflictsWith', note: string, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'LocatedIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Presented', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Represents', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Stated', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    > } | null };

export type HistoryStepFieldsFragment = { id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, noticeNumber: string | null, termYears: number | null, publicizedFrom: string | null, publicizedTo: string | null, signedOn: string | null, approvedOn: string | null, announcedOn: string | null, validFrom: string | null, validTo: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }>, batches: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, year: number | null, size: number | null } }> } };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Award', recipientCount: number, form: string | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, awardKind: AwardKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Batch', tier: DesignationTier, number: number | null, status: DesignationStatus | null, year: number | null, size: number | null, noticeNumber: string | null, termYears: number | null, publicizedFrom: string | null, publicizedTo: string | null, signedOn: string | null, approvedOn: string | null, announcedOn: string | null, validFrom: string | null, validTo: string | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Delegation', aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, delegationKind: DelegationKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Designation', tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, noticeNumber: string | null, termYears: number | null, publicizedFrom: string | null, publicizedTo: string | null, signedOn: string | null, approvedOn: string | null, announcedOn: string | null, checkedOn: string | null, validFrom: string | null, validTo: string | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, designationCategory: string | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Event', startDate: string, endDate: string | null, session: string | null, attendanceMin: number | null, attendanceNote: string | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, eventKind: EventKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Organization', aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, organizationKind: OrganizationKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Park', pinyin: string | null, aliases: Array<string>, note: string | null, layer: Layer, romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Person', aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Programme', levels: Array<string> | null, mottoEn: string | null, mottoZh: string | null, parkPilotsSince: number | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'ProgrammeFigure', asOf: string | null, value: number, moreThan: boolean | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, figureCategory: FigureCategory, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Region', level: RegionLevel | null, code: string | null, pinyin: string | null, former: boolean | null, listedFrom: string | null, listedTo: string | null, aliases: Array<string>, note: string | null, layer: Layer, romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, regionKind: RegionKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Statement', ordinal: number | null, textEn: string | null, textZh: string | null, aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, statementKind: StatementKind, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    | { __typename: 'Topic', aliases: Array<string>, note: string | null, layer: Layer, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
   | null, designationHistory: Array<{ id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, noticeNumber: string | null, termYears: number | null, publicizedFrom: string | null, publicizedTo: string | null, signedOn: string | null, approvedOn: string | null, announcedOn: string | null, validFrom: string | null, validTo: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }>, batches: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, year: number | null, size: number | null } }> } }> | null, tierTitles: Array<{ tier: DesignationTier, titleEn: string, titleZh: string }> };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Region', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
      | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, source: { id: string, title: string, url: string | null } }> }
    >, relationships: Array<
      | { __typename: 'Administers', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Attended', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'ConflictsWith', note: string, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'LocatedIn', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Presented', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Represents', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
      | { __typename: 'Stated', id: string, type: string, startId: string, endId: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
    > } | null };

export type ProvinceRowFieldsFragment = { designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null };

export type FigureFieldsFragment = { id: string, nameEn: string, nameZh: string | null, note: string | null, category: FigureCategory, asOf: string | null, value: number, moreThan: boolean | null, unverified: boolean | null, layer: Layer, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> };

export type FigurePageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, note: string | null, category: FigureCategory, asOf: string | null, value: number, moreThan: boolean | null, unverified: boolean | null, layer: Layer, conflictsWith: { totalCount: number, edges: Array<{ node: { id: string }, relationship:
            | { __typename: 'Administers', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'Attended', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'AwardedAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'Concerns', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'ConflictsWith', note: string, id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'DesignatedAs', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'GrantedBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'HeldIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'HoldsPost', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'InBatch', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'LocatedIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'MadeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'OfProgramme', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'PartOf', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'Presented', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'Represents', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'RunBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'SpokeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
            | { __typename: 'Stated', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
           | null }> }, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> } }> };

export type DesignationPageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, unverified: boolean | null, batches: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, year: number | null, number: number | null } }> }, holders: { edges: Array<{ node:
            | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, locatedIn: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } } }> } }
            | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Region', romanised: boolean | null, level: RegionLevel | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } }
            | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
            | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
           }> } } }> };

export type FilteredViewsFieldsFragment = { designationsByProvince: Array<{ designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByProvinceAndTier: Array<{ tier: DesignationTier, designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByYearAndTier: Array<{ year: number | null, tier: DesignationTier, count: number }>, namedByBatch: Array<{ size: number | null, named: number, batch: { id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, year: number | null } }> };

export type DashboardQueryVariables = Exact<{
  tier?: DesignationTier | null | undefined;
  batch?: string | number | null | undefined;
  year?: number | null | undefined;
  province?: string | number | null | undefined;
}>;


export type DashboardQuery = { years: Array<{ year: number | null }>, entityCounts: Array<{ kind: NodeKind, count: number }>, tiers: Array<{ tier: DesignationTier, family: string, level: TierLevel, titleZh: string, titleEn: string, description: string, adjacent: boolean, designations: number, holders: number, batches: number }>, batchCoverage: Array<{ size: number | null, named: number, batch: { id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, number: number | null, status: DesignationStatus | null, year: number | null, noticeNumber: string | null, announcedOn: string | null, signedOn: string | null, publicizedFrom: string | null, publicizedTo: string | null, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> } }>, sourceCoverage: Array<{ nodes: number, relationships: number, source: { id: string, kind: SourceKind, title: string } }>, coverageBySourceCount: Array<{ sources: number, nodes: number, relationships: number }>, figures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, note: string | null, category: FigureCategory, asOf: string | null, value: number, moreThan: boolean | null, unverified: boolean | null, layer: Layer, conflictsWith: { totalCount: number, edges: Array<{ node: { id: string }, relationship:
              | { __typename: 'Administers', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Attended', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'AwardedAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Concerns', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'ConflictsWith', note: string, id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'DesignatedAs', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'GrantedBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'HeldIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'HoldsPost', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'InBatch', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'LocatedIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'MadeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'OfProgramme', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'PartOf', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Presented', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Represents', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'RunBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'SpokeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Stated', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
             | null }> }, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> } }> }, designations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, unverified: boolean | null, batches: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, year: number | null, number: number | null } }> }, holders: { edges: Array<{ node:
              | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, locatedIn: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } } }> } }
              | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Region', romanised: boolean | null, level: RegionLevel | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } }
              | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
             }> } } }> }, conference:
    | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Event', startDate: string, attendanceNote: string | null, id: string, nameEn: string, nameZh: string | null, speakers: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null }, relationship:
            | { __typename: 'Administers' }
            | { __typename: 'Attended' }
            | { __typename: 'AwardedAt' }
            | { __typename: 'Concerns' }
            | { __typename: 'ConflictsWith' }
            | { __typename: 'DesignatedAs' }
            | { __typename: 'GrantedBy' }
            | { __typename: 'HeldIn' }
            | { __typename: 'HoldsPost' }
            | { __typename: 'InBatch' }
            | { __typename: 'LocatedIn' }
            | { __typename: 'MadeAt' }
            | { __typename: 'OfProgramme' }
            | { __typename: 'PartOf' }
            | { __typename: 'Presented' }
            | { __typename: 'Represents' }
            | { __typename: 'RunBy' }
            | { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null }
            | { __typename: 'Stated' }
           | null }> }, awards: { edges: Array<{ node: { id: string, nameEn: string, kind: AwardKind, recipientCount: number } }> }, attendees: { edges: Array<{ node:
            | { __typename: 'Award', id: string, nameEn: string }
            | { __typename: 'Batch', id: string, nameEn: string }
            | { __typename: 'Delegation', kind: DelegationKind, id: string, nameEn: string }
            | { __typename: 'Designation', id: string, nameEn: string }
            | { __typename: 'Event', id: string, nameEn: string }
            | { __typename: 'Organization', id: string, nameEn: string }
            | { __typename: 'Park', id: string, nameEn: string }
            | { __typename: 'Person', id: string, nameEn: string }
            | { __typename: 'Programme', id: string, nameEn: string }
            | { __typename: 'ProgrammeFigure', id: string, nameEn: string }
            | { __typename: 'Region', id: string, nameEn: string }
            | { __typename: 'Statement', id: string, nameEn: string }
            | { __typename: 'Topic', id: string, nameEn: string }
           }> } }
    | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Park', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Region', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null }
   | null, designationsByProvince: Array<{ designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByProvinceAndTier: Array<{ tier: DesignationTier, designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByYearAndTier: Array<{ year: number | null, tier: DesignationTier, count: number }>, namedByBatch: Array<{ size: number | null, named: number, batch: { id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, year: number | null } }> };

export type FilteredViewsQueryVariables = Exact<{
  tier?: DesignationTier | null | undefined;
  batch?: string | number | null | undefined;
  year?: number | null | undefined;
  province?: string | number | null | undefined;
}>;


export type FilteredViewsQuery = { designationsByProvince: Array<{ designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByProvinceAndTier: Array<{ tier: DesignationTier, designations: number, holders: number, province: { id: string, code: string | null, nameEn: string, nameZh: string | null, romanised: boolean | null, unverified: boolean | null } | null }>, designationsByYearAndTier: Array<{ year: number | null, tier: DesignationTier, count: number }>, namedByBatch: Array<{ size: number | null, named: number, batch: { id: string, nameEn: string, nameZh: string | null, tier: DesignationTier, year: number | null } }> };

export type MoreFiguresQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MoreFiguresQuery = { programmeFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, note: string | null, category: FigureCategory, asOf: string | null, value: number, moreThan: boolean | null, unverified: boolean | null, layer: Layer, conflictsWith: { totalCount: number, edges: Array<{ node: { id: string }, relationship:
              | { __typename: 'Administers', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Attended', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'AwardedAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Concerns', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'ConflictsWith', note: string, id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'DesignatedAs', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'GrantedBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'HeldIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'HoldsPost', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'InBatch', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'LocatedIn', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'MadeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'OfProgramme', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'PartOf', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Presented', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Represents', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'RunBy', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'SpokeAt', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
              | { __typename: 'Stated', id: string, layer: Layer, unverified: boolean | null, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> }
             | null }> }, sources: Array<{ quote: string | null, checked: boolean, unquoted: string | null, fields: Array<string> | null, note: string | null, layer: Layer, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publishedNote: string | null, publisher: string | null, official: boolean | null, secondary: boolean | null, file: string | null } }> } }> } };

export type MoreDesignationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MoreDesignationsQuery = { designations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: DesignationTier, status: DesignationStatus | null, year: number | null, nameAsListed: string | null, firstNamed: boolean | null, caveat: string | null, unverified: boolean | null, batches: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, year: number | null, number: number | null } }> }, holders: { edges: Array<{ node:
              | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Park', romanised: boolean | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, locatedIn: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } } }> } }
              | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Region', romanised: boolean | null, level: RegionLevel | null, id: string, nameEn: string, nameZh: string | null, unverified: boolean | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null, romanised: boolean | null, level: RegionLevel | null } }> } } }> } }
              | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
              | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null, unverified: boolean | null }
             }> } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationshipFields on Relationship {
  __typename
  id
  type
  startId
  endId
  layer
  unverified
  sources {
    ...CitationFields
  }
  ... on HoldsPost {
    title
    titleZh
    asOf
    validFrom
    validTo
  }
  ... on SpokeAt {
    role
    roleZh
    session
    onBehalfOf
  }
  ... on ConflictsWith {
    note
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}`, {"fragmentName":"RelationshipFields"}) as unknown as TypedDocumentString<RelationshipFieldsFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
  unverified
  ... on Region {
    romanised
  }
  ... on Park {
    romanised
  }
}
    `, {"fragmentName":"GraphNodeFields"}) as unknown as TypedDocumentString<GraphNodeFieldsFragment, unknown>;
export const ExportCitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportCitationFields on Citation {
  quote
  source {
    id
    title
    url
  }
}
    `, {"fragmentName":"ExportCitationFields"}) as unknown as TypedDocumentString<ExportCitationFieldsFragment, unknown>;
export const HistoryStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistoryStepFields on Designation {
  id
  nameEn
  nameZh
  tier
  status
  year
  nameAsListed
  firstNamed
  caveat
  noticeNumber
  termYears
  publicizedFrom
  publicizedTo
  signedOn
  approvedOn
  announcedOn
  validFrom
  validTo
  unverified
  sources {
    ...CitationFields
  }
  batches(first: 1) {
    edges {
      node {
        id
        nameEn
        nameZh
        year
        size
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}`, {"fragmentName":"HistoryStepFields"}) as unknown as TypedDocumentString<HistoryStepFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on ProgrammeFigure {
  id
  nameEn
  nameZh
  note
  category
  asOf
  value
  moreThan
  unverified
  layer
  sources {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}`, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const FigurePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigurePageFields on ProgrammeFigureConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...FigureFields
      conflictsWith(first: 10) {
        totalCount
        edges {
          node {
            id
          }
          relationship {
            __typename
            id
            layer
            unverified
            sources {
              ...CitationFields
            }
            ... on ConflictsWith {
              note
            }
          }
        }
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment FigureFields on ProgrammeFigure {
  id
  nameEn
  nameZh
  note
  category
  asOf
  value
  moreThan
  unverified
  layer
  sources {
    ...CitationFields
  }
}`, {"fragmentName":"FigurePageFields"}) as unknown as TypedDocumentString<FigurePageFieldsFragment, unknown>;
export const DesignationPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment DesignationPageFields on DesignationConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      id
      tier
      status
      year
      nameAsListed
      firstNamed
      caveat
      unverified
      batches(first: 1) {
        edges {
          node {
            id
            nameEn
            nameZh
            year
            number
          }
        }
      }
      holders(first: 1) {
        edges {
          node {
            __typename
            id
            nameEn
            nameZh
            unverified
            ... on Region {
              romanised
              level
              partOf(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                        }
                      }
                    }
                  }
                }
              }
            }
            ... on Park {
              romanised
              locatedIn(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                          partOf(first: 1) {
                            edges {
                              node {
                                id
                                nameEn
                                nameZh
                                romanised
                                level
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `, {"fragmentName":"DesignationPageFields"}) as unknown as TypedDocumentString<DesignationPageFieldsFragment, unknown>;
export const ProvinceRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvinceRowFields on ProvinceDesignations {
  province {
    id
    code
    nameEn
    nameZh
    romanised
    unverified
  }
  designations
  holders
}
    `, {"fragmentName":"ProvinceRowFields"}) as unknown as TypedDocumentString<ProvinceRowFieldsFragment, unknown>;
export const FilteredViewsFieldsFragmentDoc = new TypedDocumentString(`
    fragment FilteredViewsFields on Query {
  designationsByProvince(tier: $tier, batch: $batch, year: $year) {
    ...ProvinceRowFields
  }
  designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year) {
    province {
      id
      code
      nameEn
      nameZh
      romanised
      unverified
    }
    tier
    designations
    holders
  }
  designationsByYearAndTier(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    year
    tier
    count
  }
  namedByBatch: batchCoverage(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    size
    named
    batch {
      id
      nameEn
      nameZh
      tier
      year
    }
  }
}
    fragment ProvinceRowFields on ProvinceDesignations {
  province {
    id
    code
    nameEn
    nameZh
    romanised
    unverified
  }
  designations
  holders
}`, {"fragmentName":"FilteredViewsFields"}) as unknown as TypedDocumentString<FilteredViewsFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int, $fuzzy: Boolean) {
  search(text: $text, first: $first, fuzzy: $fuzzy) {
    score
    kind
    node {
      ...GraphNodeFields
      aliases
    }
  }
}
    fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
  unverified
  ... on Region {
    romanised
  }
  ... on Park {
    romanised
  }
}`, {"hash":"sha256:d14411c9146448efe52db24db7c3179fbd15530de6ed574f535409be0e8fe16e"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $limit: Int, $offset: Int) {
  neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {
    rootId
    truncated
    nodes {
      distance
      degree
      node {
        ...GraphNodeFields
        sources {
          ...ExportCitationFields
        }
      }
    }
    relationships {
      ...RelationshipFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment RelationshipFields on Relationship {
  __typename
  id
  type
  startId
  endId
  layer
  unverified
  sources {
    ...CitationFields
  }
  ... on HoldsPost {
    title
    titleZh
    asOf
    validFrom
    validTo
  }
  ... on SpokeAt {
    role
    roleZh
    session
    onBehalfOf
  }
  ... on ConflictsWith {
    note
  }
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
  unverified
  ... on Region {
    romanised
  }
  ... on Park {
    romanised
  }
}
fragment ExportCitationFields on Citation {
  quote
  source {
    id
    title
    url
  }
}`, {"hash":"sha256:5ff4b0675d8f94d6407dbcd0f89f34b4d128ccb531f7d6db828156f07595fecd"}) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    ...GraphNodeFields
    aliases
    note
    layer
    sources {
      ...CitationFields
    }
    ... on Organization {
      organizationKind: kind
    }
    ... on Region {
      regionKind: kind
      level
      code
      pinyin
      former
      listedFrom
      listedTo
    }
    ... on Park {
      pinyin
    }
    ... on Event {
      eventKind: kind
      startDate
      endDate
      session
      attendanceMin
      attendanceNote
    }
    ... on Award {
      awardKind: kind
      recipientCount
      form
    }
    ... on Delegation {
      delegationKind: kind
    }
    ... on Statement {
      statementKind: kind
      ordinal
      textEn
      textZh
    }
    ... on Programme {
      levels
      mottoEn
      mottoZh
      parkPilotsSince
    }
    ... on ProgrammeFigure {
      figureCategory: category
      asOf
      value
      moreThan
    }
    ... on Batch {
      tier
      number
      status
      year
      size
      noticeNumber
      termYears
      publicizedFrom
      publicizedTo
      signedOn
      approvedOn
      announcedOn
      validFrom
      validTo
    }
    ... on Designation {
      tier
      status
      year
      nameAsListed
      firstNamed
      designationCategory: category
      caveat
      noticeNumber
      termYears
      publicizedFrom
      publicizedTo
      signedOn
      approvedOn
      announcedOn
      checkedOn
      validFrom
      validTo
    }
  }
  designationHistory(id: $id) {
    ...HistoryStepFields
  }
  tierTitles: tiers {
    tier
    titleEn
    titleZh
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
  unverified
  ... on Region {
    romanised
  }
  ... on Park {
    romanised
  }
}
fragment HistoryStepFields on Designation {
  id
  nameEn
  nameZh
  tier
  status
  year
  nameAsListed
  firstNamed
  caveat
  noticeNumber
  termYears
  publicizedFrom
  publicizedTo
  signedOn
  approvedOn
  announcedOn
  validFrom
  validTo
  unverified
  sources {
    ...CitationFields
  }
  batches(first: 1) {
    edges {
      node {
        id
        nameEn
        nameZh
        year
        size
      }
    }
  }
}`, {"hash":"sha256:62427a0beddb0a7c9e5ad8bc5765c2ffbfef7b61b3cc8607a45ef89fb720e03f"}) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    length
    nodes {
      ...GraphNodeFields
      sources {
        ...ExportCitationFields
      }
    }
    relationships {
      ...RelationshipFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment RelationshipFields on Relationship {
  __typename
  id
  type
  startId
  endId
  layer
  unverified
  sources {
    ...CitationFields
  }
  ... on HoldsPost {
    title
    titleZh
    asOf
    validFrom
    validTo
  }
  ... on SpokeAt {
    role
    roleZh
    session
    onBehalfOf
  }
  ... on ConflictsWith {
    note
  }
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
  unverified
  ... on Region {
    romanised
  }
  ... on Park {
    romanised
  }
}
fragment ExportCitationFields on Citation {
  quote
  source {
    id
    title
    url
  }
}`, {"hash":"sha256:bd2106c4cc2f5ba3a932bba0d6732ce5313a943f50316c548d7e250b803f95a2"}) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
  ...FilteredViewsFields
  years: designationsByYearAndTier {
    year
  }
  entityCounts {
    kind
    count
  }
  tiers {
    tier
    family
    level
    titleZh
    titleEn
    description
    adjacent
    designations
    holders
    batches
  }
  batchCoverage {
    size
    named
    batch {
      id
      nameEn
      nameZh
      tier
      number
      status
      year
      noticeNumber
      announcedOn
      signedOn
      publicizedFrom
      publicizedTo
      unverified
      sources {
        ...CitationFields
      }
    }
  }
  sourceCoverage {
    source {
      id
      kind
      title
    }
    nodes
    relationships
  }
  coverageBySourceCount {
    sources
    nodes
    relationships
  }
  figures: programmeFigures(first: 40, orderBy: [{field: AS_OF}]) {
    ...FigurePageFields
  }
  designations(first: 100, orderBy: [{field: ID}]) {
    ...DesignationPageFields
  }
  conference: node(id: "event:nanjing-2008-conference") {
    __typename
    id
    nameEn
    nameZh
    ... on Event {
      startDate
      attendanceNote
      speakers(first: 20) {
        edges {
          node {
            id
            nameEn
            nameZh
          }
          relationship {
            __typename
            ... on SpokeAt {
              role
              roleZh
              session
            }
          }
        }
      }
      awards {
        edges {
          node {
            id
            nameEn
            kind
            recipientCount
          }
        }
      }
      attendees(first: 50) {
        edges {
          node {
            __typename
            id
            nameEn
            ... on Delegation {
              kind
            }
          }
        }
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment ProvinceRowFields on ProvinceDesignations {
  province {
    id
    code
    nameEn
    nameZh
    romanised
    unverified
  }
  designations
  holders
}
fragment FigureFields on ProgrammeFigure {
  id
  nameEn
  nameZh
  note
  category
  asOf
  value
  moreThan
  unverified
  layer
  sources {
    ...CitationFields
  }
}
fragment FigurePageFields on ProgrammeFigureConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...FigureFields
      conflictsWith(first: 10) {
        totalCount
        edges {
          node {
            id
          }
          relationship {
            __typename
            id
            layer
            unverified
            sources {
              ...CitationFields
            }
            ... on ConflictsWith {
              note
            }
          }
        }
      }
    }
  }
}
fragment DesignationPageFields on DesignationConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      id
      tier
      status
      year
      nameAsListed
      firstNamed
      caveat
      unverified
      batches(first: 1) {
        edges {
          node {
            id
            nameEn
            nameZh
            year
            number
          }
        }
      }
      holders(first: 1) {
        edges {
          node {
            __typename
            id
            nameEn
            nameZh
            unverified
            ... on Region {
              romanised
              level
              partOf(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                        }
                      }
                    }
                  }
                }
              }
            }
            ... on Park {
              romanised
              locatedIn(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                          partOf(first: 1) {
                            edges {
                              node {
                                id
                                nameEn
                                nameZh
                                romanised
                                level
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
fragment FilteredViewsFields on Query {
  designationsByProvince(tier: $tier, batch: $batch, year: $year) {
    ...ProvinceRowFields
  }
  designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year) {
    province {
      id
      code
      nameEn
      nameZh
      romanised
      unverified
    }
    tier
    designations
    holders
  }
  designationsByYearAndTier(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    year
    tier
    count
  }
  namedByBatch: batchCoverage(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    size
    named
    batch {
      id
      nameEn
      nameZh
      tier
      year
    }
  }
}`, {"hash":"sha256:b94150548a7918e02e4e88c01d33eb1005a1eb09422d31050179bc7d413206b9"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const FilteredViewsDocument = new TypedDocumentString(`
    query FilteredViews($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
  ...FilteredViewsFields
}
    fragment ProvinceRowFields on ProvinceDesignations {
  province {
    id
    code
    nameEn
    nameZh
    romanised
    unverified
  }
  designations
  holders
}
fragment FilteredViewsFields on Query {
  designationsByProvince(tier: $tier, batch: $batch, year: $year) {
    ...ProvinceRowFields
  }
  designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year) {
    province {
      id
      code
      nameEn
      nameZh
      romanised
      unverified
    }
    tier
    designations
    holders
  }
  designationsByYearAndTier(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    year
    tier
    count
  }
  namedByBatch: batchCoverage(
    tier: $tier
    batch: $batch
    year: $year
    province: $province
  ) {
    size
    named
    batch {
      id
      nameEn
      nameZh
      tier
      year
    }
  }
}`, {"hash":"sha256:4e25ea460bd026fdcc40541fb7b568a9d85aa305e7c10ea60db11f8cd28686ec"}) as unknown as TypedDocumentString<FilteredViewsQuery, FilteredViewsQueryVariables>;
export const MoreFiguresDocument = new TypedDocumentString(`
    query MoreFigures($after: String) {
  programmeFigures(first: 40, after: $after, orderBy: [{field: AS_OF}]) {
    ...FigurePageFields
  }
}
    fragment CitationFields on Citation {
  quote
  checked
  unquoted
  fields
  note
  layer
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publishedNote
    publisher
    official
    secondary
    file
  }
}
fragment FigureFields on ProgrammeFigure {
  id
  nameEn
  nameZh
  note
  category
  asOf
  value
  moreThan
  unverified
  layer
  sources {
    ...CitationFields
  }
}
fragment FigurePageFields on ProgrammeFigureConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...FigureFields
      conflictsWith(first: 10) {
        totalCount
        edges {
          node {
            id
          }
          relationship {
            __typename
            id
            layer
            unverified
            sources {
              ...CitationFields
            }
            ... on ConflictsWith {
              note
            }
          }
        }
      }
    }
  }
}`, {"hash":"sha256:da0580c50a6bf5c6a216d84de1a6d88160d4561b3e6b9edd214de52569114376"}) as unknown as TypedDocumentString<MoreFiguresQuery, MoreFiguresQueryVariables>;
export const MoreDesignationsDocument = new TypedDocumentString(`
    query MoreDesignations($after: String) {
  designations(first: 100, after: $after, orderBy: [{field: ID}]) {
    ...DesignationPageFields
  }
}
    fragment DesignationPageFields on DesignationConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      id
      tier
      status
      year
      nameAsListed
      firstNamed
      caveat
      unverified
      batches(first: 1) {
        edges {
          node {
            id
            nameEn
            nameZh
            year
            number
          }
        }
      }
      holders(first: 1) {
        edges {
          node {
            __typename
            id
            nameEn
            nameZh
            unverified
            ... on Region {
              romanised
              level
              partOf(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                        }
                      }
                    }
                  }
                }
              }
            }
            ... on Park {
              romanised
              locatedIn(first: 1) {
                edges {
                  node {
                    id
                    nameEn
                    nameZh
                    romanised
                    level
                    partOf(first: 1) {
                      edges {
                        node {
                          id
                          nameEn
                          nameZh
                          romanised
                          level
                          partOf(first: 1) {
                            edges {
                              node {
                                id
                                nameEn
                                nameZh
                                romanised
                                level
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}`, {"hash":"sha256:c17dad7918515b5df621cd6503780224f5368bb152d9c945c33d98d46d491dd2"}) as unknown as TypedDocumentString<MoreDesignationsQuery, MoreDesignationsQueryVariables>;