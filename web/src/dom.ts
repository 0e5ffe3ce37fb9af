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
