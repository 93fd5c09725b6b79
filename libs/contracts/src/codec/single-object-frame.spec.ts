import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { ContractErrorCode } from '../errors/contract-error-code';
import { frameSingleObject, parseSingleObject } from './single-object-frame';

describe('single-object frame', () => {
  const fingerprint = Buffer.from('0102030405060708', 'hex');

  it('puts the marker and the fingerprint before the body', () => {
    const framed = frameSingleObject(fingerprint, Buffer.from([0xaa]));
    assert.equal(framed.toString('hex'), 'c3010102030405060708aa');
    const parts = parseSingleObject(framed);
    assert.equal(parts.fingerprintHex, '0102030405060708');
    assert.deepEqual([...parts.body], [0xaa]);
  });

  it('accepts an empty body (a record with no fields encodes to nothing)', () => {
    assert.equal(parseSingleObject(frameSingleObject(fingerprint, Buffer.alloc(0))).body.length, 0);
  });

  for (const [label, hex] of [
    ['empty', ''],
    ['marker only', 'c301'],
    ['short fingerprint', 'c30101020304050607'],
    ['wrong first marker byte', 'c4010102030405060708'],
    ['wrong second marker byte', 'c3000102030405060708'],
    ['Confluent framing', '00000000070102030405'],
  ]) {
    it(`rejects ${label} as not single-object`, () => {
      assert.throws(
        () => parseSingleObject(Buffer.from(hex, 'hex')),
        (error: unknown) =>
          error instanceof PlatformError && error.code === ContractErrorCode.NotSingleObject,
      );
    });
  }
});
