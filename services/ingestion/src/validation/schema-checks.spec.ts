import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { TabularSession } from '@loopline/tabular';
import { parseDataContract } from '../domain/data-contract';
import { validateBatch } from './validate-batch';

const columns = [
  { name: 'day', type: 'date', nullable: false },
  { name: 'delay', type: 'integer' },
  { name: 'seen', type: 'timestamp' },
  { name: 'ok', type: 'boolean' },
  { name: 'note', type: 'string', required: false },
];

describe('validateBatch schema and types', () => {
  let session: TabularSession;
  before(async () => {
    session = await TabularSession.open();
  });
  after(() => session.close());

  async function validate(name: string, select: string, additionalColumns = 'reject') {
    await session.run(`CREATE TABLE ${name} AS ${select}`);
    const contract = parseDataContract({
      dataset: 'sample',
      version: 1,
      columns,
      additionalColumns,
      rules: [{ rule: 'row_count', min: 100 }],
    });
    return validateBatch(session, {
      rawTable: name,
      contract,
      parent: null,
      claimedRowCount: 1,
      now: 0,
      normalizedTable: `${name}_normalized`,
    });
  }

  it('names every schema problem and evaluates no rule', async () => {
    const { violations, reason } = await validate(
      'mismatched',
      `SELECT * FROM (VALUES
         (DATE '2020-01-01', '12', true, 'x'),
         (DATE '2020-01-02', 'abc', false, 'y'),
         (DATE '2020-01-03', '1.5', true, 'z'),
         (DATE '2020-01-04', NULL, true, 'w')
       ) t(day, delay, seen, extra)`,
    );
    assert.equal(reason, 'schema_mismatch');
    assert.deepEqual(
      violations.map((v) => [v.rule, v.column, v.observed, v.failingRowCount, v.sampleRows]),
      [
        ['type', 'delay', "'abc', '1.5'", 2, [2, 3]],
        ['type', 'seen', 'loaded as BOOLEAN', 0, []],
        ['schema', 'ok', 'absent', 0, []],
        ['schema', 'extra', 'present', 0, []],
      ],
    );
    assert.equal(violations[0].expected, 'integer (BIGINT)');
    const created = await session.rows(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'mismatched_normalized'`,
    );
    assert.equal(created[0].n, 0);
  });

  it('casts text columns to the contract types, in contract order, dropping extras', async () => {
    const { violations, reason } = await validate(
      'text',
      `SELECT * FROM (VALUES
         ('yes', '2001-01-01 10:00:00', '2020-01-01', '-4', 'true'),
         ('no', NULL, '2020-01-02', '7', 'false')
       ) t(extra, seen, day, delay, ok)`,
      'drop',
    );
    assert.equal(reason, 'validation_failed');
    assert.deepEqual(
      violations.map((violation) => violation.rule),
      ['row_count_claim', 'row_count'],
    );
    assert.deepEqual(await session.columns('text_normalized'), [
      { name: 'day', sqlType: 'DATE' },
      { name: 'delay', sqlType: 'BIGINT' },
      { name: 'seen', sqlType: 'TIMESTAMP' },
      { name: 'ok', sqlType: 'BOOLEAN' },
      { name: 'note', sqlType: 'VARCHAR' },
    ]);
    assert.deepEqual(await session.rows('SELECT * FROM text_normalized ORDER BY rowid'), [
      {
        day: Date.parse('2020-01-01'),
        delay: -4,
        seen: Date.parse('2001-01-01T10:00:00Z'),
        ok: true,
        note: null,
      },
      { day: Date.parse('2020-01-02'), delay: 7, seen: null, ok: false, note: null },
    ]);
  });

  it('refuses conversions that would round or truncate', async () => {
    const { violations } = await validate(
      'lossy',
      `SELECT * FROM (VALUES
         (TIMESTAMP '2020-01-01 00:00', 2.0, TIMESTAMP '2020-01-01', true),
         (TIMESTAMP '2020-01-02 12:30', 2.5, TIMESTAMP '2020-01-02', false)
       ) t(day, delay, seen, ok)`,
    );
    assert.deepEqual(
      violations.map((v) => [v.rule, v.column, v.observed, v.sampleRows]),
      [
        ['type', 'day', "'2020-01-02 12:30:00'", [2]],
        ['type', 'delay', "'2.5'", [2]],
      ],
    );
  });
});
