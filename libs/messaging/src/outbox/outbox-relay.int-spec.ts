import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EventHeader } from '@loopline/contracts';
import { testStackConfig, TopicRecorder, waitFor } from '@loopline/testing';
import { Client } from 'pg';
import { OutboxRelay } from './outbox.relay';
import {
  datasetEvent,
  messagingWorld,
  publishThroughOutbox,
} from '../test-support/messaging-test-world';

const stack = testStackConfig();

describe('outbox relay', { timeout: 120_000, concurrency: true }, () => {
  it('delivers once to an idempotent consumer when killed with SIGKILL between the ack and the mark', async () => {
    const w = messagingWorld();
    const writer = await w.startProducer(false);
    const consumer = await w.startConsumer();
    const recorder = await new TopicRecorder(stack.brokers, w.topic).start();
    const locker = new Client({ connectionString: stack.databaseUrl });
    await locker.connect();
    try {
      const event = await publishThroughOutbox(writer, datasetEvent('flights'));
      // Hold the row: the child's "mark as published" blocks on it after the broker has acked.
      await locker.query('BEGIN');
      await locker.query(
        `SELECT 1 FROM "${w.schemas[0]}".outbox_messages WHERE event_id = $1 FOR UPDATE`,
        [event.eventId],
      );
      const child = spawn(
        process.execPath,
        [join(__dirname, '..', 'test-support', 'relay.child.js'), w.schemas[0], w.prefix],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      const exited = once(child, 'exit');
      await recorder.waitForCount(1, 60_000); // acked by the broker
      child.kill('SIGKILL');
      const [, signal] = await exited;
      assert.equal(signal, 'SIGKILL');
      // A backend waiting on a lock does not notice that its client died (PostgreSQL checks only
      // with client_connection_check_interval set); end the dead relay's session as that would,
      // or its UPDATE would run once the lock is free.
      await locker.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
        [(await locker.query('SELECT pg_backend_pid() AS pid')).rows[0].pid],
      );
      await locker.query('ROLLBACK');
      const [row] = (
        await locker.query(
          `SELECT published_at FROM "${w.schemas[0]}".outbox_messages WHERE event_id = $1`,
          [event.eventId],
        )
      ).rows;
      assert.equal(row.published_at, null, 'the kill came before the row was marked');

      const restarted = await w.startProducer();
      try {
        await recorder.waitForCount(2); // the restarted relay sends it again
        const sentinel = await publishThroughOutbox(restarted, datasetEvent('flights'));
        await waitFor(async () => (await consumer.receivedEventIds()).includes(sentinel.eventId), {
          description: 'the consumer to read past both copies',
        });
        const copies = recorder.messages.filter(
          (m) => m.headers[EventHeader.EventId] === event.eventId,
        );
        assert.equal(copies.length, 2, 'published twice');
        assert.deepEqual(await consumer.receivedEventIds(), [event.eventId, sentinel.eventId]);
        assert.equal(consumer.script.callsFor(event.eventId), 2, 'the duplicate reached the inbox');
      } finally {
        await restarted.close();
      }
    } finally {
      await locker.end();
      await Promise.all([writer.close(), consumer.close(), recorder.stop()]);
      await w.cleanup();
    }
  });

  it('keeps per-key order with two instances, one relay publishing, the other taking over', async () => {
    const w = messagingWorld();
    const instances = [await w.startProducer(), await w.startProducer()];
    const recorder = await new TopicRecorder(stack.brokers, w.topic).start();
    try {
      const sent: string[] = [];
      for (let i = 0; i < 40; i++) {
        const via = instances[i % 2];
        sent.push((await publishThroughOutbox(via, datasetEvent('flights'))).eventId);
      }
      await recorder.waitForCount(40);
      const leaders = instances.filter((i) => i.app.get(OutboxRelay).leading);
      assert.equal(leaders.length, 1, 'exactly one relay leads');

      await leaders[0].close();
      const standby = instances.find((i) => i !== leaders[0])!;
      for (let i = 0; i < 10; i++)
        sent.push((await publishThroughOutbox(standby, datasetEvent('flights'))).eventId);
      await recorder.waitForCount(50);
      assert.equal(standby.app.get(OutboxRelay).leading, true, 'the standby took over');
      const published = recorder.messages.map((m) => m.headers[EventHeader.EventId]);
      assert.deepEqual(published, sent, 'in commit order, each once');
    } finally {
      await Promise.all([
        ...instances.map((i) => i.close().catch(() => undefined)),
        recorder.stop(),
      ]);
      await w.cleanup();
    }
  });
});
