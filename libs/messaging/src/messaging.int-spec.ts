import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { EventHeader } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { testStackConfig, TopicRecorder, uniqueName, waitFor } from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { readDeadLetters } from './dead-letter/dead-letter.reader';
import { replayDeadLetter } from './dead-letter/dead-letter.replayer';
import { DeadLetterHeader } from './enums/dead-letter-header.enum';
import {
  datasetEvent,
  datasetSample,
  encode,
  messagingWorld,
  publishThroughOutbox,
} from './test-support/messaging-test-world';

const stack = testStackConfig();

/** One isolated world per test: topic prefix, schemas and consumer group of its own. */
async function world() {
  const w = messagingWorld();
  return {
    ...w,
    startConsumer: (consumerGroup = w.group, schema = w.schemas[1]) =>
      w.startConsumer({ consumerGroup, schema }),
  };
}

let rawProducer: Producer;
before(async () => {
  rawProducer = new Kafka({
    clientId: 'it-raw',
    brokers: stack.brokers,
    logLevel: logLevel.NOTHING,
  }).producer();
  await rawProducer.connect();
});
after(() => rawProducer.disconnect());

// Each test has its own topics, group and schemas, so they run side by side.
describe('messaging through the real broker', { timeout: 90_000, concurrency: true }, () => {
  it('delivers a typed event from one service to another with its headers intact', async () => {
    const w = await world();
    const producer = await w.startProducer();
    const consumer = await w.startConsumer();
    try {
      const metadata = await publishThroughOutbox(
        producer,
        datasetEvent('flights'),
        'lifecycle-42',
      );
      const [eventId] = await waitFor(async () => {
        const ids = await consumer.receivedEventIds();
        return ids.length > 0 && ids;
      });
      assert.equal(eventId, metadata.eventId);
      const rows = await consumer.app
        .get(DataSource)
        .query(`SELECT envelope FROM "${w.schemas[1]}".received_events`);
      const envelope = rows[0].envelope;
      assert.deepEqual(envelope.payload, JSON.parse(JSON.stringify(datasetEvent('flights'))));
      assert.equal(envelope.key, 'flights');
      assert.equal(envelope.source.topic, w.topic);
      assert.deepEqual(
        { ...envelope.metadata },
        {
          eventId: metadata.eventId,
          eventType: 'DatasetVersionCreated',
          occurredAt: metadata.occurredAt,
          correlationId: 'lifecycle-42',
          producer: 'it-producer',
          traceparent: metadata.traceparent,
          schemaFingerprint: metadata.schemaFingerprint,
        },
      );
      assert.match(metadata.traceparent!, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    } finally {
      await Promise.all([producer.close(), consumer.close()]);
      await w.cleanup();
    }
  });

  it('sends a poison message to the dead-letter topic with its coordinates and goes on', async () => {
    const w = await world();
    const consumer = await w.startConsumer();
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    try {
      const headers = envelopeHeaders();
      const [poison] = await rawProducer.send({
        topic: w.topic,
        messages: [{ key: 'flights', value: Buffer.from('{"not":"avro"}'), headers }],
      });
      const good = encode(datasetEvent('flights'));
      await rawProducer.send({ topic: w.topic, messages: [good] });

      const [letter] = await deadLetters.waitForCount(1);
      assert.equal(letter.value?.toString(), '{"not":"avro"}');
      assert.equal(letter.headers[DeadLetterHeader.OriginalTopic], w.topic);
      assert.equal(letter.headers[DeadLetterHeader.OriginalPartition], String(poison.partition));
      assert.equal(letter.headers[DeadLetterHeader.OriginalOffset], poison.baseOffset);
      assert.equal(letter.headers[DeadLetterHeader.ErrorCode], 'CONTRACTS.NOT_SINGLE_OBJECT');
      assert.equal(letter.headers[DeadLetterHeader.ConsumerGroup], w.group);
      assert.equal(letter.headers[DeadLetterHeader.ErrorKind], 'INVALID_INPUT');
      assert.equal(letter.headers[DeadLetterHeader.Retriable], 'false');
      assert.match(letter.headers[DeadLetterHeader.OriginalTimestamp], /^\d{13}$/);
      assert.equal(w.deadLetterTopic.split(w.prefix).length, 2, 'the prefix appears once');
      assert.equal(
        letter.headers[EventHeader.EventId],
        headers[EventHeader.EventId],
        'original headers kept',
      );

      await waitFor(
        async () => (await consumer.receivedEventIds()).includes(good.headers[EventHeader.EventId]),
        {
          description: 'the message after the poison one to be handled',
        },
      );
    } finally {
      await Promise.all([consumer.close(), deadLetters.stop()]);
      await w.cleanup();
    }
  });

  it('waits out outages, dead-letters permanent failures at once and exhausted retries at the cap', async () => {
    const w = await world();
    const consumer = await w.startConsumer();
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    consumer.script.failWith = (event, call) => {
      const name = event.payload.datasetName;
      // More outage attempts than the retry budget (3): an outage is never dead-lettered.
      if (name === 'outage' && call <= 5)
        return new PlatformError('IT.DB_DOWN', 'db down', { kind: ErrorKind.Unavailable });
      if (name === 'broken')
        return new PlatformError('IT.BROKEN', 'bad data', { kind: ErrorKind.InvalidInput });
      if (name === 'conflict')
        return new PlatformError('IT.CONFLICT', 'still conflicting', {
          kind: ErrorKind.Conflict,
          retriable: true,
        });
      return undefined;
    };
    try {
      const outage = encode(datasetEvent('outage'));
      const broken = encode(datasetEvent('broken'));
      const conflict = encode(datasetEvent('conflict'));
      await rawProducer.send({ topic: w.topic, messages: [outage, broken, conflict] });

      const letters = await deadLetters.waitForCount(2);
      assert.equal(consumer.script.callsFor(outage.headers[EventHeader.EventId]), 6);
      assert.deepEqual(await consumer.receivedEventIds(), [outage.headers[EventHeader.EventId]]);
      const byCode = Object.fromEntries(
        letters.map((l) => [
          l.headers[DeadLetterHeader.ErrorCode],
          [l.headers[DeadLetterHeader.Attempts], l.headers[DeadLetterHeader.Retriable]],
        ]),
      );
      assert.deepEqual(byCode, { 'IT.BROKEN': ['1', 'false'], 'IT.CONFLICT': ['3', 'true'] });
      assert.equal(consumer.server!.groupJoins, 1, 'the outage did not cost the group membership');
    } finally {
      await Promise.all([consumer.close(), deadLetters.stop()]);
      await w.cleanup();
    }
  });

  it('replays a dead letter to the failing group only, once, and records the replay', async () => {
    const w = await world();
    const failing = await w.startConsumer();
    const otherGroup = uniqueName('other-group');
    const other = await w.startConsumer(otherGroup, w.schemas[0]);
    let causeFixed = false;
    failing.script.failWith = () =>
      causeFixed
        ? undefined
        : new PlatformError('IT.CONFLICT', 'conflicting', {
            kind: ErrorKind.Conflict,
            retriable: true,
          });
    const kafka = new Kafka({
      clientId: 'it-operator',
      brokers: stack.brokers,
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    try {
      const message = encode(datasetEvent('flights'));
      const eventId = message.headers[EventHeader.EventId];
      await rawProducer.send({ topic: w.topic, messages: [message] });
      const letters = await waitFor(async () => {
        const found = await readDeadLetters(kafka, w.deadLetterTopic);
        return found.length > 0 && found;
      });
      assert.equal(letters.length, 1);
      assert.equal(letters[0].errorCode, 'IT.CONFLICT');
      assert.equal(letters[0].errorKind, 'CONFLICT');
      assert.equal(letters[0].retriable, true);
      assert.equal(letters[0].attempts, 3);
      assert.equal(letters[0].original.topic, w.topic);
      assert.equal(letters[0].originalHeaders[EventHeader.EventId], eventId);
      assert.equal(letters[0].replayed, undefined);
      assert.ok(
        !Object.keys(letters[0].originalHeaders).some((name) => name.startsWith('loopline-dlq-')),
      );

      causeFixed = true;
      await replayDeadLetter(producer, letters[0], {
        replayTopic: w.replayTopic,
        deadLetterTopic: w.deadLetterTopic,
        replayedBy: 'it-operator',
      });
      await waitFor(async () => (await failing.receivedEventIds()).includes(eventId), {
        description: 'the replayed event to be handled',
      });
      const [afterReplay] = await readDeadLetters(kafka, w.deadLetterTopic);
      assert.equal(afterReplay.replayed?.by, 'it-operator');
      assert.equal(
        (await readDeadLetters(kafka, w.deadLetterTopic)).length,
        1,
        'markers are no letters',
      );

      // The other group handled the event once when it was published and never sees the replay:
      // a later event on the same partition proves it has read past where a replay would be.
      const later = encode(datasetEvent('flights'));
      await rawProducer.send({ topic: w.topic, messages: [later] });
      await waitFor(async () =>
        (await other.receivedEventIds()).includes(later.headers[EventHeader.EventId]),
      );
      assert.equal(other.script.callsFor(eventId), 1);
      assert.equal(failing.script.callsFor(eventId), 4, 'three failures, then the replay');
    } finally {
      await Promise.all([failing.close(), other.close(), producer.disconnect()]);
      await w.cleanup();
    }
  });

  it('gives a redelivered event no second effect', async () => {
    const w = await world();
    const consumer = await w.startConsumer();
    try {
      const message = encode(datasetEvent('flights'));
      const eventId = message.headers[EventHeader.EventId];
      await rawProducer.send({ topic: w.topic, messages: [message] });
      await rawProducer.send({ topic: w.topic, messages: [message] });
      await waitFor(() => consumer.script.callsFor(eventId) === 2, {
        description: 'both deliveries to reach the handler',
      });
      assert.deepEqual(await consumer.receivedEventIds(), [eventId]);
    } finally {
      await consumer.close();
      await w.cleanup();
    }
  });
});

function envelopeHeaders(): Record<string, string> {
  return encode(datasetSample).headers;
}
