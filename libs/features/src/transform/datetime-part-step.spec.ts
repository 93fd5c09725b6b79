import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { datetimeCyclical, datetimeOrdinal, datetimePartIndices } from './datetime-part-step';
import { seededRandom } from '@loopline/stats';

const at = (iso: string) => Date.parse(iso);
const indices = (part: Parameters<typeof datetimePartIndices>[0], ...isos: string[]) => [
  ...datetimePartIndices(part, Float64Array.from(isos, at)),
];

describe('datetime_part', () => {
  it('reads weekdays with Monday = 0', () => {
    // 2024-07-15 was a Monday, 1970-01-01 a Thursday, 1969-12-28 a Sunday.
    assert.deepEqual(indices('weekday', '2024-07-15T00:00:00Z', '2024-07-21T23:59:59Z'), [0, 6]);
    assert.deepEqual(indices('weekday', '1970-01-01T00:00:00Z', '1969-12-28T12:00:00Z'), [3, 6]);
  });

  it('reads UTC hours, also before 1970', () => {
    assert.deepEqual(indices('hour', '2024-03-01T23:59:59.999Z', '1969-12-31T22:30:00Z'), [23, 22]);
  });

  it('puts season boundaries at December, March, June and September', () => {
    const seasons = indices(
      'season',
      '2023-11-30T23:59:59Z',
      '2023-12-01T00:00:00Z',
      '2024-02-29T23:59:59Z',
      '2024-03-01T00:00:00Z',
      '2024-05-31T12:00:00Z',
      '2024-06-01T00:00:00Z',
      '2024-08-31T00:00:00Z',
      '2024-09-01T00:00:00Z',
    );
    assert.deepEqual(seasons, [3, 0, 0, 1, 1, 2, 2, 3]);
  });

  it('agrees with Date on month and day of year, leap years included', () => {
    const random = seededRandom(3);
    const times = Float64Array.from({ length: 5000 }, () => Math.floor((random() - 0.3) * 1e13));
    const months = datetimePartIndices('month', times);
    const days = datetimeOrdinal('day_of_year', datetimePartIndices('day_of_year', times));
    times.forEach((ms, i) => {
      const date = new Date(ms);
      const dayOfYear =
        (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
          Date.UTC(date.getUTCFullYear(), 0, 1)) /
          86_400_000 +
        1;
      assert.equal(months[i], date.getUTCMonth(), `month of ${date.toISOString()}`);
      assert.equal(days[i], dayOfYear, `day of year of ${date.toISOString()}`);
    });
    assert.deepEqual(
      indices('day_of_year', '2024-12-31T00:00:00Z', '2023-12-31T00:00:00Z'),
      [365, 364],
    );
  });

  it('encodes cyclically, ordinally and missing as NaN', () => {
    const idx = datetimePartIndices('hour', Float64Array.of(at('2024-01-01T06:00:00Z'), NaN));
    const [sin, cos] = datetimeCyclical('hour', idx);
    assert.deepEqual([sin[0], cos[0]], [1, Math.fround(Math.cos(Math.PI / 2))]);
    assert.ok(Number.isNaN(sin[1]) && Number.isNaN(cos[1]) && idx[1] === -1);
    const month = datetimePartIndices('month', Float64Array.of(at('2024-10-05T00:00:00Z')));
    assert.deepEqual([...datetimeOrdinal('month', month)], [10]);
    const [mSin] = datetimeCyclical('month', month);
    assert.equal(mSin[0], Math.fround(Math.sin((2 * Math.PI * 9) / 12)));
  });
});
