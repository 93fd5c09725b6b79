import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { Client } from 'pg';
import {
  dropSchema,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import type { HousekeepingOptions } from '../messaging-options.interface';
import { type HttpTestApp, startHttpTestApp } from '../test-support/start-http-test-app';
import { HousekeepingScheduler } from './housekeeping.scheduler';
import { MessagingPruner } from './messaging.pruner';

const stack = testStackConfig();
const HOUR_MS = 60 * 60 * 1000;

/** Retentions of one hour, so rows backdated by SQL to two hours ago are due and fresh ones are not. */
const SHORT_RETENTION: Partial<HousekeepingOptions> = {
  outboxRetentionMs: HOUR_MS,
  inboxRetentionMs: HOUR_MS,
  idempotencyKeyRetentionMs: HOUR_MS,
};

async function withApp(
  housekeeping: Partial<HousekeepingOptions>,
  test: (service: HttpTestApp) => Promise<void>,
): Promise<void> {
  const schema = uniqueIdentifier('it_housekeeping');
  const service = await startHttpTestApp({
    schema,
    topicPrefix: `${uniqueName('it')}.`,
    housekeeping: { ...SHORT_RETENTION, ...housekeeping },
  });
  try {
    await test(service);
  } finally {
    await service.close();
    await dropSchema(stack.databaseUrl, schema);
  }
}

/** Outbox rows; `publishedAgo` null leaves them unpublished, `createdAgo` backdates creation. */
async function addOutboxRows(
  service: HttpTestApp,
  count: number,
  marker: string,
  publishedAgo: string | null,
  createdAgo = '0 hours',
): Promise<void> {
  await service.query(
    `INSERT INTO ${service.table('outbox_messages')}
       (event_id, event_type, topic, message_key, payload, headers, created_at, published_at)
     SELECT gen_random_uuid(), $1, 't', 'k', '\\x00'::bytea, '{}'::jsonb,
            now() - $2::interval, now() - $3::interval
     FROM generate_series(1, $4)`,
    [marker, createdAgo, publishedAgo, count],
  );
}

async function addInboxEntries(service: HttpTestApp, count: number, marker: string, ago: string) {
  await service.query(
    `INSERT INTO ${service.table('inbox_entries')}
       (consumer_group, event_id, event_type, topic, partition, log_offset, handled_at)
     SELECT 'group', gen_random_uuid(), $1, 't', 0, n, now() - $2::interval
     FROM generate_series(1, $3) AS n`,
    [marker, ago, count],
  );
}

async function addIdempotencyKeys(
  service: HttpTestApp,
  count: number,
  marker: string,
  ago: string,
) {
  await service.query(
    `INSERT INTO ${service.table('idempotency_keys')}
       (idempotency_key, request_hash, response_status, response_body, created_at)
     SELECT $1 || '-' || n, 'h', 202, '{}'::json, now() - $2::interval
     FROM generate_series(1, $3) AS n`,
    [marker, ago, count],
  );
}

async function countBy(
  service: HttpTestApp,
  table: string,
  column: string,
): Promise<Record<string, number>> {
  const rows = await service.query<{ marker: string; count: number }>(
    `SELECT ${column} AS marker, count(*)::int AS count FROM ${service.table(table)} GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.marker, row.count]));
}

describe('housekeeping on the real database', { timeout: 60_000, concurrency: true }, () => {
  it('deletes rows older than their retention in batches and keeps newer and unpublished ones', async () => {
    // The scheduler stays off: this test drives one pass itself.
    await withApp({ enabled: false, batchSize: 10 }, async (service) => {
      await addOutboxRows(service, 25, 'published-long-ago', '2 hours', '3 hours');
      await addOutboxRows(service, 3, 'published-recently', '10 minutes', '3 hours');
      await addOutboxRows(service, 4, 'never-published', null, '3 hours');
      await addInboxEntries(service, 12, 'handled-long-ago', '2 hours');
      await addInboxEntries(service, 2, 'handled-recently', '10 minutes');
      await addIdempotencyKeys(service, 7, 'old', '2 hours');
      await addIdempotencyKeys(service, 1, 'new', '10 minutes');

      const report = await service.app.get(MessagingPruner).prune();

      // 25 rows at 10 per statement: the pass went on until a batch came back short.
      assert.deepEqual(report, {
        outboxMessages: 25,
        inboxEntries: 12,
        idempotencyKeys: 7,
        failures: [],
      });
      assert.deepEqual(await countBy(service, 'outbox_messages', 'event_type'), {
        'published-recently': 3,
        'never-published': 4,
      });
      assert.deepEqual(await countBy(service, 'inbox_entries', 'event_type'), {
        'handled-recently': 2,
      });
      assert.deepEqual(
        await countBy(service, 'idempotency_keys', "split_part(idempotency_key, '-', 1)"),
        {
          new: 1,
        },
      );
      assert.deepEqual(await service.app.get(MessagingPruner).prune(), {
        outboxMessages: 0,
        inboxEntries: 0,
        idempotencyKeys: 0,
        failures: [],
      });
    });
  });

  it('prunes on its interval, and a table that fails holds back neither the others nor the next pass', async () => {
    await withApp({ intervalMs: 50 }, async (service) => {
      const outbox = () => countBy(service, 'outbox_messages', 'event_type');
      const keys = () =>
        countBy(service, 'idempotency_keys', "split_part(idempotency_key, '-', 1)");
      await addOutboxRows(service, 5, 'first', '2 hours');
      await waitFor(async () => (await outbox()).first === undefined, {
        description: 'a scheduled pass',
      });

      // Without its inbox table every pass fails on the inbox, between the outbox and the keys.
      await service.query(`ALTER TABLE ${service.table('inbox_entries')} RENAME TO inbox_away`);
      const scheduler = service.app.get(HousekeepingScheduler);
      await scheduler.pruneNow(); // the pass that may have started before the rename
      const failed = await scheduler.pruneNow();
      assert.deepEqual(
        failed.failures.map((failure) => failure.table),
        ['inbox_entries'],
      );
      assert.ok(failed.failures[0].error instanceof PlatformError);
      await addOutboxRows(service, 5, 'during-failure', '2 hours');
      await addIdempotencyKeys(service, 4, 'old', '2 hours');
      await waitFor(
        async () =>
          (await outbox())['during-failure'] === undefined && (await keys()).old === undefined,
        { description: 'scheduled passes to go on pruning the other tables' },
      );

      await service.query(`ALTER TABLE ${service.table('inbox_away')} RENAME TO inbox_entries`);
      await addInboxEntries(service, 3, 'old', '2 hours');
      await addInboxEntries(service, 1, 'fresh', '1 minute');
      await waitFor(
        async () => (await countBy(service, 'inbox_entries', 'event_type')).old === undefined,
        { description: 'the inbox to be pruned once it is back' },
      );
      assert.deepEqual(await countBy(service, 'inbox_entries', 'event_type'), { fresh: 1 });
    });
  });

  it('never runs two passes at once and stops between batches on shutdown', async () => {
    const schema = uniqueIdentifier('it_housekeeping');
    const service = await startHttpTestApp({
      schema,
      topicPrefix: `${uniqueName('it')}.`,
      housekeeping: { ...SHORT_RETENTION, intervalMs: 600_000, batchSize: 50 },
    });
    try {
      const scheduler = service.app.get(HousekeepingScheduler);
      await scheduler.pruneNow(); // joins the start-up pass, so the next one starts fresh
      const total = 50_000;
      await addOutboxRows(service, total, 'bulk', '2 hours');

      const pass = scheduler.pruneNow();
      assert.equal(scheduler.pruneNow(), pass, 'a second call joins the pass in progress');
      await waitFor(
        async () => ((await countBy(service, 'outbox_messages', 'event_type')).bulk ?? 0) < total,
        {
          description: 'the pass to start deleting',
        },
      );
      await service.close();
      const report = await pass;

      assert.ok(report.outboxMessages > 0, 'deleted some batches before shutdown');
      assert.ok(
        report.outboxMessages < total,
        'stopped before the end instead of holding shutdown',
      );
      assert.equal(report.outboxMessages % 50, 0, 'only whole batches');
      const db = new Client({ connectionString: stack.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM ${service.table('outbox_messages')}`,
        );
        assert.equal(rows[0].n, total - report.outboxMessages, 'every deleted row was reported');
      } finally {
        await db.end();
      }
    } finally {
      await dropSchema(stack.databaseUrl, schema);
    }
  });
});
