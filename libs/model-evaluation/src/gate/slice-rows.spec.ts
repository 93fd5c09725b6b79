import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { batch, categorical, numeric, timestamps } from '../spec-support/gate-fixtures';
import { sliceRows } from './slice-rows';

const dates = batch({
  date: timestamps([
    '2024-01-15T10:00:00Z', // Monday
    '2024-02-10T23:30:00Z', // Saturday
    '2024-03-01T00:00:00Z', // Friday
    '2024-12-31T05:00:00Z', // Tuesday
    '2024-06-01T00:30:00+02:00', // Friday 31 May, 22:30 UTC
    null,
  ]),
  origin: categorical(['ATL', 'ORD', 'ATL', null, 'ATL', 'ORD']),
  distance: numeric([1, 2, 3, 4, 5, 6]),
});

function groups(spec: Parameters<typeof sliceRows>[1]): Record<string, number[]> {
  const sliced = sliceRows(dates, spec);
  assert.ok(!('error' in sliced), JSON.stringify(sliced));
  return Object.fromEntries(sliced.groups.map((g) => [g.value, [...g.rows]]));
}

describe('sliceRows', () => {
  it('groups by the parts of a timestamp in UTC, missing values in their own slice', () => {
    assert.deepEqual(groups({ column: 'date', part: 'month' }), {
      January: [0],
      February: [1],
      March: [2],
      December: [3],
      May: [4],
      '(missing)': [5],
    });
    assert.deepEqual(groups({ column: 'date', part: 'season' }), {
      winter: [0, 1, 3],
      spring: [2, 4],
      '(missing)': [5],
    });
    assert.deepEqual(groups({ column: 'date', part: 'weekday' }), {
      Friday: [2, 4],
      Monday: [0],
      Saturday: [1],
      Tuesday: [3],
      '(missing)': [5],
    });
    assert.deepEqual(groups({ column: 'date', part: 'hour' }), {
      '10': [0],
      '23': [1],
      '00': [2],
      '05': [3],
      '22': [4],
      '(missing)': [5],
    });
  });

  it('orders groups largest first, then by value', () => {
    const sliced = sliceRows(dates, { column: 'date', part: 'hour' });
    assert.ok(!('error' in sliced));
    assert.deepEqual(
      sliced.groups.map((g) => g.value),
      ['(missing)', '00', '05', '10', '22', '23'],
    );
    assert.equal(sliced.slicedBy, 'date.hour');
  });

  it('groups a categorical column by value, even when its dictionary repeats one', () => {
    const repeated = batch({
      origin: {
        type: 'categorical',
        codes: Int32Array.from([0, 1, 2, -1]),
        dictionary: ['A', 'B', 'A'],
      },
    });
    const sliced = sliceRows(repeated, { column: 'origin' });
    assert.ok(!('error' in sliced));
    assert.deepEqual(
      sliced.groups.map((g) => [g.value, [...g.rows]]),
      [
        ['A', [0, 2]],
        ['(missing)', [3]],
        ['B', [1]],
      ],
    );
    assert.deepEqual(groups({ column: 'origin' }), {
      ATL: [0, 2, 4],
      ORD: [1, 5],
      '(missing)': [3],
    });
  });

  it('says why a spec cannot slice the rows', () => {
    const error = (spec: Parameters<typeof sliceRows>[1]) => {
      const sliced = sliceRows(dates, spec);
      return 'error' in sliced ? sliced.error : '';
    };
    assert.match(
      error({ column: 'dest' }),
      /no column 'dest' \(they have date, origin, distance\)/,
    );
    assert.match(error({ column: 'date' }), /is a timestamp; give a part/);
    assert.match(error({ column: 'origin', part: 'month' }), /categorical, so it has no month/);
    assert.match(error({ column: 'distance' }), /is numeric/);
  });
});
