import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EVENT_CONTRACTS } from '../catalog/event-contracts';
import { toAvroType } from '../catalog/avro-type.factory';
import { crc64AvroFingerprint } from './crc64-avro.fingerprint';
import { parsingCanonicalForm } from './parsing-canonical-form';
import { schemaFingerprint } from './schema-fingerprint';

// Known answers produced independently with fastavro 1.13.1 (Python):
//   fastavro.schema.to_parsing_canonical_form(schema) and
//   fastavro.schema.fingerprint(pcf, 'CRC-64-AVRO'), whose hex is the little-endian byte order
//   used by single-object encoding ("null" = 0x63dd24e7cc258f8a as a Java long, as in the Avro
//   spec's test data).
const PRIMITIVE_VECTORS = [
  { schema: 'null', pcf: '"null"', fingerprint: '8a8f25cce724dd63' },
  { schema: 'long', pcf: '"long"', fingerprint: 'b71df49344e154d0' },
  { schema: { type: 'string' }, pcf: '"string"', fingerprint: 'c70345637248018f' },
  {
    schema: { type: 'fixed', name: 'Md5', namespace: 'org.example', size: 16, doc: 'x' },
    pcf: '{"name":"org.example.Md5","type":"fixed","size":16}',
    fingerprint: '29e6953b4202b86e',
  },
];

const EVENT_VECTORS = {
  DataBatchSubmitted: 'ebdce51dfe501c29',
  ModelGatePassed: 'a813992cd854ef47',
  RolloutStarted: '68a9961c3506a44a',
  DriftDetected: 'ceba6954c8549fa7',
} as const;

describe('CRC-64-AVRO fingerprint', () => {
  for (const vector of PRIMITIVE_VECTORS) {
    it(`matches fastavro for ${JSON.stringify(vector.schema)}`, () => {
      const type = toAvroType(vector.schema);
      assert.equal(parsingCanonicalForm(type), vector.pcf);
      assert.equal(crc64AvroFingerprint(vector.pcf).toString('hex'), vector.fingerprint);
    });
  }

  for (const [name, fingerprint] of Object.entries(EVENT_VECTORS)) {
    it(`matches fastavro for the ${name} event schema`, () => {
      const contract = EVENT_CONTRACTS[name as keyof typeof EVENT_VECTORS];
      assert.equal(contract.fingerprintHex, fingerprint);
      assert.equal(contract.fingerprint.length, 8);
    });
  }

  it('is the spec EMPTY value for no input', () => {
    // fp starts at EMPTY and no byte changes it; little-endian bytes of 0xc15d213aa4d7a795.
    assert.equal(crc64AvroFingerprint('').toString('hex'), '95a7d7a43a215dc1');
  });

  it('ignores docs, defaults, logical types and custom attributes, as the canonical form does', () => {
    const bare = {
      type: 'record',
      name: 'E',
      namespace: 'n',
      fields: [{ name: 'at', type: 'long' }],
    };
    const dressed = {
      ...bare,
      doc: 'documented',
      'loopline.key': 'at',
      fields: [
        {
          name: 'at',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'd',
          default: 0,
        },
      ],
    };
    assert.deepEqual(schemaFingerprint(toAvroType(dressed)), schemaFingerprint(toAvroType(bare)));
  });

  it('changes when a field changes', () => {
    const a = { type: 'record', name: 'E', fields: [{ name: 'x', type: 'int' }] };
    const b = { type: 'record', name: 'E', fields: [{ name: 'x', type: 'long' }] };
    assert.notDeepEqual(schemaFingerprint(toAvroType(a)), schemaFingerprint(toAvroType(b)));
  });
});
