import { request } from './api';
import { element, pinyinMark, unverifiedMark } from './dom';
import { SearchQuery } from './operations';

export interface Pick {
  readonly id: string;
  readonly label: string;
  /** The English name is a generated romanisation, not a sourced name. */
  readonly romanised?: boolean;
  readonly unverified?: boolean;
}

/**
 * Suggestions as you type (English or Chinese) under a search input, from the API's full-text
 * search: arrow keys move, Enter picks (the best hit when none is highlighted), Escape closes.
 * `onNoMatch` hears of an Enter that found nothing.
 */
export function attachSuggest(input: HTMLInputElement, list: HTMLUListElement, onPick: (pick: Pick) => void, onNoMatch?: (text: string) => void): void {
  let hits: Pick[] = [];
  /** The text `hits` answer; Enter on newer text looks it up first. */
  let hitsFor = '';
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (): void => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const option = element(
          'li',
          { role: 'option', id: `${list.id}-${index}`, 'aria-selected': String(index === active) },
          hit.label,
          hit.romanised ? ' ' : null,
          hit.romanised ? pinyinMark() : null,
          hit.unverified ? ' ' : null,
          hit.unverified ? unverifiedMark() : null,
        );
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return option;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit);
  };
  const lookUp = async (): Promise<void> => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length === 0) {
      hits = [];
      hitsFor = text;
      return render();
    }
    const result = await request(SearchQuery, { text, first: 8 });
    if (ticket !== asked) return;
    hitsFor = text;
    hits = result.search.map((hit) => ({
      id: hit.node.id,
      label: `${hit.node.nameEn}${hit.node.nameZh ? ` ${hit.node.nameZh}` : ''} · ${hit.kind.toLowerCase().replace(/_/g, ' ')}`,
      romanised: (hit.node.__typename === 'Region' || hit.node.__typename === 'Park') && hit.node.romanised === true,
      unverified: hit.node.unverified === true,
    }));
    active = hits.length > 0 ? 0 : -1;
    render();
  };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void lookUp(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      if (text.length === 0) return;
      // Typed faster than the suggestions came: the pending look-up would answer an older text.
      window.clearTimeout(timer);
      const current = hitsFor === text ? Promise.resolve() : lookUp();
      void current.then(() => {
        if (input.value.trim() !== text) return;
        if (hits.length === 0) onNoMatch?.(text);
        else choose(Math.max(active, 0));
      });
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
