import type { CitationFieldsFragment } from './__generated__/graphql';
import { element, uncheckedMark } from './dom';

const documents = new Map<string, Promise<string>>();

function documentText(file: string): Promise<string> {
  const name = file.replace(/^documents\//, '');
  let text = documents.get(name);
  if (!text) {
    text = fetch(`/documents/${name.split('/').map(encodeURIComponent).join('/')}`).then((response) => response.text());
    documents.set(name, text);
  }
  return text;
}

/** The quote's place in the document, matching runs of white space as the loader does. */
function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The document's text with the quote marked and scrolled into view. */
async function showInDocument(container: HTMLElement, file: string, quote: string, language: string | null | undefined): Promise<void> {
  const text = await documentText(file);
  const place = findQuote(text, quote);
  const mark = element('mark', {}, place ? text.slice(place.start, place.end) : '');
  const body = element(
    'pre',
    { class: 'document', lang: language ?? '', tabindex: '0', 'aria-label': `Text of ${file}` },
    place ? text.slice(0, place.start) : text,
    place ? mark : null,
    place ? text.slice(place.end) : null,
  );
  container.replaceChildren(body);
  mark.scrollIntoView({ block: 'center' });
}

/** A list of citations: source, kind, date, the exact quote, and a way to read it in context. */
export function renderCitations(citations: readonly CitationFieldsFragment[]): HTMLElement {
  if (citations.length === 0) return element('p', { class: 'hint citations-none' }, 'No source backs this yet.');
  return element(
    'ol',
    { class: 'citations' },
    ...citations.map((citation) => {
      const { source } = citation;
      const title = source.url ? element('a', { href: source.url, rel: 'noreferrer', target: '_blank' }, source.title) : element('span', {}, source.title);
      const meta = [
        source.kind.toLowerCase().replace('_', ' '),
        source.language,
        source.publishedNote ?? source.publishedOn,
        source.publisher,
        source.official ? 'official' : null,
        source.secondary ? 'secondary: reports what other sources say' : null,
        // The seed is the rule; an import or an editor's citation says so.
        citation.layer !== 'SEED'
          ? `added by ${citation.layer === 'IMPORT' ? 'an import' : citation.layer === 'CURATION' ? 'an editor' : citation.layer.toLowerCase()}`
          : null,
      ]
        .filter(Boolean)
        .join(' · ');
      const item = element('li', {}, title, element('small', {}, ` ${meta}`));
      if (citation.quote) {
        const quote = element('blockquote', { lang: source.language ?? '' }, citation.quote);
        if (!citation.checked) quote.append(' ', uncheckedMark());
        item.append(quote);
      } else if (citation.unquoted) {
        item.append(element('p', { class: 'unquoted' }, element('small', {}, `No quote: ${citation.unquoted}`)));
      }
      if (citation.fields) item.append(element('small', { class: 'fields' }, `backs: ${citation.fields.join(', ')}`));
      if (citation.note) item.append(element('small', { class: 'citation-note' }, ` ${citation.note}`));
      if (citation.quote && citation.checked && source.file) {
        const viewer = element('div', { class: 'viewer' });
        const button = element('button', { type: 'button', 'aria-expanded': 'false' }, 'Show in document');
        button.addEventListener('click', () => {
          const open = button.getAttribute('aria-expanded') === 'true';
          button.setAttribute('aria-expanded', String(!open));
          button.textContent = open ? 'Show in document' : 'Hide document';
          if (open) viewer.replaceChildren();
          else void showInDocument(viewer, source.file ?? '', citation.quote ?? '', source.language);
        });
        item.append(button, viewer);
      }
      return item;
    }),
  );
}
