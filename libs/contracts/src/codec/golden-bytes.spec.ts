import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EVENT_CONTRACTS } from '../catalog/event-contracts';
import { EVENT_NAMES } from '../generated';
import { plain, readGolden, readSample } from '../spec-support/contracts-fixtures';
import { AvroSingleObjectCodec } from './avro-single-object.codec';

// The golden files are written only by `tools/golden-fixtures.mjs --update-golden`. Their bytes
// were also checked equal to fastavro 1.13.1's schemaless_writer output behind the same header.
describe('golden wire bytes', () => {
  const codec = new AvroSingleObjectCodec();
  for (const name of EVENT_NAMES) {
    it(`${name} encodes to its golden bytes and decodes back to its sample`, () => {
      const sample = readSample(name);
      const golden = readGolden(name);
      assert.equal(codec.encode(name, sample as never).toString('hex'), golden.toString('hex'));
      assert.equal(codec.fingerprintOf(golden), EVENT_CONTRACTS[name].fingerprintHex);
      assert.deepEqual(plain(codec.decode(name, golden)), sample);
    });
  }
});
