import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TabularSession } from '@loopline/tabular';
import { REPO_ROOT } from '@loopline/testing';
import { DataContract, parseDataContract } from '../domain/data-contract';
import { validateBatch } from './validate-batch';
import { Violation } from './violation';

const CONTRACTS = join(REPO_ROOT, 'services', 'ingestion', 'data-contracts');
const VEGA_DATA = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data');
const FLIGHTS = `read_parquet('${join(VEGA_DATA, 'flights-3m.parquet')}')`;
const SEATTLE = `read_csv('${join(VEGA_DATA, 'seattle-weather.csv')}')`;

function shipped(dataset: string): DataContract {
  return parseDataContract(JSON.parse(readFileSync(join(CONTRACTS, dataset, 'v1.json'), 'utf8')));
}

const errorsOf = (violations: Violation[]) =>
  violations.filter((violation) => violation.severity === 'error');

describe('shipped data contracts', () => {
  it('every shipped file parses and sits at <dataset>/v<version>.json', () => {
    const files = readdirSync(CONTRACTS, { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.json'),
    );
    assert.ok(files.length >= 2);
    for (const file of files) {
      const contract = parseDataContract(JSON.parse(readFileSync(join(CONTRACTS, file), 'utf8')));
      assert.equal(file, join(contract.dataset, `v${contract.version}.json`));
    }
  });

  describe('over the real data', () => {
    let session: TabularSession;
    before(async () => {
      session = await TabularSession.open();
    });
    after(() => session.close());

    const month = (name: string, from: string, to: string) =>
      session.run(
        `CREATE TABLE ${name} AS SELECT * FROM ${FLIGHTS}
         WHERE date >= TIMESTAMP '${from}' AND date < TIMESTAMP '${to}'`,
      );

    it('flights: January as a first version, then February on top of it', async () => {
      const contract = shipped('flights');
      await month('january', '2001-01-01', '2001-02-01');
      await month('february', '2001-02-01', '2001-03-01');
      const january = await validateBatch(session, {
        rawTable: 'january',
        contract,
        parent: null,
        claimedRowCount: 508_239,
        now: Date.now(),
        normalizedTable: 'january_version',
      });
      assert.equal(january.reason, null);
      assert.deepEqual(errorsOf(january.violations), []);
      const february = await validateBatch(session, {
        rawTable: 'february',
        contract,
        parent: { relation: 'january_version' },
        claimedRowCount: null,
        now: Date.now(),
        normalizedTable: 'february_version',
      });
      assert.equal(february.reason, null);
      assert.deepEqual(errorsOf(february.violations), []);
      assert.deepEqual(
        february.violations.map((violation) => [violation.rule, violation.observed]),
        [
          ['range', 'min=-1116'],
          ['freshness', february.violations[1].observed],
        ],
      );
    });

    it('flights: rejects February with delays sent in seconds', async () => {
      await session.run(`CREATE TABLE february_seconds AS
        SELECT date, delay * 60 AS delay, distance, origin, destination FROM february`);
      const { reason, violations } = await validateBatch(session, {
        rawTable: 'february_seconds',
        contract: shipped('flights'),
        parent: { relation: 'january_version' },
        claimedRowCount: null,
        now: Date.now(),
        normalizedTable: 'february_seconds_version',
      });
      assert.equal(reason, 'validation_failed');
      assert.deepEqual(
        errorsOf(violations).map((violation) => [violation.rule, violation.column]),
        [
          ['range', 'delay'],
          ['distribution', 'delay'],
        ],
      );
    });

    it('seattle-weather: the whole file as a first version', async () => {
      await session.run(`CREATE TABLE seattle AS SELECT * FROM ${SEATTLE}`);
      const { reason, violations } = await validateBatch(session, {
        rawTable: 'seattle',
        contract: shipped('seattle-weather'),
        parent: null,
        claimedRowCount: 1461,
        now: Date.now(),
        normalizedTable: 'seattle_version',
      });
      assert.equal(reason, null);
      assert.deepEqual(
        violations.map((violation) => [violation.rule, violation.severity]),
        [['freshness', 'warning']],
      );
    });
  });
});
