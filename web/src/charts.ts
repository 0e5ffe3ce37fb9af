import { download, element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Bar {
  readonly label: string;
  /** A small grey word after the label, e.g. "pinyin" for a romanised name. */
  readonly mark?: string;
  readonly segments: readonly { readonly value: number; readonly colour: string; readonly title: string }[];
  readonly onClick?: () => void;
}

/** About how wide a label draws at 11px: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? 11 : 6.2;
  return width;
}

/** A horizontal stacked bar chart as plain SVG: crisp, accessible (each bar has a title), exportable. */
export function barChart(title: string, bars: readonly Bar[]): SVGSVGElement {
  const rowHeight = 22;
  const labelWidth = Math.min(320, Math.max(60, ...bars.map((bar) => textWidth(bar.label) + (bar.mark ? textWidth(bar.mark) * 0.85 + 4 : 0) + 12)));
  const width = labelWidth + 400;
  const max = Math.max(1, ...bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const scale = (width - labelWidth - 40) / max;
  const svg = svgElement('svg', {
    xmlns: SVG,
    width,
    height: bars.length * rowHeight + 10,
    role: 'img',
    'aria-label': title,
    viewBox: `0 0 ${width} ${bars.length * rowHeight + 10}`,
  });
  bars.forEach((bar, index) => {
    const y = 5 + index * rowHeight;
    const label = svgElement('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, bar.label);
    if (bar.mark) label.append(svgElement('tspan', { 'font-size': 9, fill: '#6c757d', dx: 4 }, bar.mark));
    svg.append(label);
    let x = labelWidth;
    let total = 0;
    for (const segment of bar.segments) {
      const rect = svgElement('rect', {
        x,
        y: y + 3,
        width: Math.max(1, segment.value * scale),
        height: rowHeight - 6,
        fill: segment.colour,
        class: 'bar-rect',
        tabindex: bar.onClick ? 0 : -1,
      });
      rect.append(svgElement('title', {}, `${bar.label}${bar.mark ? ` (${bar.mark})` : ''}: ${segment.title} ${segment.value}`));
      if (bar.onClick) {
        const open = bar.onClick;
        rect.addEventListener('click', open);
        rect.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') open();
        });
      }
      svg.append(rect);
      x += segment.value * scale;
      total += segment.value;
    }
    svg.append(svgElement('text', { x: x + 4, y: y + 14 }, String(total)));
  });
  return svg;
}

/** Downloads an SVG chart as a PNG, drawn at twice its size for sharp print. */
export async function exportPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const data = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  await image.decode();
  const canvas = element('canvas', { width: String(svg.width.baseVal.value * 2), height: String(svg.height.baseVal.value * 2) });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(filename, blob);
}
