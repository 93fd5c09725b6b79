import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { TabularSession } from '@loopline/tabular';
import { parseDataContract } from '../../domain/data-contract';
import { validateBatch } from '../validate-batch';

/**
 * The monotonic check reads the previous row through a window without ORDER BY, relying on the
 * engine to stream a table scan in insertion order. This pins that behaviour on a table of many
 * row groups in shuffled order, where any parallel reordering would show.
 */
describe('event_time_monotonic over many row groups', () => {
  let session: TabularSession;
  before(async () => {
    session = await TabularSession.open({ threads: 4 });
  });
  after(() => session.close());

  it('counts and names the same rows as an explicit ORDER BY rowid', async () => {
    await session.run(`CREATE TABLE shuffled AS
      SELECT TIMESTAMP '2000-01-01' + to_seconds(range) AS t FROM range(1000000) ORDER BY hash(range)`);
    const ordered = `SELECT rowid + 1 AS row FROM
      (SELECT rowid, t, lag(t) OVER (ORDER BY rowid) AS previous FROM shuffled) WHERE t < previous`;
    const [expected] = await session.rows<{ n: number }>(`SELECT count(*) AS n FROM (${ordered})`);
    const firstRows = await session.rows<{ row: number }>(`${ordered} ORDER BY row LIMIT 10`);
    const contract = parseDataContract({
      dataset: 'shuffled',
      version: 1,
      columns: [{ name: 't', type: 'timestamp' }],
      rules: [{ rule: 'event_time_monotonic', column: 't' }],
    });
    const { violations } = await validateBatch(session, {
      rawTable: 'shuffled',
      contract,
      parent: null,
      claimedRowCount: null,
      now: 0,
      normalizedTable: 'shuffled_version',
    });
    assert.ok(expected.n > 100_000);
    assert.equal(violations[0].failingRowCount, expected.n);
    assert.deepEqual(
      violations[0].sampleRows,
      firstRows.map(({ row }) => row),
    );
  });
});
