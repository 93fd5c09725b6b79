import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Type } from 'avsc';
import { toAvroType } from '../catalog/avro-type.factory';
import { contractFor } from '../catalog/event-contracts';
import { WriterSchemaCatalog } from '../catalog/writer-schema-catalog';
import { schemaFingerprint } from '../fingerprint/schema-fingerprint';
import { EVENT_CATALOG, type TrainingRunStarted } from '../generated';
import { plain, readPackageJson, readSample } from '../spec-support/contracts-fixtures';
import { AvroSingleObjectCodec } from './avro-single-object.codec';
import { frameSingleObject } from './single-object-frame';

/** Encodes like a producer that still (or already) uses `writer`. */
const encodeWith = (writer: Type, payload: unknown): Buffer =>
  frameSingleObject(schemaFingerprint(writer), writer.toBuffer(payload));

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('schema resolution', () => {
  it('decodes data from an older writer, filling fields added since with their defaults', () => {
    // fixtures/writers/TrainingRunStarted.v0.avsc predates the `attempt` field (default 1).
    const v0 = toAvroType(readPackageJson('fixtures', 'writers', 'TrainingRunStarted.v0.avsc'));
    const { attempt: _absent, ...oldPayload } = readSample(
      'TrainingRunStarted',
    ) as unknown as TrainingRunStarted;
    const writers = WriterSchemaCatalog.withReleasedSchemas();
    writers.register(v0);
    const codec = new AvroSingleObjectCodec(writers);

    const decoded = codec.decode('TrainingRunStarted', encodeWith(v0, oldPayload));
    assert.equal(decoded.attempt, 1);
    assert.deepEqual(plain(decoded), { ...oldPayload, attempt: 1 });
    // Resolvers are cached; the second decode takes the cached path.
    assert.equal(codec.decode('TrainingRunStarted', encodeWith(v0, oldPayload)).attempt, 1);
  });

  it('decodes data from a newer writer: unknown enum symbols map to the default, new fields are skipped', () => {
    const newer = clone(EVENT_CATALOG.PromotionApproved.schema) as {
      fields: Array<Record<string, unknown>>;
    };
    const strategy = newer.fields.find((field) => field.name === 'strategy')!;
    (strategy.type as { symbols: string[] }).symbols.push('ab_test');
    newer.fields.push({
      name: 'ticketUrl',
      type: ['null', 'string'],
      default: null,
      doc: 'Change ticket.',
    });
    const writer = toAvroType(newer);
    const writers = WriterSchemaCatalog.withReleasedSchemas();
    writers.register(writer);

    const payload = {
      ...readSample('PromotionApproved'),
      strategy: 'ab_test',
      ticketUrl: 'https://example.com/T-1',
    };
    const decoded = new AvroSingleObjectCodec(writers).decode(
      'PromotionApproved',
      encodeWith(writer, payload),
    );
    assert.equal(decoded.strategy, 'unknown');
    assert.equal('ticketUrl' in decoded, false);
  });

  it('does not decode a writer it was not given', () => {
    const v0 = toAvroType(readPackageJson('fixtures', 'writers', 'TrainingRunStarted.v0.avsc'));
    const { attempt: _absent, ...oldPayload } = readSample('TrainingRunStarted');
    assert.throws(
      () => new AvroSingleObjectCodec().decode('TrainingRunStarted', encodeWith(v0, oldPayload)),
      { code: 'CONTRACTS.UNKNOWN_FINGERPRINT' },
    );
    assert.notEqual(
      schemaFingerprint(v0).toString('hex'),
      contractFor('TrainingRunStarted').fingerprintHex,
    );
  });
});
