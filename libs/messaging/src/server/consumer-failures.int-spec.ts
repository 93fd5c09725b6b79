import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { EventHeader } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { PlatformMetrics } from '@loopline/observability';
import { testStackConfig, TopicRecorder, waitFor } from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { TestService } from '../test-support/messaging-test-service';
import {
  datasetEvent,
  encode,
  encodeRejection,
  messagingWorld,
  rejectionEvent,
} from '../test-support/messaging-test-world';

const stack = testStackConfig();
const kafka = new Kafka({
  clientId: 'it-failures',
  brokers: stack.brokers,
  logLevel: logLevel.NOTHING,
});
let producer: Producer;
before(async () => {
  producer = kafka.producer();
  await producer.connect();
});
after(() => producer.disconnect());

const outage = () => new PlatformError('IT.DB_DOWN', 'db down', { kind: ErrorKind.Unavailable });

/** Makes the service's handler fail with an outage while `down()` says so. */
function failWhile(service: TestService, down: () => boolean): void {
  service.script.failWith = () => (down() ? outage() : undefined);
}

async function failedCount(service: TestService, eventType: string): Promise<number> {
  const metric = await service.app
    .get(PlatformMetrics)
    .registry.getSingleMetric('loopline_events_failed_total')
    ?.get();
  return (metric?.values ?? [])
    .filter((value) => value.labels.event_type === eventType)
    .reduce((sum, value) => sum + value.value, 0);
}

describe('consumer failures on the real broker', { timeout: 120_000, concurrency: true }, () => {
  it('survives a rebalance in the middle of an outage retry and handles the event once', async () => {
    const w = messagingWorld();
    const first = await w.startConsumer();
    let down = true;
    failWhile(first, () => down);
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    let second: TestService | undefined;
    try {
      const message = encode(datasetEvent('flights'));
      const eventId = message.headers[EventHeader.EventId];
      await producer.send({ topic: w.topic, messages: [message] });
      await waitFor(() => first.script.callsFor(eventId) >= 2, {
        description: 'the first member to be retrying',
      });
      // A second member of the same service joins the group: the first must rejoin mid-retry.
      second = await w.startConsumer();
      failWhile(second, () => down);
      await waitFor(() => first.server!.groupJoins >= 2 && second!.server!.groupJoins >= 1, {
        description: 'the rebalance to complete',
      });
      down = false;
      await waitFor(async () => (await first.receivedEventIds()).includes(eventId), {
        description: 'the event to be handled after the outage',
      });
      assert.deepEqual(await first.receivedEventIds(), [eventId], 'handled exactly once');
      assert.equal(deadLetters.messages.length, 0, 'nothing dead-lettered');
    } finally {
      await Promise.all([first.close(), second?.close(), deadLetters.stop()]);
      await w.cleanup();
    }
  });

  it('shuts down promptly during an outage retry and leaves the event to the next owner', async () => {
    const w = messagingWorld();
    const first = await w.startConsumer();
    failWhile(first, () => true);
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    try {
      const message = encode(datasetEvent('flights'));
      const eventId = message.headers[EventHeader.EventId];
      await producer.send({ topic: w.topic, messages: [message] });
      await waitFor(() => first.script.callsFor(eventId) >= 2);
      const started = Date.now();
      await first.close();
      const closeMs = Date.now() - started;
      assert.ok(closeMs < 10_000, `closed in ${closeMs} ms`);

      const next = await w.startConsumer();
      try {
        await waitFor(async () => (await next.receivedEventIds()).includes(eventId), {
          description: 'the next owner to handle the event',
        });
        assert.deepEqual(await next.receivedEventIds(), [eventId]);
        assert.equal(deadLetters.messages.length, 0);
      } finally {
        await next.close();
      }
    } finally {
      await deadLetters.stop();
      await w.cleanup();
    }
  });

  it('holds the partition while the dead-letter topic cannot be written, then parks the poison once', async () => {
    const w = messagingWorld();
    const consumer = await w.startConsumer();
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.deleteTopics({ topics: [w.deadLetterTopic] });
      const poison = {
        key: 'flights',
        value: Buffer.from('not avro'),
        headers: encode(datasetEvent('flights')).headers,
      };
      const good = encode(datasetEvent('flights'));
      await producer.send({ topic: w.topic, messages: [poison, good] });
      await waitFor(async () => (await failedCount(consumer, 'dead-letter-publish')) >= 1, {
        timeoutMs: 60_000,
        description: 'a failed dead-letter publish',
      });
      assert.deepEqual(await consumer.receivedEventIds(), [], 'the partition did not move on');

      // Deletion completes in the background; creating the topic again can meet its tail.
      await waitFor(
        () =>
          admin
            .createTopics({
              topics: [{ topic: w.deadLetterTopic, numPartitions: 1 }],
              waitForLeaders: true,
            })
            // false: it exists already, which counts only once its metadata is served again
            .then(
              async (created) =>
                created ||
                (await admin.fetchTopicMetadata({ topics: [w.deadLetterTopic] })).topics.length > 0,
            )
            .catch(() => false),
        { timeoutMs: 60_000, description: 'the dead-letter topic to be created again' },
      );
      await waitFor(
        async () => (await consumer.receivedEventIds()).includes(good.headers[EventHeader.EventId]),
        { timeoutMs: 60_000, description: 'the message after the poison one' },
      );
      const letters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
      try {
        const [letter] = await letters.waitForCount(1);
        assert.equal(letter.value?.toString(), 'not avro');
        assert.equal(letters.messages.length, 1);
      } finally {
        await letters.stop();
      }
    } finally {
      await Promise.all([consumer.close(), admin.disconnect()]);
      await w.cleanup();
    }
  });

  it('dispatches event types sharing a topic in order and passes over the ones it does not handle', async () => {
    const w = messagingWorld();
    const onlyVersions = await w.startConsumer();
    const both = await w.startConsumer({
      consumerGroup: `${w.group}-both`,
      schema: w.schemas[0],
      consumesRejections: true,
    });
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    try {
      const sent = [
        encode(datasetEvent('flights')),
        encodeRejection(rejectionEvent('flights')),
        encode(datasetEvent('flights')),
      ];
      await producer.send({ topic: w.topic, messages: sent });
      const ids = sent.map((message) => message.headers[EventHeader.EventId]);
      await waitFor(async () => (await both.receivedEventIds()).length === 3);
      assert.deepEqual(await both.receivedEventIds(), ids, 'in publication order across types');
      await waitFor(async () => (await onlyVersions.receivedEventIds()).length === 2);
      assert.deepEqual(await onlyVersions.receivedEventIds(), [ids[0], ids[2]]);
      assert.equal(onlyVersions.script.callsFor(ids[1]), 0);
      assert.equal(deadLetters.messages.length, 0, 'an unhandled type is no poison');
    } finally {
      await Promise.all([onlyVersions.close(), both.close(), deadLetters.stop()]);
      await w.cleanup();
    }
  });
});
