import { strict as assert } from 'node:assert';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { EventHeader } from '@loopline/contracts';
import {
  PrivateKafka,
  PrivatePostgres,
  testStackConfig,
  TopicRecorder,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import {
  datasetEvent,
  encode,
  messagingWorld,
  publishThroughOutbox,
} from './test-support/messaging-test-world';

// Each test stops and restarts a server of its own (started by the same infra scripts as the
// shared stack), so the outage never reaches the other tests running beside it.
const stack = testStackConfig();
let producer: Producer;
before(async () => {
  producer = new Kafka({
    clientId: 'it-outage',
    brokers: stack.brokers,
    logLevel: logLevel.NOTHING,
  }).producer();
  await producer.connect();
});
after(() => producer.disconnect());

describe('outages of the real infrastructure', { timeout: 300_000, concurrency: true }, () => {
  it('waits out PostgreSQL stopped for 20 s while events flow: each handled once, in order, none dead-lettered', async () => {
    const postgres = await PrivatePostgres.start(uniqueName('outage-pg'));
    const w = messagingWorld({ databaseUrl: postgres.url });
    const consumer = await w.startConsumer();
    const publisher = await w.startProducer();
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    const sent: string[] = [];
    const send = async () => {
      const message = encode(datasetEvent('flights'));
      sent.push(message.headers[EventHeader.EventId]);
      await producer.send({ topic: w.topic, messages: [message] });
    };
    try {
      for (let i = 0; i < 5; i++) await send();
      await waitFor(async () => (await consumer.receivedEventIds()).length === 5);

      await postgres.down();
      const outageEnds = Date.now() + 20_000;
      while (Date.now() < outageEnds) {
        await send(); // events keep flowing while the database is down
        await delay(1_000);
      }
      await postgres.up();

      await waitFor(async () => (await consumer.receivedEventIds()).length >= sent.length, {
        timeoutMs: 60_000,
        description: `all ${sent.length} events to be handled after the outage`,
      });
      assert.deepEqual(await consumer.receivedEventIds(), sent, 'each once, in order');
      assert.equal(deadLetters.messages.length, 0, 'nothing dead-lettered');
      assert.equal(consumer.server!.groupJoins, 1, 'the member kept its place in the group');

      // The relay's NOTIFY listener came back too: its poll is far too slow to deliver this.
      const recorder = await new TopicRecorder(stack.brokers, w.topic).start();
      try {
        const after = await publishThroughOutbox(publisher, datasetEvent('flights'));
        await waitFor(
          () => recorder.messages.some((m) => m.headers[EventHeader.EventId] === after.eventId),
          { timeoutMs: 30_000, description: 'the outbox event published after the restart' },
        );
      } finally {
        await recorder.stop();
      }
    } finally {
      await Promise.all([consumer.close(), publisher.close(), deadLetters.stop()]);
      await w.cleanup().catch(() => undefined);
      await postgres.down();
    }
  });

  it('publishes what was committed while the broker was down once it is back', async () => {
    const broker = await PrivateKafka.start(uniqueName('outage-kafka'));
    const w = messagingWorld({ brokers: broker.brokers });
    const publisher = await w.startProducer(true, { pollIntervalMs: 500 });
    try {
      const sent: string[] = [];
      for (let i = 0; i < 3; i++)
        sent.push((await publishThroughOutbox(publisher, datasetEvent('flights'))).eventId);
      const early = await new TopicRecorder(broker.brokers, w.topic).start();
      await early.waitForCount(3);
      await early.stop();

      await broker.down();
      for (let i = 0; i < 3; i++)
        sent.push((await publishThroughOutbox(publisher, datasetEvent('flights'))).eventId);
      await broker.up();

      const recorder = await new TopicRecorder(broker.brokers, w.topic).start();
      try {
        await recorder.waitForCount(6, 90_000);
        const published = recorder.messages.map((m) => m.headers[EventHeader.EventId]);
        assert.deepEqual(published, sent, 'in order, each once');
      } finally {
        await recorder.stop();
      }
    } finally {
      await publisher.close();
      await w.cleanup();
      await broker.down();
    }
  });
});
