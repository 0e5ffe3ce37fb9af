import type { HistoryStepFieldsFragment } from './__generated__/graphql';
import { renderCitations } from './citations';
import { element, unverifiedMark } from './dom';

/** Words for a designation's status, as the README defines them. */
const STATUS_TEXT: Record<string, string> = {
  PUBLICIZED_FOR_COMMENT: 'publicised for comment (公示)',
  APPROVED: 'approved',
  ANNOUNCED: 'announced',
};

/** The dates a source states for a step, in the order they happen. */
function dates(step: HistoryStepFieldsFragment): string[] {
  const range = (from: string | null | undefined, to: string | null | undefined): string | null => (from || to ? `${from ?? '?'} to ${to ?? '?'}` : null);
  return [
    range(step.publicizedFrom, step.publicizedTo) && `publicised ${range(step.publicizedFrom, step.publicizedTo)}`,
    step.signedOn && `signed ${step.signedOn}`,
    step.approvedOn && `approved ${step.approvedOn}`,
    step.announcedOn && `announced ${step.announcedOn}`,
    range(step.validFrom, step.validTo) && `term ${range(step.validFrom, step.validTo)}`,
    step.termYears ? `${step.termYears}-year term` : null,
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/**
 * A place's designations as a timeline: an ordered list, oldest first, so that pilot,
 * demonstration and strong-city steps read in sequence; each step with its tier, list, status,
 * dates and the sources that state it, quote by quote.
 */
export function renderHistory(steps: readonly HistoryStepFieldsFragment[], titles: readonly TierTitle[]): HTMLElement {
  const section = element('section', { class: 'history', 'aria-labelledby': 'history-title' }, element('h3', { id: 'history-title' }, 'Designation history'));
  if (steps.length === 0) {
    section.append(element('p', { class: 'hint' }, 'The graph holds no designation of this place.'));
    return section;
  }
  const list = element('ol', { class: 'timeline' });
  for (const step of steps) {
    const batch = step.batches.edges[0]?.node;
    const year = step.year ?? batch?.year ?? null;
    list.append(
      element(
        'li',
        { class: 'step' },
        element('p', { class: 'step-year' }, year === null ? 'year not stated' : String(year)),
        element(
          'p',
          { class: 'step-title' },
          element('strong', { lang: 'zh' }, step.nameZh ?? step.nameEn),
          step.nameZh ? element('span', {}, ` ${step.nameEn}`) : null,
          step.unverified ? ' ' : null,
          step.unverified ? unverifiedMark() : null,
        ),
        element(
          'dl',
          { class: 'step-facts' },
          tierFact(step.tier, titles),
          fact(
            'list',
            batch ? `${batch.nameZh ? `${batch.nameZh} · ` : ''}${batch.nameEn}${batch.size ? ` (stated size ${batch.size})` : ''}` : 'no list stated',
          ),
          fact('status', step.status ? (STATUS_TEXT[step.status] ?? step.status.toLowerCase()) : 'not stated'),
          fact('dates', dates(step).join('; ') || 'none stated'),
          step.noticeNumber ? fact('notice', step.noticeNumber) : null,
          step.nameAsListed ? fact('as listed', step.nameAsListed, 'zh') : null,
          step.firstNamed ? fact('named', 'only as the head of its list') : null,
          step.caveat ? fact('caveat', step.caveat) : null,
        ),
        leadSource(step),
        element('details', { class: 'step-sources' }, element('summary', {}, `All sources (${step.sources.length})`), renderCitations(step.sources)),
      ),
    );
  }
  section.append(list);
  return section;
}

/** The step's first source in one line, title (linked) and quote, so that the timeline reads at a glance; the rest are a click away. */
function leadSource(step: HistoryStepFieldsFragment): HTMLElement {
  const citation = step.sources[0];
  if (!citation) return element('p', { class: 'hint' }, 'No source backs this yet.');
  const { source } = citation;
  return element(
    'p',
    { class: 'step-source' },
    'Source: ',
    source.url ? element('a', { href: source.url, rel: 'noreferrer', target: '_blank' }, source.title) : source.title,
    citation.quote ? element('q', { lang: source.language ?? '' }, citation.quote) : null,
  );
}

/** A tier's titles as the vocabulary gives them, English and Chinese. */
export interface TierTitle {
  readonly tier: string;
  readonly titleEn: string;
  readonly titleZh: string;
}

/** The step's tier by its titles; a tier the vocabulary lacks by its name in words. */
function tierFact(tier: string, titles: readonly TierTitle[]): HTMLElement {
  const title = titles.find((candidate) => candidate.tier === tier);
  if (!title) return fact('tier', tier.toLowerCase().replace(/_/g, ' '));
  return element(
    'div',
    { class: 'property', 'data-tier': tier },
    element('dt', {}, 'tier'),
    element('dd', {}, title.titleEn, ' ', element('span', { lang: 'zh' }, title.titleZh)),
  );
}

function fact(name: string, value: string, lang = 'en'): HTMLElement {
  return element('div', { class: 'property' }, element('dt', {}, name), element('dd', { lang }, value));
}
