import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSchema, getNamedType, isEnumType, isObjectType } from 'graphql';
import { vocabularySdl, VOCABULARY_SDL } from '../scripts/vocabulary-sdl.js';
import { checkedTypeDefs, loadTypeDefs } from '../src/schema.js';
import { VOCABULARY, VocabularyError, vocabularyProblems } from '../src/vocabulary-check.js';
import { constantCase } from '../src/cypher/translate/names.js';
import { ENTITY_LABELS, ENTITY_PROPERTIES, KINDS, RELATIONSHIPS, TIERS, type EntityLabel } from '../src/vocabulary.js';

describe('the vocabulary', () => {
  it('and the SDL agree: every kind, relationship type, property and enum', () => {
    assert.deepEqual(vocabularyProblems(buildSchema(loadTypeDefs().join('\n'))), []);
    assert.equal(readFileSync(VOCABULARY_SDL, 'utf8'), vocabularySdl());
  });

  it('refuses at start-up a relationship type that has no SDL type, and an SDL walk of an undeclared type', () => {
    const typeDefs = loadTypeDefs().map((sdl) => sdl.replace(/"A park lies in a region\."\ntype LocatedIn implements Relationship \{[^}]*\}\n/, ''));
    assert.notDeepEqual(typeDefs, loadTypeDefs());
    assert.throws(
      () => checkedTypeDefs(typeDefs),
      (error: unknown) => {
        assert.ok(error instanceof VocabularyError);
        assert.deepEqual(error.problems, ['the relationship type LOCATED_IN has no SDL type LocatedIn implementing Relationship']);
        return true;
      },
    );
    const mentors = { ...VOCABULARY, relationships: { ...VOCABULARY.relationships, MENTORS: { from: ['Person'], to: ['Person'], properties: {} } } };
    assert.deepEqual(vocabularyProblems(buildSchema(loadTypeDefs().join('\n')), mentors), [
      'the relationship type MENTORS has no SDL type Mentors implementing Relationship',
    ]);
    const walk = loadTypeDefs().map((sdl) => sdl.replace('@relationship(type: "LOCATED_IN", direction: IN)', '@relationship(type: "LIES_IN", direction: IN)'));
    assert.deepEqual(vocabularyProblems(buildSchema(walk.join('\n'))), ['Region.parks walks LIES_IN, which the vocabulary does not declare']);
  });

  it("is what the benchmark's schema for the Neo4j GraphQL Library uses", () => {
    const schema = buildSchema(
      `directive @node(labels: [String!]) on OBJECT\ndirective @relationship(type: String!, direction: String!, properties: String) on FIELD_DEFINITION\n` +
        `directive @relationshipProperties on OBJECT\ndirective @cypher(statement: String!, columnName: String) on FIELD_DEFINITION\n` +
        readFileSync('bench/neo4j-graphql/schema.graphql', 'utf8'),
    );
    // The enums it shares with the API list the vocabulary's values.
    const kinds = schema.getType('NodeKind');
    assert.ok(isEnumType(kinds));
    assert.deepEqual(
      kinds.getValues().map((value) => value.name),
      ENTITY_LABELS.map(constantCase),
    );
    const nodeTypes = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && type.astNode?.directives?.some((directive) => directive.name.value === 'node'),
    );
    assert.ok(nodeTypes.length >= 4);
    for (const type of nodeTypes) {
      assert.ok(isObjectType(type) && type.name in KINDS, `${type.name} is not a kind`);
      const kind = KINDS[type.name as EntityLabel];
      for (const field of Object.values(type.getFields())) {
        const relationship = field.astNode?.directives?.find((directive) => directive.name.value === 'relationship');
        if (relationship) {
          const name = (relationship.arguments?.find((argument) => argument.name.value === 'type')?.value as { value: string }).value;
          const rule = RELATIONSHIPS[name as keyof typeof RELATIONSHIPS];
          assert.ok(rule, `${type.name}.${field.name} walks ${name}`);
          assert.ok((rule.from as readonly string[]).includes(type.name) || (rule.to as readonly string[]).includes(type.name), `${type.name}.${field.name}`);
          assert.ok(getNamedType(field.type).name in KINDS, `${type.name}.${field.name}`);
        } else {
          assert.ok(field.name in ENTITY_PROPERTIES || field.name in kind.properties, `${type.name}.${field.name} is not a property of the vocabulary`);
        }
      }
    }
  });

  it('declares each tier once: no code or SDL written by hand names one', () => {
    const written = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) return entry === '__generated__' ? [] : written(full);
        return /\.(ts|graphql|cypher)$/.test(entry) ? [full] : [];
      });
    const files = [...written('src'), ...written('web/src'), ...written('schema'), ...written('bench'), ...written('scripts')].filter(
      (file) => file !== path.join('src', 'vocabulary.ts') && file !== VOCABULARY_SDL,
    );
    assert.ok(files.length > 50);
    const tiers = new RegExp(`\\b(${Object.keys(TIERS).join('|')})\\b`);
    const naming = files.filter((file) => tiers.test(readFileSync(file, 'utf8')));
    assert.deepEqual(naming, []);
  });
});
