import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** The programme, its figures, batches and designations (schema/programme.graphql). Each root list is one translated Cypher query; nested fields read its projection. */
export const programmeResolvers: Resolvers = {
  Query: {
    programmes: (_parent, _args, { graph }, info) => graph.list(info, 'Programme'),
    programmeFigures: (_parent, _args, { graph }, info) => graph.list(info, 'ProgrammeFigure'),
    batches: (_parent, _args, { graph }, info) => graph.list(info, 'Batch'),
    designations: (_parent, _args, { graph }, info) => graph.list(info, 'Designation'),
  },
  ProgrammeConnection: connectionResolvers,
  ProgrammeEdge: edgeResolvers,
  ProgrammeFigureConnection: connectionResolvers,
  ProgrammeFigureEdge: edgeResolvers,
  BatchConnection: connectionResolvers,
  BatchEdge: edgeResolvers,
  DesignationConnection: connectionResolvers,
  DesignationEdge: edgeResolvers,
};
