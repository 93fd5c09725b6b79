import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  AvroSingleObjectCodec,
  type DatasetVersionCreated,
  EventHeader,
} from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import {
  dropSchema,
  testStackConfig,
  TopicRecorder,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxMessageRow } from './database';
import { readDeadLetters } from './dead-letter/dead-letter.reader';
import { replayDeadLetter } from './dead-letter/dead-letter.replayer';
import { DeadLetterHeader } from './enums/dead-letter-header.enum';
import { createEventMetadata } from './events/event-metadata.factory';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxWriter } from './outbox/outbox.writer';
import { AvroEventSerializer } from './serializers/avro-event.serializer';
import { startTestService, type TestService } from './test-support/messaging-test-service';
import { TopicNamer } from './topics/topic-namer';

const stack = testStackConfig();
const samplesDir = join(
  dirname(require.resolve('@loopline/contracts/package.json')),
  'fixtures',
  'samples',
);
const sample: DatasetVersionCreated = JSON.parse(
  readFileSync(join(samplesDir, 'DatasetVersionCreated.json'), 'utf8'),
);

function datasetEvent(datasetName: string): DatasetVersionCreated {
  return { ...sample, datasetName };
}

async function publishThroughOutbox(
  service: TestService,
  payload: DatasetVersionCreated,
  correlationId?: string,
) {
  const dataSource = service.app.get(DataSource);
  const writer = service.app.get(OutboxWriter);
  return dataSource.transaction((manager) =>
    writer.enqueue(manager, 'DatasetVersionCreated', payload, { correlationId }),
  );
}

/** One isolated world per test: topic prefix, schemas and consumer group of its own. */
async function world() {
  const prefix = `${uniqueName('it')}.`;
  const group = uniqueName('consumer');
  const schemas = [uniqueIdentifier('it_producer'), uniqueIdentifier('it_consumer')];
  const topics = new TopicNamer(prefix);
  return {
    prefix,
    group,
    schemas,
    topic: topics.topicFor('DatasetVersionCreated'),
    deadLetterTopic: topics.deadLetterTopicFor(group),
    startProducer: (relayEnabled = true) =>
      startTestService({
        serviceName: 'it-producer',
        schema: schemas[0],
        topicPrefix: prefix,
        consumes: false,
        relayEnabled,
      }),
    startConsumer: () =>
      startTestService({
        serviceName: 'it-consumer',
        schema: schemas[1],
        topicPrefix: prefix,
        consumerGroup: group,
        consumes: true,
      }),
    cleanup: () => Promise.all(schemas.map((schema) => dropSchema(stack.databaseUrl, schema))),
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

  it('retries retriable failures, dead-letters permanent ones at once and exhausted ones at the cap', async () => {
    const w = await world();
    const consumer = await w.startConsumer();
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    consumer.script.failWith = (event, call) => {
      const name = event.payload.datasetName;
      if (name === 'flaky' && call <= 2)
        return new PlatformError('IT.FLAKY', 'db blip', { kind: ErrorKind.Unavailable });
      if (name === 'broken')
        return new PlatformError('IT.BROKEN', 'bad data', { kind: ErrorKind.InvalidInput });
      if (name === 'down')
        return new PlatformError('IT.DOWN', 'still down', { kind: ErrorKind.Unavailable });
      return undefined;
    };
    try {
      const flaky = encode(datasetEvent('flaky'));
      const broken = encode(datasetEvent('broken'));
      const down = encode(datasetEvent('down'));
      await rawProducer.send({ topic: w.topic, messages: [flaky, broken, down] });

      await waitFor(async () =>
        (await consumer.receivedEventIds()).includes(flaky.headers[EventHeader.EventId]),
      );
      assert.equal(consumer.script.callsFor(flaky.headers[EventHeader.EventId]), 3);
      const letters = await deadLetters.waitForCount(2);
      const byCode = Object.fromEntries(
        letters.map((l) => [
          l.headers[DeadLetterHeader.ErrorCode],
          l.headers[DeadLetterHeader.Attempts],
        ]),
      );
      assert.deepEqual(byCode, { 'IT.BROKEN': '1', 'IT.DOWN': '3' });
    } finally {
      await Promise.all([consumer.close(), deadLetters.stop()]);
      await w.cleanup();
    }
  });

  it('lists a dead letter and replays it once its cause is fixed', async () => {
    const w = await world();
    const consumer = await w.startConsumer();
    let databaseDown = true;
    consumer.script.failWith = () =>
      databaseDown
        ? new PlatformError('IT.DOWN', 'still down', { kind: ErrorKind.Unavailable })
        : undefined;
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
      assert.equal(letters[0].errorCode, 'IT.DOWN');
      assert.equal(letters[0].attempts, 3);
      assert.equal(letters[0].original.topic, w.topic);
      assert.equal(letters[0].originalHeaders[EventHeader.EventId], eventId);
      assert.ok(
        !Object.keys(letters[0].originalHeaders).some((name) => name.startsWith('loopline-dlq-')),
      );

      databaseDown = false;
      await replayDeadLetter(producer, letters[0]);
      await waitFor(async () => (await consumer.receivedEventIds()).includes(eventId), {
        description: 'the replayed event to be handled',
      });
    } finally {
      await Promise.all([consumer.close(), producer.disconnect()]);
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

  it('publishes an event committed before a crash exactly once when the relay restarts', async () => {
    const w = await world();
    const crashed = await w.startProducer(false);
    const recorder = await new TopicRecorder(stack.brokers, w.topic).start();
    const committed = await publishThroughOutbox(crashed, datasetEvent('flights'));
    await crashed.close();

    const restarted = await w.startProducer();
    try {
      await recorder.waitForCount(1);
      // A later event with the same key lands behind any duplicate on the same partition.
      const sentinel = await publishThroughOutbox(restarted, datasetEvent('flights'));
      await waitFor(() =>
        recorder.messages.some((m) => m.headers[EventHeader.EventId] === sentinel.eventId),
      );
      const copies = recorder.messages.filter(
        (m) => m.headers[EventHeader.EventId] === committed.eventId,
      );
      assert.equal(copies.length, 1);
      assert.equal(await restarted.app.get(OutboxRelay).publishPending(), 0);
      const published = await restarted.app
        .get(DataSource)
        .getRepository(OutboxMessageRow)
        .createQueryBuilder('outbox')
        .where('outbox.published_at IS NOT NULL')
        .getCount();
      assert.equal(published, 2);
    } finally {
      await Promise.all([restarted.close(), recorder.stop()]);
      await w.cleanup();
    }
  });
});

const codec = new AvroSingleObjectCodec();
const serializer = new AvroEventSerializer(codec);

function envelopeHeaders(): Record<string, string> {
  return serializer.serialize({
    name: 'DatasetVersionCreated',
    payload: sample,
    metadata: createEventMetadata('DatasetVersionCreated', 'it-raw'),
  }).headers;
}

function encode(payload: DatasetVersionCreated) {
  return serializer.serialize({
    name: 'DatasetVersionCreated',
    payload,
    metadata: createEventMetadata('DatasetVersionCreated', 'it-raw'),
  });
}
