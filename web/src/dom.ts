/** Small DOM helpers: every text goes in through textContent, never as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** The explorer's address for an entity, as the dashboard links to it. */
export function explorerLink(id: string): string {
  return `/?e=${encodeURIComponent(`${id}:1`)}&s=${encodeURIComponent(id)}`;
}

/** Saves text as a file the browser downloads. */
export function download(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = element('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** A small mark beside a name or fact, explained in its title. */
function mark(kind: string, text: string, title: string): HTMLElement {
  return element('small', { class: `mark ${kind}`, title }, text);
}

/** Marks an English name that is a generated pinyin romanisation, not a name any source gives. */
export function pinyinMark(): HTMLElement {
  return mark('pinyin', 'pinyin', 'A pinyin romanisation of the Chinese name, generated: no source gives this English name');
}

/** Marks a fact that no public source backs yet. */
export function unverifiedMark(note?: string | null): HTMLElement {
  return mark('unverified', 'unverified', `No public source backs this yet${note ? `: ${note}` : ''}`);
}

/** Marks a quote that was not checked against a text the project holds. */
export function uncheckedMark(): HTMLElement {
  return mark('unchecked', 'unchecked', 'This quote was not checked against a text the project holds');
}

/** The parts of a name as the pages show it: English (marked when romanised), then Chinese. */
export function nameParts(node: { nameEn: string; nameZh?: string | null; romanised?: boolean | null; unverified?: boolean | null }): (Node | string)[] {
  return [
    node.nameEn,
    ...(node.romanised ? [' ', pinyinMark()] : []),
    ...(node.nameZh ? [' ', element('span', { lang: 'zh' }, node.nameZh)] : []),
    ...(node.unverified ? [' ', unverifiedMark()] : []),
  ];
}

/** The plain text of a name, for CSV, filters and chart labels. */
export function nameText(node: { nameEn: string; nameZh?: string | null }): string {
  return node.nameZh ? `${node.nameEn} ${node.nameZh}` : node.nameEn;
}
