import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { toAvroType } from '../catalog/avro-type.factory';
import { readSchemaFiles, repoRoot } from '../spec-support/contracts-fixtures';

// Reads schemas/*.avsc themselves (the source of truth), not the generated copies.

type Json = Record<string, unknown>;
type Node = string | Json | Node[];

const NAMED = ['record', 'enum', 'fixed'];
// A past-tense verb last, possibly with its particle (RolloutRolledBack).
const PAST_TENSE_NAME = /^[A-Z][A-Za-z]*[a-z]ed(Back|Up|Out|Down|Over)?$/;

/** Every named type defined in a schema, the schema itself included. */
function namedTypes(node: Node, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((branch) => namedTypes(branch, out));
  else if (typeof node === 'object') {
    if (NAMED.includes(node.type as string)) out.push(node);
    if (typeof node.type === 'object') namedTypes(node.type as Node, out);
    if (node.items) namedTypes(node.items as Node, out);
    if (node.values) namedTypes(node.values as Node, out);
    for (const field of (node.fields as Json[] | undefined) ?? []) namedTypes(field.type as Node, out);
  }
  return out;
}

const hasDoc = (node: Json): boolean => typeof node.doc === 'string' && node.doc.trim().length > 0;

for (const [folder, schemas] of [
  ['schemas', readSchemaFiles()],
  ['schemas/released/v1', readSchemaFiles(join(repoRoot(), 'schemas', 'released', 'v1'))],
] as const) {
  describe(`${folder} conventions`, () => {
    for (const [name, schema] of schemas) {
      describe(name, () => {
        it('is a record named after its file, <Entity><PastTenseVerb>, in io.loopline.events', () => {
          assert.equal(schema.type, 'record');
          assert.equal(schema.name, name);
          assert.match(name, PAST_TENSE_NAME);
          assert.equal(schema.namespace, 'io.loopline.events');
          toAvroType(schema);
        });

        it('documents the record and every field of every nested type', () => {
          for (const type of namedTypes(schema as Json)) {
            assert.ok(hasDoc(type), `${name}: type ${type.name} has no doc`);
            for (const field of (type.fields as Json[] | undefined) ?? []) {
              assert.ok(hasDoc(field), `${name}: field ${type.name}.${field.name} has no doc`);
            }
          }
        });

        it('names a string aggregate key field in loopline.key', () => {
          const keyField = schema['loopline.key'];
          const field = (schema.fields as Json[]).find((candidate) => candidate.name === keyField);
          assert.ok(field, `${name}: loopline.key ${String(keyField)} names no field`);
          assert.equal(field.type, 'string');
        });

        it('makes optional fields ["null", X] with a null default', () => {
          for (const type of namedTypes(schema as Json)) {
            for (const field of (type.fields as Json[] | undefined) ?? []) {
              if (!Array.isArray(field.type)) continue;
              assert.equal(field.type[0], 'null', `${type.name}.${field.name}: null must be the first branch`);
              assert.equal(field.default, null, `${type.name}.${field.name}: optional fields default to null`);
            }
          }
        });

        it('gives every enum a default symbol, so new symbols stay forward compatible', () => {
          for (const type of namedTypes(schema as Json).filter((candidate) => candidate.type === 'enum')) {
            assert.ok((type.symbols as string[]).includes(type.default as string), `${type.name} has no default`);
          }
        });

        it('types timestamps (fields ending in At) as timestamp-millis longs', () => {
          for (const type of namedTypes(schema as Json)) {
            for (const field of (type.fields as Json[] | undefined) ?? []) {
              if (!/At$/.test(field.name as string)) continue;
              const fieldType = Array.isArray(field.type) ? (field.type as Json[])[1] : (field.type as Json);
              assert.deepEqual(fieldType, { type: 'long', logicalType: 'timestamp-millis' }, `${type.name}.${field.name}`);
            }
          }
        });
      });
    }
  });
}
