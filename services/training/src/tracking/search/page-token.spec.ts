import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from '../tracking-error-code';
import { decodePageToken, encodePageToken, searchFingerprint } from './page-token';
import { parseRunFilter } from './run-filter.parser';
import { parseRunOrder } from './run-order.parser';

const ID = '0b7c3f4e-0000-4000-8000-000000000001';
const fingerprintOf = (filter: string, orderBy: string) =>
  searchFingerprint(parseRunFilter(filter), parseRunOrder(orderBy));

describe('page tokens', () => {
  it('round-trip the sort values of the last row', () => {
    const fingerprint = fingerprintOf('metrics.auc>0.5', 'metrics.auc DESC');
    const token = encodePageToken(fingerprint, ['0.75', null, ID]);
    assert.deepEqual(decodePageToken(token, fingerprint, 3), ['0.75', null, ID]);
  });

  it('belong to a search by meaning, not spelling', () => {
    assert.equal(
      fingerprintOf('metrics.auc>0.5', 'metrics.auc desc'),
      fingerprintOf('metric.auc  >  0.50', 'metrics.auc DESC'),
    );
    assert.notEqual(fingerprintOf('metrics.auc>0.5', ''), fingerprintOf('metrics.auc>0.6', ''));
    assert.notEqual(fingerprintOf('', 'metrics.auc'), fingerprintOf('', 'metrics.auc DESC'));
  });

  it('are refused by another search, or when damaged', () => {
    const token = encodePageToken(fingerprintOf('', ''), ['2026-01-01 00:00:00+00', ID]);
    for (const [bad, fingerprint, count] of [
      [token, fingerprintOf("params.a = 'b'", ''), 2],
      [token, fingerprintOf('', ''), 3],
      ['not-a-token', fingerprintOf('', ''), 2],
      [encodePageToken(fingerprintOf('', ''), ['x', 'not-a-uuid']), fingerprintOf('', ''), 2],
    ] as const) {
      assert.throws(
        () => decodePageToken(bad, fingerprint, count),
        (error: unknown) =>
          error instanceof PlatformError &&
          error.code === TrackingErrorCode.InvalidPageToken &&
          error.httpStatus === 400,
      );
    }
  });
});
