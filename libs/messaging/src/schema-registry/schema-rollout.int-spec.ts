import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  AvroSingleObjectCodec,
  DatasetVersionCreatedSchema,
  EventHeader,
  frameSingleObject,
  schemaFingerprint,
  toAvroType,
} from '@loopline/contracts';
import { testStackConfig, TopicRecorder, waitFor } from '@loopline/testing';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DeadLetterHeader } from '../enums/dead-letter-header.enum';
import { datasetEvent, encode, messagingWorld } from '../test-support/messaging-test-world';
import { TopicNamer } from '../topics/topic-namer';
import { SchemaRegistrationPublisher } from './schema-registration.publisher';

const stack = testStackConfig();
const kafka = new Kafka({
  clientId: 'it-schemas',
  brokers: stack.brokers,
  logLevel: logLevel.NOTHING,
});

/** DatasetVersionCreated as a newer producer writes it: one more field, with a default. */
const newerSchema = {
  ...DatasetVersionCreatedSchema,
  fields: [
    ...(DatasetVersionCreatedSchema.fields as object[]),
    {
      name: 'reviewNote',
      type: ['null', 'string'],
      default: null,
      doc: 'A note added by a newer producer.',
    },
  ],
};
const newerType = toAvroType(newerSchema);
const newerFingerprint = schemaFingerprint(newerType);

/** A message written with the newer schema, envelope headers naming it. */
function newerMessage(): { key: string; value: Buffer; headers: Record<string, string> } {
  const base = encode(datasetEvent('flights'));
  const value = frameSingleObject(
    newerFingerprint,
    newerType.toBuffer({ ...datasetEvent('flights'), reviewNote: 'checked' }),
  );
  return {
    key: base.key,
    value,
    headers: { ...base.headers, [EventHeader.SchemaFingerprint]: newerFingerprint.toString('hex') },
  };
}

describe('schema rollout through the schema topic', { timeout: 120_000, concurrency: true }, () => {
  it('lets a consumer built without a newer compatible schema decode it after the producer registered it', async () => {
    const w = messagingWorld();
    const consumer = await w.startConsumer();
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    const producer = kafka.producer();
    await producer.connect();
    try {
      // The newer producer registers its writer schema, then publishes with it.
      const producerCodec = new AvroSingleObjectCodec();
      producerCodec.learnWriterSchema(newerSchema);
      await new SchemaRegistrationPublisher(
        producerCodec,
        new TopicNamer(w.prefix).schemaTopic(),
      ).ensureRegistered(producer, [newerFingerprint.toString('hex')]);
      const message = newerMessage();
      await producer.send({ topic: w.topic, messages: [message] });

      const eventId = message.headers[EventHeader.EventId];
      await waitFor(async () => (await consumer.receivedEventIds()).includes(eventId), {
        description: 'the newer event to be handled',
      });
      const [row] = await consumer.app
        .get(DataSource)
        .query(`SELECT envelope FROM "${w.schemas[1]}".received_events`);
      assert.equal(row.envelope.payload.datasetName, 'flights');
      assert.equal('reviewNote' in row.envelope.payload, false, 'read with its own reader schema');
      assert.equal(deadLetters.messages.length, 0);
    } finally {
      await Promise.all([consumer.close(), deadLetters.stop(), producer.disconnect()]);
      await w.cleanup();
    }
  });

  it('dead-letters a message whose writer schema never appears, after the bounded wait', async () => {
    const w = messagingWorld();
    const consumer = await w.startConsumer({ schemaLookupTimeoutMs: 1_500 });
    const deadLetters = await new TopicRecorder(stack.brokers, w.deadLetterTopic).start();
    const producer = kafka.producer();
    await producer.connect();
    try {
      const unregistered = newerMessage();
      const good = encode(datasetEvent('flights'));
      await producer.send({ topic: w.topic, messages: [unregistered, good] });
      const [letter] = await deadLetters.waitForCount(1);
      assert.equal(letter.headers[DeadLetterHeader.ErrorCode], 'MESSAGING.UNKNOWN_WRITER_SCHEMA');
      await waitFor(async () =>
        (await consumer.receivedEventIds()).includes(good.headers[EventHeader.EventId]),
      );
    } finally {
      await Promise.all([consumer.close(), deadLetters.stop(), producer.disconnect()]);
      await w.cleanup();
    }
  });
});
