import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { parseIsoTimestamp } from './parse-iso-timestamp';
import type { InputColumn } from './raw-batch';
import { rawBatchFromRecords } from './raw-batch-from-records';

const inputs: InputColumn[] = [
  { name: 'n', type: 'numeric', online: false },
  { name: 't', type: 'timestamp', online: false },
  { name: 'c', type: 'categorical', online: false },
];

describe('rawBatchFromRecords', () => {
  it('reads what a JSON request carries', () => {
    const batch = rawBatchFromRecords(inputs, [
      { n: 1.5, t: 1_700_000_000_000, c: 'x', extra: { ignored: true } },
      { n: ' -2e3 ', t: '2024-01-15T10:00:00', c: 42 },
      { n: null, t: new Date(Date.UTC(2024, 0, 1)), c: true },
      { n: '', t: null, c: 'x' },
      {},
    ]);
    assert.equal(batch.rowCount, 5);
    assert.deepEqual(
      [...(batch.columns.n as { values: Float64Array }).values],
      [1.5, -2000, NaN, NaN, NaN],
    );
    assert.deepEqual(
      [...(batch.columns.t as { values: Float64Array }).values],
      [1_700_000_000_000, Date.UTC(2024, 0, 15, 10), Date.UTC(2024, 0, 1), NaN, NaN],
    );
    assert.deepEqual(batch.columns.c, {
      type: 'categorical',
      codes: Int32Array.of(0, 1, 2, 0, -1),
      dictionary: ['x', '42', 'true'],
    });
  });

  it('lists every field it cannot read', () => {
    const rows = [
      { n: 'abc', t: '2023-02-29', c: { a: 1 } },
      { n: true, t: 'yesterday', c: ['a'] },
      { n: Infinity, t: NaN, c: 'ok' },
      null as unknown as Record<string, unknown>,
    ];
    assert.throws(
      () => rawBatchFromRecords(inputs, rows),
      (error: unknown) => {
        assert.ok(error instanceof PlatformError);
        assert.equal(error.code, FeaturesErrorCode.InvalidInput);
        const paths = (error.details.problems as { path: string }[]).map((p) => p.path);
        assert.deepEqual(paths, [
          '[3]',
          '[0].n',
          '[1].n',
          '[2].n',
          '[0].t',
          '[1].t',
          '[2].t',
          '[0].c',
          '[1].c',
        ]);
        return true;
      },
    );
  });
});

describe('parseIsoTimestamp', () => {
  it('reads dates and date-times, UTC unless a zone is given', () => {
    assert.equal(parseIsoTimestamp('2024-03-01'), Date.UTC(2024, 2, 1));
    assert.equal(parseIsoTimestamp('2024-03-01T08:15'), Date.UTC(2024, 2, 1, 8, 15));
    assert.equal(
      parseIsoTimestamp('2024-03-01T08:15:30.25Z'),
      Date.UTC(2024, 2, 1, 8, 15, 30, 250),
    );
    assert.equal(
      parseIsoTimestamp('2024-03-01T08:15:30.123999'),
      Date.UTC(2024, 2, 1, 8, 15, 30, 123),
    );
    assert.equal(parseIsoTimestamp('2024-03-01T08:15:00+01:30'), Date.UTC(2024, 2, 1, 6, 45));
    assert.equal(parseIsoTimestamp('2024-03-01 08:15:00-0200'), Date.UTC(2024, 2, 1, 10, 15));
  });

  it('refuses impossible or malformed dates', () => {
    for (const text of [
      '2023-02-29',
      '2024-13-01',
      '2024-01-01T24:00',
      '01/02/2024',
      '2024-1-1',
      '',
    ]) {
      assert.ok(Number.isNaN(parseIsoTimestamp(text)), text);
    }
    assert.equal(parseIsoTimestamp('2024-02-29'), Date.UTC(2024, 1, 29));
  });
});
