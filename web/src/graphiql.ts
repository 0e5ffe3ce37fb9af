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

/** What each of GraphiQL's editors is, for the text area CodeMirror hides in it. */
const EDITOR_NAMES: readonly [string, string][] = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-editor-tool', 'Variables (JSON)'],
  ['.result-window', 'Result'],
];

/**
 * GraphiQL 3's markup fails axe-core's audit in ways its options cannot change: CodeMirror's text
 * areas have no label and its scrolling panes cannot be reached by keyboard, and the tab strip
 * claims the ARIA tab roles while each tab holds two buttons (select and close), which those
 * roles forbid. This mends each as GraphiQL renders it, and again when it renders anew: labels,
 * a tab stop for each pane, and the tab strip as the row of buttons it is. (Its colours
 * are mended in graphiql.html.)
 */
function mendAccessibility(): void {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const area of root?.querySelectorAll<HTMLTextAreaElement>(`${selector} textarea:not([aria-label])`) ?? []) area.setAttribute('aria-label', name);
  }
  for (const pane of root?.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])') ?? []) pane.setAttribute('tabindex', '0');
  // The strip also holds the "new tab" button beside its items, so it cannot be a list either.
  for (const element of root?.querySelectorAll('.graphiql-tabs:not([role="presentation"]), .graphiql-tabs [role="tab"]') ?? []) {
    element.setAttribute('role', 'presentation');
    element.removeAttribute('aria-selected');
  }
}
new MutationObserver(mendAccessibility).observe(root, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['role', 'tabindex', 'aria-label'],
});
