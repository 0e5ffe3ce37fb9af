import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSeed } from '../src/seed/load.js';
import { data, gql, startApi, type RunningApi } from './helpers.js';

/**
 * `designationHistory(id)` and fuzzy `search`, against the real Neo4j, checked against what the
 * seed itself says (seed/programme/ as the loader plans it), not against answers written here.
 */
let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

const seed = loadSeed('seed');
const relationships = [...seed.plan.relationships.values()];

/** Every place the seed designates, with its designations. */
function seedHistories(): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const rel of relationships) {
    if (rel.type === 'DESIGNATED_AS') byPlace.set(rel.from, [...(byPlace.get(rel.from) ?? []), rel.to]);
  }
  return byPlace;
}

/** The year a designation counts under: its own, else its list's. */
function seedYear(designation: string): number | null {
  const own = seed.plan.nodes.get(designation)?.props.year;
  if (typeof own === 'number') return own;
  const batch = relationships.find((rel) => rel.type === 'IN_BATCH' && rel.from === designation);
  const year = batch ? seed.plan.nodes.get(batch.to)?.props.year : undefined;
  return typeof year === 'number' ? year : null;
}

interface Step {
  id: string;
  tier: string;
  status: string | null;
  year: number | null;
  validFrom: string | null;
  sources: { quote: string | null; source: { id: string; title: string } }[];
  batches: { edges: { node: { id: string; year: number | null } }[] };
}

const HISTORY = `query History($id: ID!) {
  designationHistory(id: $id) {
    id tier status year validFrom
    sources { quote source { id title } }
    batches { edges { node { id year } } }
  }
}`;

async function history(id: string): Promise<Step[] | null> {
  return (await data<{ designationHistory: Step[] | null }>(api.url, HISTORY, { id })).designationHistory;
}

describe('designationHistory', () => {
  const places = seedHistories();

  it('gives every designated place of the seed all its designations, with tier, status, list and sources as the seed states them', async () => {
    assert.ok(places.size > 100, `the seed designates ${places.size} places`);
    for (const [place, designations] of places) {
      const steps = await history(place);
      assert.ok(steps, `${place} has a history`);
      assert.deepEqual(steps.map((step) => step.id).sort(), [...designations].sort(), place);
      for (const step of steps) {
        const planned = seed.plan.nodes.get(step.id);
        assert.equal(step.tier, planned?.props.tier, step.id);
        assert.equal(step.status, planned?.props.status ?? null, step.id);
        const batches = relationships.filter((rel) => rel.type === 'IN_BATCH' && rel.from === step.id).map((rel) => rel.to);
        assert.deepEqual(step.batches.edges.map((edge) => edge.node.id).sort(), batches.sort(), `${step.id} lists`);
        assert.deepEqual(
          step.sources.map((citation) => [citation.source.id, citation.quote]),
          (planned?.citations ?? []).map((citation) => [citation.source, citation.quote]),
          `${step.id} sources`,
        );
      }
    }
  });

  it('orders each history by year, a designation without one taking its list’s, undated ones last', async () => {
    for (const place of places.keys()) {
      const years = ((await history(place)) ?? []).map((step) => seedYear(step.id));
      const dated = years.filter((year): year is number => year !== null);
      assert.deepEqual(
        dated,
        [...dated].sort((a, b) => a - b),
        `${place}: ${years.join(', ')}`,
      );
      assert.deepEqual(years.slice(dated.length), Array<null>(years.length - dated.length).fill(null), `${place}: undated last`);
    }
  });

  it('reads Kunshan (region:320583) from its demonstration city list to its strong county list', async () => {
    const steps = (await history('region:320583')) ?? [];
    const expected = [...(places.get('region:320583') ?? [])].sort((a, b) => (seedYear(a) ?? 0) - (seedYear(b) ?? 0));
    assert.ok(expected.length >= 2, 'the seed designates Kunshan at least twice');
    assert.deepEqual(
      steps.map((step) => step.id),
      expected,
    );
    assert.deepEqual(
      steps.map((step) => step.tier),
      expected.map((id) => seed.plan.nodes.get(id)?.props.tier),
    );
    for (const step of steps)
      assert.ok(
        step.sources.some((citation) => citation.quote && citation.source.title),
        `${step.id} quotes a titled source`,
      );
  });

  it('is empty for an undesignated region and null for an unknown id or an entity that is no place', async () => {
    const undesignated = [...seed.plan.nodes.values()].find((node) => node.label === 'Region' && !places.has(node.id));
    assert.ok(undesignated);
    assert.deepEqual(await history(undesignated.id), []);
    assert.equal(await history('region:999999'), null);
    assert.equal(await history('person:zhang-qin'), null);
  });

  it('refuses an id that is not one', async () => {
    const response = await gql(api.url, HISTORY, { id: 'BAD ID' });
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('search for the explorer', () => {
  const SEARCH = `query Search($text: String!, $fuzzy: Boolean) { search(text: $text, first: 5, fuzzy: $fuzzy) { node { id } } }`;
  const ids = async (text: string, fuzzy = false): Promise<string[]> =>
    (await data<{ search: { node: { id: string } }[] }>(api.url, SEARCH, { text, fuzzy })).search.map((hit) => hit.node.id);

  it('finds Kunshan first in simplified and traditional characters and in pinyin', async () => {
    for (const text of ['昆山', '崑山', 'Kunshan', 'kunshan']) assert.equal((await ids(text))[0], 'region:320583', text);
  });

  it('a misspelt name finds nothing, and fuzzy finds the nearest names', async () => {
    assert.deepEqual(await ids('Kunshnn'), []);
    assert.ok((await ids('Kunshnn', true)).includes('region:320583'));
    assert.ok((await ids('Jiangsuu', true)).includes('region:320000'));
  });

  it('keeps Lucene syntax in a fuzzy search as text', async () => {
    assert.deepEqual(await ids('"~*) OR (*:*', true), []);
  });
});
