import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { TabularSession } from '@loopline/tabular';
import { parseDataContract } from '../domain/data-contract';
import { validateBatch } from './validate-batch';
import { Violation } from './violation';

const columns = [
  { name: 'date', type: 'timestamp', nullable: false },
  { name: 'delay', type: 'integer' },
  { name: 'weather', type: 'string' },
  { name: 'origin', type: 'string' },
];

const rules = [
  { rule: 'range', column: 'delay', min: -120, max: 2000 },
  { rule: 'allowed_values', column: 'weather', values: ['sun', 'rain'] },
  { rule: 'pattern', column: 'origin', regex: '^[A-Z]{3}$' },
  { rule: 'max_missing_rate', column: 'delay', max: 0.1 },
  { rule: 'row_count', min: 10 },
  { rule: 'event_time_monotonic', column: 'date' },
  { rule: 'event_time_window', column: 'date', notAfter: '2001-12-31T23:59:59Z' },
  { rule: 'freshness', column: 'date', maxAgeHours: 48, severity: 'warn' },
];

const contract = parseDataContract({ dataset: 'flights', version: 1, columns, rules });

/** Rows 2-7 each break something; row 1 breaks nothing. */
const BROKEN_ROWS = `
  (TIMESTAMP '2001-01-01 00:00', 5, 'sun', 'SEA'),
  (TIMESTAMP '2001-01-01 01:00', 2417, 'rain', 'SFO'),
  (TIMESTAMP '2001-01-01 02:00', NULL, 'hail', 'sf1'),
  (TIMESTAMP '2001-01-01 01:30', -130, 'sun', 'LAX'),
  (TIMESTAMP '2001-01-01 03:00', 10, 'sleet', 'JFK'),
  (TIMESTAMP '2002-06-01 00:00', 20, 'rain', 'ORD'),
  (NULL, 0, 'sun', 'SEA')`;

const NOW = Date.parse('2002-06-05T00:00:00Z');

describe('validateBatch row and table rules', () => {
  let session: TabularSession;
  before(async () => {
    session = await TabularSession.open();
  });
  after(() => session.close());

  async function validate(
    name: string,
    values: string,
    claimedRowCount: number | null = null,
    now = NOW,
  ) {
    await session.run(
      `CREATE TABLE ${name} AS SELECT * FROM (VALUES ${values}) t(date, delay, weather, origin)`,
    );
    return validateBatch(session, {
      rawTable: name,
      contract,
      parent: null,
      claimedRowCount,
      now,
      normalizedTable: `${name}_normalized`,
    });
  }

  it('names each broken rule with its observation and failing rows, errors first in contract order', async () => {
    const { violations, reason } = await validate('broken', BROKEN_ROWS, 8);
    assert.equal(reason, 'validation_failed');
    const byRule = (rule: string): Violation => {
      const found = violations.find((violation) => violation.rule === rule);
      assert.ok(found, `expected a ${rule} violation`);
      return found;
    };
    assert.deepEqual(
      violations.map((violation) => [violation.rule, violation.column, violation.severity]),
      [
        ['not_null', 'date', 'error'],
        ['row_count_claim', null, 'error'],
        ['range', 'delay', 'error'],
        ['allowed_values', 'weather', 'error'],
        ['pattern', 'origin', 'error'],
        ['max_missing_rate', 'delay', 'error'],
        ['row_count', null, 'error'],
        ['event_time_monotonic', 'date', 'error'],
        ['event_time_window', 'date', 'error'],
        ['freshness', 'date', 'warning'],
      ],
    );
    const facts = (rule: string) => {
      const { observed, expected, failingRowCount, sampleRows } = byRule(rule);
      return { observed, expected, failingRowCount, sampleRows };
    };
    assert.deepEqual(facts('not_null'), {
      observed: 'nulls=1',
      expected: 'no nulls',
      failingRowCount: 1,
      sampleRows: [7],
    });
    assert.deepEqual(facts('row_count_claim'), {
      observed: 'rows=7',
      expected: '= 8 (claimed)',
      failingRowCount: 0,
      sampleRows: [],
    });
    assert.deepEqual(facts('range'), {
      observed: 'min=-130, max=2417',
      expected: '>= -120 and <= 2000',
      failingRowCount: 2,
      sampleRows: [2, 4],
    });
    assert.deepEqual(facts('allowed_values'), {
      observed: "'hail', 'sleet'",
      expected: 'one of [sun, rain]',
      failingRowCount: 2,
      sampleRows: [3, 5],
    });
    assert.deepEqual(facts('pattern'), {
      observed: "'sf1'",
      expected: 'matches /^[A-Z]{3}$/',
      failingRowCount: 1,
      sampleRows: [3],
    });
    assert.deepEqual(facts('max_missing_rate'), {
      observed: 'missing_rate=0.1429',
      expected: '<= 0.1',
      failingRowCount: 0,
      sampleRows: [],
    });
    assert.deepEqual(facts('row_count'), {
      observed: 'rows=7',
      expected: '>= 10',
      failingRowCount: 0,
      sampleRows: [],
    });
    assert.deepEqual(facts('event_time_monotonic'), {
      observed: '1 row earlier than the row before',
      expected: 'non-decreasing in row order',
      failingRowCount: 1,
      sampleRows: [4],
    });
    assert.deepEqual(facts('event_time_window'), {
      observed: 'max=2002-06-01T00:00:00.000Z',
      expected: '<= 2001-12-31T23:59:59.000Z',
      failingRowCount: 1,
      sampleRows: [6],
    });
    assert.deepEqual(facts('freshness'), {
      observed: 'newest=2002-06-01T00:00:00.000Z (age 96h)',
      expected: 'newest within 48h of validation',
      failingRowCount: 0,
      sampleRows: [],
    });
    assert.match(byRule('range').message, /delay must be >= -120 and <= 2000, but 2 rows/);
  });

  it('passes a batch that keeps every rule', async () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `(TIMESTAMP '2001-03-01 00:00' + INTERVAL ${i} HOUR, ${i}, 'sun', 'SEA')`,
    ).join(', ');
    const result = await validate('clean', rows, 12, Date.parse('2001-03-02T00:00:00Z'));
    assert.deepEqual(result, { violations: [], reason: null });
    const normalized = await session.rows('SELECT * FROM clean_normalized ORDER BY rowid LIMIT 2');
    assert.deepEqual(normalized[1], {
      date: Date.parse('2001-03-01T01:00:00Z'),
      delay: 1,
      weather: 'sun',
      origin: 'SEA',
    });
  });

  it('lets a batch through when only warnings fail', async () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) => `(TIMESTAMP '2001-03-01 00:00' + INTERVAL ${i} DAY, ${i}, 'sun', 'SEA')`,
    ).join(', ');
    const { violations, reason } = await validate('stale', rows);
    assert.equal(reason, null);
    assert.deepEqual(
      violations.map((violation) => [violation.rule, violation.severity]),
      [['freshness', 'warning']],
    );
  });

  it('rejects an empty batch, naming the row count rule', async () => {
    const { violations, reason } = await validate(
      'empty',
      `(TIMESTAMP '2001-03-01 00:00', 1, 'sun', 'SEA') LIMIT 0`,
    );
    assert.equal(reason, 'empty_batch');
    assert.deepEqual(
      violations.map((violation) => [violation.rule, violation.observed]),
      [['row_count', 'rows=0']],
    );
  });
});
