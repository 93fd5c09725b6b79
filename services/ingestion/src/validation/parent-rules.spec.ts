import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { TabularSession } from '@loopline/tabular';
import { parseDataContract } from '../domain/data-contract';
import { validateBatch } from './validate-batch';

const contract = parseDataContract({
  dataset: 'weather',
  version: 1,
  columns: [
    { name: 'day', type: 'date' },
    { name: 'temp', type: 'number' },
    { name: 'weather', type: 'string' },
  ],
  rules: [
    { rule: 'unique', columns: ['day'] },
    { rule: 'event_time_monotonic', column: 'day', acrossVersions: true },
    { rule: 'distribution', column: 'temp', statistic: 'mean', maxAbsoluteChange: 10 },
    {
      rule: 'distribution',
      column: 'weather',
      statistic: 'share',
      category: 'sun',
      maxAbsoluteChange: 0.25,
    },
    { rule: 'distribution', column: 'temp', statistic: 'missing_rate', maxAbsoluteChange: 0.2 },
  ],
});

/** Four days of January: mean temp 10, share(sun) 0.5, nothing missing. */
const PARENT = `SELECT * FROM (VALUES
  (DATE '2020-01-01', 5.0, 'sun'), (DATE '2020-01-02', 15.0, 'rain'),
  (DATE '2020-01-03', 5.0, 'sun'), (DATE '2020-01-04', 15.0, 'rain')
) t(day, temp, weather)`;

describe('validateBatch rules that compare with the parent version', () => {
  let session: TabularSession;
  before(async () => {
    session = await TabularSession.open();
    await session.run(`CREATE TABLE parent AS ${PARENT}`);
  });
  after(() => session.close());

  async function validate(name: string, rows: string, parent: string | null) {
    await session.run(
      `CREATE TABLE ${name} AS SELECT * FROM (VALUES ${rows}) t(day, temp, weather)`,
    );
    return validateBatch(session, {
      rawTable: name,
      contract,
      parent: parent === null ? null : { relation: parent },
      claimedRowCount: null,
      now: 0,
      normalizedTable: `${name}_normalized`,
    });
  }

  it('passes a batch that continues its parent', async () => {
    const rows = `(DATE '2020-01-05', 6.0, 'sun'), (DATE '2020-01-06', 14.0, 'rain')`;
    assert.deepEqual(await validate('continues', rows, 'parent'), {
      violations: [],
      reason: null,
    });
  });

  it('finds keys repeated within the batch or from the parent, and time going back', async () => {
    const rows = `
      (DATE '2020-01-05', 10.0, 'rain'),
      (DATE '2020-01-03', 10.0, 'rain'),
      (DATE '2020-01-05', 10.0, 'sun'),
      (NULL, 10.0, 'sun'),
      (NULL, 10.0, 'rain')`;
    const { violations, reason } = await validate('repeats', rows, 'parent');
    assert.equal(reason, 'validation_failed');
    assert.deepEqual(
      violations.map((v) => [v.rule, v.column, v.observed, v.failingRowCount, v.sampleRows]),
      [
        ['unique', 'day', '2 duplicate rows, e.g. (2020-01-03) at row 2', 2, [2, 3]],
        [
          'event_time_monotonic',
          'day',
          '1 row earlier than the row before; min=2020-01-03 before parent max 2020-01-04',
          1,
          [2],
        ],
      ],
    );
  });

  it('compares mean, share and missing rate with the parent', async () => {
    const rows = `
      (DATE '2020-01-05', 25.0, 'sun'), (DATE '2020-01-06', NULL, 'sun'),
      (DATE '2020-01-07', 'NaN'::DOUBLE, 'sun'), (DATE '2020-01-08', 25.0, NULL)`;
    const { violations } = await validate('shifted', rows, 'parent');
    assert.deepEqual(
      violations.map((v) => [v.rule, v.column, v.observed, v.expected]),
      [
        ['distribution', 'temp', 'mean=25 vs parent 10 (change +15)', '|change| <= 10'],
        ['distribution', 'weather', 'share(sun)=1 vs parent 0.5 (change +0.5)', '|change| <= 0.25'],
        ['distribution', 'temp', 'missing_rate=0.5 vs parent 0 (change +0.5)', '|change| <= 0.2'],
      ],
    );
  });

  it('judges no comparison on a first version', async () => {
    const rows = `(DATE '2020-01-05', 25.0, 'sun'), (DATE '2020-01-05', NULL, 'sun')`;
    const { violations } = await validate('first', rows, null);
    assert.deepEqual(
      violations.map((v) => [v.rule, v.sampleRows]),
      [['unique', [2]]],
    );
  });
});
