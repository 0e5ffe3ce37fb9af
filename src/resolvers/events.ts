import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** Events, awards, delegations, topics and statements (schema/events.graphql). Each root list is one translated Cypher query; nested fields read its projection. */
export const eventsResolvers: Resolvers = {
  Query: {
    events: (_parent, _args, { graph }, info) => graph.list(info, 'Event'),
    awards: (_parent, _args, { graph }, info) => graph.list(info, 'Award'),
    delegations: (_parent, _args, { graph }, info) => graph.list(info, 'Delegation'),
    topics: (_parent, _args, { graph }, info) => graph.list(info, 'Topic'),
    statements: (_parent, _args, { graph }, info) => graph.list(info, 'Statement'),
  },
  EventConnection: connectionResolvers,
  EventEdge: edgeResolvers,
  AwardConnection: connectionResolvers,
  AwardEdge: edgeResolvers,
  DelegationConnection: connectionResolvers,
  DelegationEdge: edgeResolvers,
  TopicConnection: connectionResolvers,
  TopicEdge: edgeResolvers,
  StatementConnection: connectionResolvers,
  StatementEdge: edgeResolvers,
};
