import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { schemaFingerprint } from '../fingerprint/schema-fingerprint';
import { RELEASED_SCHEMAS } from '../generated';
import { toAvroType } from './avro-type.factory';
import { allContracts } from './event-contracts';
import { WriterSchemaCatalog } from './writer-schema-catalog';

describe('WriterSchemaCatalog', () => {
  it('knows every current and every released schema', () => {
    const catalog = WriterSchemaCatalog.withReleasedSchemas();
    for (const contract of allContracts())
      assert.equal(catalog.find(contract.fingerprintHex), contract.type);
    for (const released of RELEASED_SCHEMAS) {
      const hex = schemaFingerprint(toAvroType(released.schema)).toString('hex');
      assert.ok(catalog.find(hex), `${released.release}/${released.name}`);
    }
  });

  it('registers idempotently and returns the fingerprint hex', () => {
    const catalog = new WriterSchemaCatalog();
    const type = toAvroType({ type: 'record', name: 'X', fields: [{ name: 'a', type: 'int' }] });
    const hex = catalog.register(type);
    assert.match(hex, /^[0-9a-f]{16}$/);
    assert.equal(catalog.register(toAvroType(type.schema())), hex);
    assert.deepEqual(catalog.fingerprints(), [hex]);
    assert.equal(catalog.find(hex.toUpperCase()), type);
  });

  it('finds nothing for an unknown fingerprint', () => {
    assert.equal(new WriterSchemaCatalog().find('0000000000000000'), undefined);
  });
});
