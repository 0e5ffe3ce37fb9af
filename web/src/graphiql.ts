import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

/** GraphiQL from the npm package, served by this server: schema docs, autocomplete, the README's examples as tabs. */
const root = document.getElementById('graphiql');
if (!root) throw new Error('#graphiql is missing');
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: '/graphql' }),
    defaultTabs: EXAMPLES.map((query) => ({ query })),
    defaultEditorToolsVisibility: false,
    isHeadersEditorEnabled: false,
  }),
);
