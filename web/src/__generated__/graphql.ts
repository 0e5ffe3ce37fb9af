/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AwardKind =
  | 'ADVANCED_COLLECTIVE'
  | 'ADVANCED_INDIVIDUAL';

export type DelegationKind =
  | 'DEMONSTRATION_CITY_IP_ADMINISTRATIONS'
  | 'DEMONSTRATION_PARK_COMMITTEES'
  | 'PROVINCIAL_IP_ADMINISTRATIONS'
  | 'XPCC_IP_ADMINISTRATION';

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

export type EventKind =
  | 'CEREMONY'
  | 'CONFERENCE'
  | 'FORUM';

export type FigureCategory =
  | 'DEMONSTRATION_CREATION_CITY'
  | 'DEMONSTRATION_CREATION_ENTERPRISE'
  | 'DEMONSTRATION_CREATION_PARK'
  | 'DEMONSTRATION_PARK'
  | 'PILOT_AND_DEMONSTRATION_CITY'
  | 'PILOT_CITY'
  | 'PILOT_ENTERPRISE'
  | 'PILOT_PARK';

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

export type OrganizationKind =
  | 'IP_ADMINISTRATION'
  | 'NATIONAL_AGENCY'
  | 'PARK_COMMITTEE'
  | 'PROVINCIAL_GOVERNMENT';

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

export type SourceKind =
  /** The project's domain brief: facts cited only to it have no primary source named. */
  | 'BRIEF'
  /** A text held in the project (seed/documents); citations of it carry a quote checked verbatim at load. */
  | 'DOCUMENT'
  /** A web page named by URL; the project does not hold its text, so citations carry no quote. */
  | 'WEB_PAGE';

export type StatementKind =
  | 'ASSESSMENT'
  | 'GOAL'
  | 'REQUIREMENT';

export type CitationFieldsFragment = { quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } };

type RelationshipFields_Administers_Fragment = { __typename: 'Administers', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_Attended_Fragment = { __typename: 'Attended', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_AwardedAt_Fragment = { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_Concerns_Fragment = { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_DesignatedAs_Fragment = { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_GrantedBy_Fragment = { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_HeldIn_Fragment = { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_HoldsPost_Fragment = { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_InBatch_Fragment = { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_MadeAt_Fragment = { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_OfProgramme_Fragment = { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_PartOf_Fragment = { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_Presented_Fragment = { __typename: 'Presented', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_Represents_Fragment = { __typename: 'Represents', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_RunBy_Fragment = { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_SpokeAt_Fragment = { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

type RelationshipFields_Stated_Fragment = { __typename: 'Stated', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> };

export type RelationshipFieldsFragment =
  | RelationshipFields_Administers_Fragment
  | RelationshipFields_Attended_Fragment
  | RelationshipFields_AwardedAt_Fragment
  | RelationshipFields_Concerns_Fragment
  | RelationshipFields_DesignatedAs_Fragment
  | RelationshipFields_GrantedBy_Fragment
  | RelationshipFields_HeldIn_Fragment
  | RelationshipFields_HoldsPost_Fragment
  | RelationshipFields_InBatch_Fragment
  | RelationshipFields_MadeAt_Fragment
  | RelationshipFields_OfProgramme_Fragment
  | RelationshipFields_PartOf_Fragment
  | RelationshipFields_Presented_Fragment
  | RelationshipFields_Represents_Fragment
  | RelationshipFields_RunBy_Fragment
  | RelationshipFields_SpokeAt_Fragment
  | RelationshipFields_Stated_Fragment
;

type GraphNodeFields_Award_Fragment = { __typename: 'Award', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Batch_Fragment = { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Delegation_Fragment = { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Designation_Fragment = { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Event_Fragment = { __typename: 'Event', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Organization_Fragment = { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Park_Fragment = { __typename: 'Park', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Person_Fragment = { __typename: 'Person', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Programme_Fragment = { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_ProgrammeFigure_Fragment = { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Region_Fragment = { __typename: 'Region', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Statement_Fragment = { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null };

type GraphNodeFields_Topic_Fragment = { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null };

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
}>;


export type SearchQuery = { search: Array<{ score: number, kind: NodeKind, node:
      | { __typename: 'Award', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Batch', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Delegation', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Designation', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Event', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Organization', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Park', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Person', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Programme', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'ProgrammeFigure', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Region', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Statement', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Topic', aliases: Array<string>, id: string, nameEn: string, nameZh: string | null }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { rootId: string, truncated: boolean, nodes: Array<{ distance: number, degree: number, node:
        | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Park', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Region', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null }
        | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null }
       }>, relationships: Array<
      | { __typename: 'Administers', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Attended', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Presented', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Represents', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Stated', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    > } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Award', recipientCount: number, form: string | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, awardKind: AwardKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Batch', tier: DesignationTier, number: number, status: DesignationStatus, announcedOn: string | null, size: number, validFrom: string | null, validTo: string | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, batchYear: number, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Delegation', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, delegationKind: DelegationKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Designation', tier: DesignationTier, status: DesignationStatus, announcedOn: string | null, checkedOn: string | null, approvedOn: string | null, validFrom: string | null, validTo: string | null, termYears: number | null, year: number | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Event', startDate: string, endDate: string | null, session: string | null, attendanceMin: number | null, attendanceNote: string | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, eventKind: EventKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Organization', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, organizationKind: OrganizationKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Park', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Person', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Programme', levels: Array<string> | null, mottoEn: string | null, mottoZh: string | null, parkPilotsSince: number | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'ProgrammeFigure', category: FigureCategory, asOf: string, value: number, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Region', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, regionKind: RegionKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Statement', ordinal: number | null, textEn: string | null, textZh: string | null, aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, statementKind: StatementKind, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    | { __typename: 'Topic', aliases: Array<string>, note: string | null, id: string, nameEn: string, nameZh: string | null, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
   | null };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Park', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Region', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null }
      | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null }
    >, relationships: Array<
      | { __typename: 'Administers', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Attended', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'AwardedAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Concerns', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'DesignatedAs', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'GrantedBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'HeldIn', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'HoldsPost', title: string, titleZh: string | null, asOf: string | null, validFrom: string | null, validTo: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'InBatch', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'MadeAt', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'OfProgramme', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'PartOf', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Presented', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Represents', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'RunBy', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'SpokeAt', role: string, roleZh: string | null, session: string | null, onBehalfOf: string | null, id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
      | { __typename: 'Stated', id: string, type: string, startId: string, endId: string, sources: Array<{ quote: string | null, fields: Array<string> | null, note: string | null, source: { id: string, kind: SourceKind, title: string, url: string | null, language: string | null, publishedOn: string | null, publisher: string | null, file: string | null } }> }
    > } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { entityCounts: Array<{ kind: NodeKind, count: number }>, designationsByProvince: Array<{ designations: number, holders: number, province: { id: string, nameEn: string, nameZh: string | null } | null }>, designationsByYearAndTier: Array<{ year: number | null, tier: DesignationTier, count: number }>, sourceCoverage: Array<{ nodes: number, relationships: number, source: { id: string, kind: SourceKind, title: string } }>, coverageBySourceCount: Array<{ sources: number, nodes: number, relationships: number }>, designations: { totalCount: number, edges: Array<{ node: { id: string, tier: DesignationTier, status: DesignationStatus, year: number | null, announcedOn: string | null, holders: { edges: Array<{ node:
              | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Event', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Organization', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Park', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Person', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Programme', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'ProgrammeFigure', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Region', id: string, nameEn: string, nameZh: string | null, regionKind: RegionKind, partOf: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null } }> } }
              | { __typename: 'Statement', id: string, nameEn: string, nameZh: string | null }
              | { __typename: 'Topic', id: string, nameEn: string, nameZh: string | null }
             }> } } }> }, conference:
    | { __typename: 'Award', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Batch', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Delegation', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Designation', id: string, nameEn: string, nameZh: string | null }
    | { __typename: 'Event', startDate: string, attendanceNote: string | null, id: string, nameEn: string, nameZh: string | null, speakers: { edges: Array<{ node: { id: string, nameEn: string, nameZh: string | null }, relationship:
            | { role: string, roleZh: string | null, session: string | null }
            | Record<PropertyKey, never>
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
   | null };

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
  fields
  note
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publisher
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
}
    fragment CitationFields on Citation {
  quote
  fields
  note
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publisher
    file
  }
}`, {"fragmentName":"RelationshipFields"}) as unknown as TypedDocumentString<RelationshipFieldsFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
}
    `, {"fragmentName":"GraphNodeFields"}) as unknown as TypedDocumentString<GraphNodeFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
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
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
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
      }
    }
    relationships {
      ...RelationshipFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  fields
  note
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publisher
    file
  }
}
fragment RelationshipFields on Relationship {
  __typename
  id
  type
  startId
  endId
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
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    ...GraphNodeFields
    aliases
    note
    sources {
      ...CitationFields
    }
    ... on Organization {
      organizationKind: kind
    }
    ... on Region {
      regionKind: kind
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
      category
      asOf
      value
    }
    ... on Batch {
      tier
      number
      status
      announcedOn
      batchYear: year
      size
      validFrom
      validTo
    }
    ... on Designation {
      tier
      status
      announcedOn
      checkedOn
      approvedOn
      validFrom
      validTo
      termYears
      year
    }
  }
}
    fragment CitationFields on Citation {
  quote
  fields
  note
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publisher
    file
  }
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    length
    nodes {
      ...GraphNodeFields
    }
    relationships {
      ...RelationshipFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  fields
  note
  source {
    id
    kind
    title
    url
    language
    publishedOn
    publisher
    file
  }
}
fragment RelationshipFields on Relationship {
  __typename
  id
  type
  startId
  endId
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
}
fragment GraphNodeFields on Node {
  __typename
  id
  nameEn
  nameZh
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  entityCounts {
    kind
    count
  }
  designationsByProvince {
    province {
      id
      nameEn
      nameZh
    }
    designations
    holders
  }
  designationsByYearAndTier {
    year
    tier
    count
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
  designations(first: 100, orderBy: [{field: YEAR}]) {
    totalCount
    edges {
      node {
        id
        tier
        status
        year
        announcedOn
        holders {
          edges {
            node {
              __typename
              id
              nameEn
              nameZh
              ... on Region {
                regionKind: kind
                partOf {
                  edges {
                    node {
                      id
                      nameEn
                      nameZh
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
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;