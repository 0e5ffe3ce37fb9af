/**
 * Benchmark charts as standalone SVG text, so results can be plotted next to the JSON/Markdown
 * reports without a browser, a canvas or a plotting dependency. The output is deterministic
 * (no clocks, no randomness, coordinates rounded to 0.1 px) so regenerated charts diff cleanly.
 */

export interface BarGroup {
  readonly label: string;
  /** One value per series, in series order; null (or NaN/Infinity) = not measured. */
  readonly values: readonly (number | null)[];
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

// Okabe–Ito minus its yellow: distinguishable for colour-blind readers and legible on white.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'] as const;
const colour = (index: number): string => PALETTE[index % PALETTE.length] ?? '#000000';

// No font metrics without a renderer: an average sans-serif glyph is ~0.6 em wide, which is
// only used to reserve room (legend wrapping, label wrapping), never to position text exactly.
const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

const MARGIN_LEFT = 64; // room for tick labels plus the rotated y-axis title
const MAX_LABEL_LINES = 3;

interface Plot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Rounded so output is compact and stable across platforms' float printing. */
function px(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return String(rounded === 0 ? 0 : rounded); // avoids "-0"
}

const measured = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** Axis from 0 with ~5 steps of 1/2/5 × 10^k, so gridlines land on numbers people read at a glance. */
function niceScale(max: number): { readonly top: number; readonly ticks: readonly number[] } {
  const target = Number.isFinite(max) && max > 0 ? max : 1; // an all-zero chart still needs an axis
  const rough = target / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough * (1 - 1e-9)) ?? 10) * magnitude;
  const count = Math.max(1, Math.ceil(target / step - 1e-9));
  // toPrecision drops binary noise such as 0.30000000000000004 from the tick values.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1] ?? target, ticks };
}

/** Tick labels: graph scales read better as "100k" / "1M" than as seven digits. */
function compactNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [size, suffix] of [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ] as const) {
    if (abs >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(value.toPrecision(6)));
}

/** Bar values: a decimal matters for small latencies, not for hundreds of req/s. */
function formatValue(value: number): string {
  return Math.abs(value) < 100 ? value.toFixed(1) : String(Math.round(value));
}

function svgDocument(width: number, height: number, title: string, body: readonly string[]): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>`,
    `<text x="${px(w / 2)}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Legend items flow left to right and wrap, so many or long series names never overflow the chart. */
function legend(names: readonly string[], plot: Plot, swatch: (x: number, y: number, fill: string) => string): { svg: string[]; height: number } {
  const svg: string[] = [];
  let x = plot.left;
  let y = 46;
  names.forEach((name, i) => {
    const itemWidth = 16 + textWidth(name, 12) + 18;
    if (x > plot.left && x + itemWidth > plot.left + plot.width) {
      x = plot.left;
      y += 18;
    }
    svg.push(swatch(x, y, colour(i)), `<text x="${px(x + 16)}" y="${px(y + 4)}" font-size="12">${esc(name)}</text>`);
    x += itemWidth;
  });
  return { svg, height: names.length > 0 ? y - 46 + 18 : 0 };
}

function yAxis(plot: Plot, scale: { readonly top: number; readonly ticks: readonly number[] }, title: string): string[] {
  const out: string[] = [];
  for (const tick of scale.ticks) {
    const y = plot.top + plot.height - (tick / scale.top) * plot.height;
    const stroke = tick === 0 ? '#333333' : '#e0e0e0';
    out.push(
      `<line x1="${px(plot.left)}" y1="${px(y)}" x2="${px(plot.left + plot.width)}" y2="${px(y)}" stroke="${stroke}"/>`,
      `<text x="${px(plot.left - 6)}" y="${px(y + 4)}" text-anchor="end" font-size="11">${esc(compactNumber(tick))}</text>`,
    );
  }
  const middle = plot.top + plot.height / 2;
  out.push(`<text transform="translate(${px(plot.left - 46)} ${px(middle)}) rotate(-90)" text-anchor="middle" font-size="12">${esc(title)}</text>`);
  return out;
}

function noDataNote(plot: Plot): string {
  return `<text class="no-data" x="${px(plot.left + plot.width / 2)}" y="${px(plot.top + plot.height / 2)}" text-anchor="middle" font-size="14" fill="#888888">no data</text>`;
}

/** Long operation names wrap at separators rather than rotate: rotated text runs off the left edge. */
function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of label.match(/[^\s/_-]+[\s/_-]*|[\s/_-]+/g) ?? []) {
    if (line.trim() && (line + token).trimEnd().length > maxChars) {
      lines.push(line.trim());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trim());
  const clip = (text: string, force: boolean): string => (force || text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  const kept = lines.slice(0, MAX_LABEL_LINES).map((text) => clip(text, false));
  if (lines.length > MAX_LABEL_LINES) kept[MAX_LABEL_LINES - 1] = clip(lines[MAX_LABEL_LINES - 1] ?? '', true);
  return kept;
}

export function groupedBarChart(options: {
  readonly title: string;
  readonly unit: string;
  readonly series: readonly string[];
  readonly groups: readonly BarGroup[];
}): string {
  const { series, groups } = options;
  // 30 px bars leave room for a 5-character value label above each without touching neighbours.
  const barWidth = 30;
  const barGap = 2;
  const groupPad = 24;
  const barsWidth = Math.max(1, series.length) * (barWidth + barGap) - barGap;
  // At least ~14 characters of label per group, and groups stretch to fill a minimum-width plot.
  const plotWidth = Math.max(420, groups.length * Math.max(barsWidth + groupPad, 100));
  const groupWidth = plotWidth / Math.max(1, groups.length);
  const frame: Plot = { left: MARGIN_LEFT, top: 0, width: plotWidth, height: 260 };
  const key = legend(series, frame, (x, y, fill) => `<rect x="${px(x)}" y="${px(y - 5)}" width="10" height="10" fill="${fill}"/>`);
  const plot: Plot = { ...frame, top: 40 + key.height + 24 };
  const bottom = plot.top + plot.height;

  const values = groups.map((group) => series.map((_, s) => group.values[s]).map((v) => (measured(v) ? v : null)));
  const present = values.flat().filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(0, ...present));
  const labels = groups.map((group) => wrapLabel(group.label, Math.floor((groupWidth - 6) / textWidth('x', 11))));
  const labelLines = Math.max(1, ...labels.map((lines) => lines.length));

  const body = [...key.svg, ...yAxis(plot, scale, options.unit)];
  groups.forEach((_, g) => {
    const groupLeft = plot.left + g * groupWidth;
    values[g]?.forEach((value, s) => {
      const x = groupLeft + (groupWidth - barsWidth) / 2 + s * (barWidth + barGap);
      const centre = px(x + barWidth / 2);
      if (value === null) {
        body.push(`<text class="na" x="${centre}" y="${px(bottom - 4)}" text-anchor="middle" font-size="9" fill="#888888">n/a</text>`);
        return;
      }
      // Negative values cannot occur for latencies or rates; draw them flat rather than below the axis.
      const height = (Math.max(0, value) / scale.top) * plot.height;
      const tooltip = esc(`${series[s] ?? ''}: ${formatValue(value)} ${options.unit}`);
      body.push(
        `<rect class="bar" x="${px(x)}" y="${px(bottom - height)}" width="${barWidth}" height="${px(height)}" fill="${colour(s)}"><title>${tooltip}</title></rect>`,
        `<text x="${centre}" y="${px(bottom - height - 4)}" text-anchor="middle" font-size="10">${esc(formatValue(value))}</text>`,
      );
    });
    const lines = (labels[g] ?? []).map((text, i) => `<tspan x="${px(groupLeft + groupWidth / 2)}" y="${px(bottom + 16 + i * 13)}">${esc(text)}</tspan>`);
    body.push(`<text class="group-label" text-anchor="middle" font-size="11">${lines.join('')}</text>`);
  });
  if (present.length === 0) body.push(noDataNote(plot));
  return svgDocument(plot.left + plot.width + 20, bottom + 16 + (labelLines - 1) * 13 + 16, options.title, body);
}

export function lineChart(options: {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  readonly logX?: boolean;
  readonly threshold?: { readonly y: number; readonly label: string };
}): string {
  const logX = options.logX ?? false;
  // Unplottable points are dropped (x <= 0 has no place on a log axis); sorting makes lines run left to right.
  const series = options.series.map((s) => ({
    name: s.name,
    points: s.points.filter((p) => measured(p.x) && measured(p.y) && (logX ? p.x > 0 : p.x >= 0)).sort((a, b) => a.x - b.x),
  }));
  const points = series.flatMap((s) => s.points);
  const threshold = options.threshold && measured(options.threshold.y) ? options.threshold : undefined;

  const frame: Plot = { left: MARGIN_LEFT, top: 0, width: 640, height: 280 };
  const key = legend(
    series.map((s) => s.name),
    frame,
    (x, y, stroke) => `<line x1="${px(x)}" y1="${px(y)}" x2="${px(x + 12)}" y2="${px(y)}" stroke="${stroke}" stroke-width="3"/>`,
  );
  const plot: Plot = { ...frame, top: 40 + key.height + 24 };
  const bottom = plot.top + plot.height;
  const yScale = niceScale(Math.max(0, threshold?.y ?? 0, ...points.map((p) => p.y)));
  const toY = (y: number): number => bottom - (Math.max(0, y) / yScale.top) * plot.height;

  // Log axes span whole decades so every tick is a power of ten; a single decade is widened
  // to three so a lone point sits in the middle instead of on the edge.
  const xs = points.map((p) => p.x);
  let toX: (x: number) => number;
  let xTicks: readonly number[];
  if (logX) {
    let lo = xs.length > 0 ? Math.floor(Math.log10(Math.min(...xs))) : 0;
    let hi = xs.length > 0 ? Math.ceil(Math.log10(Math.max(...xs))) : 1;
    if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
    toX = (x) => plot.left + ((Math.log10(x) - lo) / (hi - lo)) * plot.width;
    xTicks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  } else {
    const xScale = niceScale(Math.max(0, ...xs));
    toX = (x) => plot.left + (x / xScale.top) * plot.width;
    xTicks = xScale.ticks;
  }

  const body = [...key.svg, ...yAxis(plot, yScale, options.yLabel)];
  for (const tick of xTicks) {
    const x = px(toX(tick));
    body.push(
      `<line x1="${x}" y1="${px(plot.top)}" x2="${x}" y2="${px(bottom)}" stroke="#f0f0f0"/>`,
      `<text x="${x}" y="${px(bottom + 16)}" text-anchor="middle" font-size="11">${esc(compactNumber(tick))}</text>`,
    );
  }
  body.push(`<text x="${px(plot.left + plot.width / 2)}" y="${px(bottom + 38)}" text-anchor="middle" font-size="12">${esc(options.xLabel)}</text>`);

  // The threshold line goes under the series, its label over them (with a white halo), so
  // neither hides data nor gets hidden by it.
  const thresholdY = threshold ? toY(threshold.y) : 0;
  if (threshold) {
    body.push(
      `<line class="threshold" x1="${px(plot.left)}" y1="${px(thresholdY)}" x2="${px(plot.left + plot.width)}" y2="${px(thresholdY)}" stroke="#c00000" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  }
  series.forEach((s, i) => {
    if (s.points.length > 1) {
      const coords = s.points.map((p) => `${px(toX(p.x))},${px(toY(p.y))}`).join(' ');
      body.push(`<polyline class="series" points="${coords}" fill="none" stroke="${colour(i)}" stroke-width="2"/>`);
    }
    for (const p of s.points) {
      const tooltip = esc(`${s.name}: ${compactNumber(p.x)}, ${formatValue(p.y)}`);
      body.push(`<circle cx="${px(toX(p.x))}" cy="${px(toY(p.y))}" r="3.5" fill="${colour(i)}"><title>${tooltip}</title></circle>`);
    }
  });
  if (threshold) {
    body.push(
      `<text x="${px(plot.left + plot.width - 4)}" y="${px(thresholdY - 5)}" text-anchor="end" font-size="11" fill="#c00000" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(threshold.label)}</text>`,
    );
  }
  if (points.length === 0) body.push(noDataNote(plot));
  return svgDocument(plot.left + plot.width + 24, bottom + 50, options.title, body);
}
