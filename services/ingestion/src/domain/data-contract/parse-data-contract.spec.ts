import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { parseDataContract } from './parse-data-contract';

const columns = [
  { name: 'date', type: 'timestamp', nullable: false },
  { name: 'delay', type: 'integer' },
  { name: 'origin', type: 'string' },
  { name: 'note', type: 'string', required: false },
];

function problemsOf(json: unknown): string[] {
  try {
    parseDataContract(json);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, 'INGESTION.INVALID_DATA_CONTRACT');
    assert.equal(error.httpStatus, 400);
    return error.details.problems as string[];
  }
  assert.fail('expected the contract to be rejected');
}

describe('parseDataContract', () => {
  it('fills defaults', () => {
    const contract = parseDataContract({
      dataset: 'flights',
      version: 1,
      columns,
      rules: [{ rule: 'range', column: 'delay', max: 2000 }],
    });
    assert.deepEqual(contract.columns[1], {
      name: 'delay',
      type: 'integer',
      nullable: true,
      required: true,
      description: null,
    });
    assert.equal(contract.columns[3].required, false);
    assert.equal(contract.additionalColumns, 'reject');
    assert.equal(contract.eventTime, null);
    assert.deepEqual(contract.rules, [
      {
        rule: 'range',
        column: 'delay',
        min: null,
        max: 2000,
        severity: 'error',
        description: null,
      },
    ]);
  });

  it('parses every rule kind', () => {
    const contract = parseDataContract({
      dataset: 'flights',
      version: 2,
      columns,
      additionalColumns: 'drop',
      eventTime: 'date',
      rules: [
        { rule: 'range', column: 'delay', min: -120, max: 2000 },
        { rule: 'allowed_values', column: 'origin', values: ['SEA', 'SFO'] },
        { rule: 'pattern', column: 'origin', regex: '^[A-Z]{3}$' },
        { rule: 'unique', columns: ['date', 'origin'] },
        { rule: 'max_missing_rate', column: 'delay', max: 0.01 },
        { rule: 'row_count', min: 1 },
        { rule: 'event_time_monotonic', column: 'date', acrossVersions: true },
        { rule: 'event_time_window', column: 'date', notAfter: '2001-12-31T23:59:59+01:00' },
        { rule: 'freshness', column: 'date', maxAgeHours: 48, severity: 'warn' },
        { rule: 'distribution', column: 'delay', statistic: 'mean', maxAbsoluteChange: 10 },
        {
          rule: 'distribution',
          column: 'origin',
          statistic: 'share',
          category: 'SEA',
          maxAbsoluteChange: 0.25,
        },
      ],
    });
    assert.deepEqual(
      contract.rules.map((rule) => rule.rule),
      [
        'range',
        'allowed_values',
        'pattern',
        'unique',
        'max_missing_rate',
        'row_count',
        'event_time_monotonic',
        'event_time_window',
        'freshness',
        'distribution',
        'distribution',
      ],
    );
    assert.deepEqual(contract.rules[7], {
      rule: 'event_time_window',
      column: 'date',
      notBefore: null,
      notAfter: '2001-12-31T22:59:59.000Z',
      severity: 'error',
      description: null,
    });
    assert.equal(contract.rules[8].severity, 'warn');
  });

  it('names every problem at once, with its path', () => {
    const problems = problemsOf({
      dataset: 'Flights',
      version: 0,
      colour: 'blue',
      columns: [
        { name: 'date', type: 'timestamp' },
        { name: 'Date', type: 'date' },
        { name: 'delay', type: 'int' },
        { name: 'origin', type: 'string', required: false, nullable: false },
      ],
      eventTime: 'origin',
      rules: [
        { rule: 'range', column: 'delay', min: 10, max: 5 },
        { rule: 'range', column: 'origin', max: 5 },
        { rule: 'pattern', column: 'origin', regex: '([A-Z]' },
        { rule: 'unique', columns: ['date', 'nope'] },
        { rule: 'medianish', column: 'delay' },
        { rule: 'row_count', minimum: 1 },
        { rule: 'freshness', column: 'date', maxAgeHours: 4, severity: 'fatal' },
        { rule: 'distribution', column: 'origin', statistic: 'share', maxAbsoluteChange: 0.1 },
        { rule: 'event_time_window', column: 'date', notBefore: '2001-01-01' },
      ],
    });
    const expected = [
      /^colour: unknown field/,
      /^dataset: must be kebab-case/,
      /^version: must be >= 1/,
      /^columns\[2\]\.type: must be one of integer, number/,
      /^columns\[3\]\.nullable: a column that may be absent/,
      /^columns\[1\]\.name: 'Date' duplicates columns\[0\]\.name/,
      /^eventTime: 'origin' is string; it must be a timestamp or date column/,
      /^rules\[0\]\.min: must not be greater than max \(10 > 5\)/,
      /^rules\[1\]\.column: 'origin' is string; this rule needs an integer or number column/,
      /^rules\[2\]\.regex: not a valid regular expression \(/,
      /^rules\[3\]\.columns\[1\]: 'nope' is not a declared column \(declared: date, delay, origin\)/,
      /^rules\[4\]\.rule: must be one of range, allowed_values/,
      /^rules\[5\]\.minimum: unknown field/,
      /^rules\[5\]\.min: at least one of min and max is required/,
      /^rules\[6\]\.severity: must be one of error, warn/,
      /^rules\[7\]\.category: is required/,
      /^rules\[8\]\.notBefore: must be an ISO 8601 instant with a zone/,
    ];
    assert.equal(problems.length, expected.length, problems.join('\n'));
    expected.forEach((pattern, i) => assert.match(problems[i], pattern));
  });

  it('rejects patterns the batch engine cannot run and values of the wrong type', () => {
    const problems = problemsOf({
      dataset: 'flights',
      version: 1,
      columns,
      rules: [
        { rule: 'pattern', column: 'origin', regex: '^(?!XXX)[A-Z]{3}$' },
        { rule: 'allowed_values', column: 'delay', values: [1, 2.5] },
        {
          rule: 'distribution',
          column: 'delay',
          statistic: 'mean',
          category: 'x',
          maxAbsoluteChange: 1,
        },
        { rule: 'max_missing_rate', column: 'delay', max: 1.5 },
      ],
    });
    assert.deepEqual(
      problems.map((problem) => problem.split(':')[0]),
      ['rules[0].regex', 'rules[1].values', 'rules[2].category', 'rules[3].max'],
    );
  });

  it('rejects a body that is not an object, or that lacks the essentials', () => {
    assert.deepEqual(problemsOf([]), ['the contract: must be a JSON object']);
    assert.deepEqual(problemsOf({}), [
      'dataset: is required',
      'version: is required',
      'columns: is required',
    ]);
    assert.deepEqual(problemsOf({ dataset: 'x', version: 1, columns: [], rules: [7] }), [
      'columns: must not be empty',
      'rules[0]: must be a JSON object',
    ]);
  });
});
