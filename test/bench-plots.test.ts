import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupedBarChart, lineChart, type BarGroup, type LineSeries } from '../bench/plots.js';

/** Unit tests of the benchmark SVG charts: string-level checks, no renderer. */

/** Fails unless every tag is closed in order and text holds no raw markup characters. */
function assertWellFormed(svg: string): void {
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" '), svg.slice(0, 80));
  assert.ok(svg.endsWith('</svg>'));
  const stack: string[] = [];
  let last = 0;
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][\w:-]*="[^"<>]*")*)\s*(\/?)>/g)) {
    const text = svg.slice(last, match.index);
    assert.doesNotMatch(text, /[<>]|&(?!(amp|lt|gt|quot|apos);)/, `raw markup in text: ${text}`);
    last = match.index + match[0].length;
    const [, closing, name = '', , selfClosing] = match;
    if (closing) assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else if (!selfClosing) stack.push(name);
  }
  assert.equal(svg.slice(last), '', 'everything is inside a parsed tag');
  assert.deepEqual(stack, []);
  const [, width, height] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
  assert.ok(width && height && svg.includes(`viewBox="0 0 ${width} ${height}"`));
  assert.ok(svg.includes('font-family="sans-serif"'));
  assert.ok(svg.includes(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`));
}

const count = (svg: string, needle: string): number => svg.split(needle).length - 1;
const attrs = (svg: string, pattern: RegExp): string[] => [...svg.matchAll(pattern)].map((m) => m[1] ?? '');
/** Y-axis tick labels are the only right-anchored 11px texts. */
const yTicks = (svg: string): string[] => attrs(svg, /text-anchor="end" font-size="11">([^<]*)</g);

const SERIES = ['ours', 'library', 'bare'];
const GROUPS: BarGroup[] = [
  { label: 'entity-nested', values: [46.3, 35.3, 7.2] },
  { label: 'search', values: [23.6, null, 8.1] },
  { label: 'dashboard', values: [87, Number.NaN, Number.POSITIVE_INFINITY] },
];

describe('groupedBarChart', () => {
  const svg = groupedBarChart({ title: 'p95 latency', unit: 'ms', series: SERIES, groups: GROUPS });

  it('is well-formed standalone SVG', () => assertWellFormed(svg));

  it('draws one bar per measured value, n/a for null, NaN and Infinity', () => {
    assert.equal(count(svg, 'class="bar"'), 6);
    assert.equal(count(svg, '>n/a</text>'), 3);
    // background + bars + one legend swatch per series; nothing else is a rect
    assert.equal(count(svg, '<rect'), 1 + 6 + SERIES.length);
  });

  it('colours bars by series index, consistently across groups', () => {
    const fills = attrs(svg, /class="bar"[^>]*fill="([^"]+)"/g);
    assert.deepEqual(fills.slice(0, 3), [...new Set(fills.slice(0, 3))], 'three distinct colours');
    assert.equal(fills[3], fills[0]); // search/ours
    assert.equal(fills[4], fills[2]); // search/bare
    assert.equal(fills[5], fills[0]); // dashboard/ours
  });

  it('prints rounded values above bars and uses nice ticks up to the max', () => {
    assert.deepEqual(yTicks(svg), ['0', '20', '40', '60', '80', '100']); // max 87 → top tick 100
    for (const label of ['46.3', '35.3', '7.2', '87.0']) assert.ok(svg.includes(`>${label}</text>`), label);
    const big = groupedBarChart({ title: 't', unit: 'req/s', series: ['a', 'b'], groups: [{ label: 'x', values: [163.4, 1234.5] }] });
    assert.ok(big.includes('>163</text>') && big.includes('>1235</text>'));
    assert.deepEqual(yTicks(big), ['0', '500', '1k', '1.5k']);
  });

  it('scales bar heights against the top tick', () => {
    const heights = attrs(svg, /class="bar"[^>]*height="([\d.]+)"/g).map(Number);
    const ratio = (heights[0] ?? 0) / 46.3;
    assert.ok(ratio > 0);
    assert.ok(Math.abs((heights[5] ?? 0) / ratio - 87) < 0.5, 'bar height proportional to value');
    assert.ok(Math.abs(ratio * 100 - 260) < 1, 'value 100 (the top tick) fills the plot height');
  });

  it('puts the unit on the y axis and escapes every text', () => {
    assert.match(svg, /rotate\(-90\)"[^>]*>ms<\/text>/);
    const nasty = groupedBarChart({ title: 'T <&> "q"', unit: "<ms'>", series: ['s&<1>'], groups: [{ label: 'a<b & c>', values: [1] }] });
    assertWellFormed(nasty);
    for (const escaped of ['T &lt;&amp;&gt; &quot;q&quot;', '&lt;ms&apos;&gt;', 's&amp;&lt;1&gt;', 'a&lt;b &amp; c&gt;']) {
      assert.ok(nasty.includes(escaped), escaped);
    }
  });

  it('wraps long group labels onto several lines instead of overflowing', () => {
    const label = 'a-very-long-operation-name with words';
    const long = groupedBarChart({ title: 't', unit: 'ms', series: SERIES, groups: Array.from({ length: 6 }, () => ({ label, values: [1, 2, 3] })) });
    assertWellFormed(long);
    const lines = attrs(long, /<tspan[^>]*>([^<]*)<\/tspan>/g).slice(0, 3);
    assert.ok(lines.length > 1 && lines.length <= 3, lines.join('|'));
    assert.equal(count(long, '<tspan'), 6 * lines.length);
    assert.equal(lines.join('').replace(/ /g, ''), label.replace(/ /g, ''));
    const huge = groupedBarChart({
      title: 't',
      unit: 'ms',
      series: SERIES,
      groups: Array.from({ length: 6 }, () => ({ label: 'word '.repeat(30), values: [1] })),
    });
    assert.equal(count(huge, '<tspan'), 6 * 3, 'at most three lines');
    assert.equal(count(huge, '…</tspan>'), 6, 'the last one ellipsised');
    const narrow = groupedBarChart({
      title: 't',
      unit: 'ms',
      series: ['a'],
      groups: Array.from({ length: 7 }, () => ({ label: 'neighborhood-2', values: [1] })),
    });
    assert.equal(count(narrow, '>neighborhood-2</tspan>'), 7, 'one series still leaves room for a typical operation name');
  });

  it('handles all-zero, all-null and empty input without throwing', () => {
    const zero = groupedBarChart({ title: 'z', unit: 'ms', series: ['a'], groups: [{ label: 'x', values: [0] }] });
    assertWellFormed(zero);
    assert.equal(count(zero, 'class="bar"'), 1);
    assert.match(zero, /class="bar"[^>]*height="0"/);
    assert.equal(yTicks(zero).at(-1), '1');
    assert.ok(!zero.includes('no data'));

    const nulls = groupedBarChart({ title: 'n', unit: 'ms', series: ['a', 'b'], groups: [{ label: 'x', values: [null] }] });
    assertWellFormed(nulls);
    assert.equal(count(nulls, '>n/a</text>'), 2, 'a missing value counts as null');
    assert.ok(nulls.includes('>no data</text>'));

    for (const empty of [
      groupedBarChart({ title: 'e', unit: 'ms', series: ['a'], groups: [] }),
      groupedBarChart({ title: 'e', unit: 'ms', series: [], groups: [] }),
    ]) {
      assertWellFormed(empty);
      assert.ok(empty.includes('>no data</text>'));
      assert.equal(count(empty, 'class="bar"'), 0);
    }
  });

  it('is deterministic', () => {
    assert.equal(groupedBarChart({ title: 'p95 latency', unit: 'ms', series: SERIES, groups: GROUPS }), svg);
  });
});

const SCALES: LineSeries[] = [
  {
    name: 'entity-nested',
    points: [
      { x: 1_000_000, y: 61.2 },
      { x: 10_000, y: 29.8 },
      { x: 100_000, y: 46.3 },
    ],
  },
  {
    name: 'search',
    points: [
      { x: 10_000, y: 19.2 },
      { x: 100_000, y: Number.NaN },
      { x: 1_000_000, y: 28 },
    ],
  },
];

describe('lineChart', () => {
  const options = { title: 'p95 vs scale', xLabel: 'nodes', yLabel: 'p95 ms', series: SCALES, logX: true, threshold: { y: 20, label: 'p95 target 20 ms' } };
  const svg = lineChart(options);

  it('is well-formed standalone SVG', () => assertWellFormed(svg));

  it('labels a log10 x axis in decades', () => {
    const xTicks = attrs(svg, /text-anchor="middle" font-size="11">([^<]*)</g);
    assert.deepEqual(xTicks, ['10k', '100k', '1M']);
    const xs = attrs(svg, /<circle cx="([\d.]+)"/g).map(Number);
    // equal spacing per decade is what makes the axis logarithmic
    const [a = 0, b = 0, c = 0] = xs.slice(0, 3);
    assert.ok(Math.abs(b - a - (c - b)) < 0.2, `${a} ${b} ${c}`);
  });

  it('draws a sorted polyline and a marker per finite point, plus a legend entry per series', () => {
    assert.equal(count(svg, '<circle'), 5, 'the NaN point is dropped');
    assert.equal(count(svg, '<polyline'), 2);
    const xs = (attrs(svg, /<polyline class="series" points="([^"]+)"/g)[0] ?? '').split(' ').map((pair) => Number(pair.split(',')[0]));
    assert.deepEqual(
      xs,
      [...xs].sort((p, q) => p - q),
    );
    assert.ok(svg.includes('>entity-nested</text>') && svg.includes('>search</text>'));
  });

  it('draws the threshold as a dashed line at its y, with its label', () => {
    assert.deepEqual(yTicks(svg), ['0', '20', '40', '60', '80']);
    const gridY = /<line x1="[\d.]+" y1="([\d.]+)"[^>]*\/>\n<text[^>]*>20<\/text>/.exec(svg)?.[1];
    const thresholdY = /class="threshold"[^>]*y1="([\d.]+)"[^>]*stroke-dasharray/.exec(svg)?.[1];
    assert.ok(gridY !== undefined);
    assert.equal(thresholdY, gridY);
    assert.ok(svg.includes('>p95 target 20 ms</text>'));
    assert.ok(!lineChart({ ...options, threshold: { y: Number.NaN, label: 'x' } }).includes('threshold'));
  });

  it('uses a linear x axis from 0 unless asked for log', () => {
    const linear = lineChart({ ...options, logX: false });
    assertWellFormed(linear);
    const xTicks = attrs(linear, /text-anchor="middle" font-size="11">([^<]*)</g);
    assert.deepEqual(xTicks, ['0', '200k', '400k', '600k', '800k', '1M']);
  });

  it('handles a single point and no points without throwing', () => {
    const single = lineChart({ title: 's', xLabel: 'x', yLabel: 'y', logX: true, series: [{ name: 'a', points: [{ x: 100_000, y: 0 }] }] });
    assertWellFormed(single);
    assert.equal(count(single, '<circle'), 1);
    assert.equal(count(single, '<polyline'), 0);
    assert.ok(!single.includes('no data'));

    for (const empty of [
      lineChart({ title: 'e', xLabel: 'x', yLabel: 'y', series: [] }),
      lineChart({
        title: 'e',
        xLabel: 'x',
        yLabel: 'y',
        logX: true,
        series: [
          {
            name: 'a',
            points: [
              { x: 0, y: 1 },
              { x: Infinity, y: 2 },
            ],
          },
        ],
      }),
    ]) {
      assertWellFormed(empty);
      assert.ok(empty.includes('>no data</text>'));
      assert.equal(count(empty, '<circle'), 0);
    }
  });

  it('escapes text and is deterministic', () => {
    const nasty = lineChart({
      title: '<t>',
      xLabel: 'a&b',
      yLabel: '"y"',
      series: [{ name: "<s'>", points: [{ x: 1, y: 1 }] }],
      threshold: { y: 1, label: '<&>' },
    });
    assertWellFormed(nasty);
    for (const escaped of ['&lt;t&gt;', 'a&amp;b', '&quot;y&quot;', '&lt;s&apos;&gt;', '&lt;&amp;&gt;']) assert.ok(nasty.includes(escaped), escaped);
    assert.equal(lineChart(options), svg);
  });
});
