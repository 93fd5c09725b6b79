import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AvroSingleObjectCodec } from '@loopline/contracts';
import { PlatformError } from '@loopline/errors';
import { contractSample } from '@loopline/testing';
import { createEventMetadata } from '../events/event-metadata.factory';
import { AvroEventSerializer } from '../serializers/avro-event.serializer';
import { TopicNamer } from '../topics/topic-namer';
import { AvroEventDeserializer, type RawKafkaMessage } from './avro-event.deserializer';

const codec = new AvroSingleObjectCodec();
const topics = new TopicNamer('env.');
const deserializer = new AvroEventDeserializer(codec, topics);
const payload = contractSample('ModelTrained');
const encoded = new AvroEventSerializer(codec).serialize({
  name: 'ModelTrained',
  payload,
  metadata: createEventMetadata('ModelTrained', 'training'),
});

function raw(topic: string): RawKafkaMessage {
  return {
    topic,
    partition: 0,
    offset: '7',
    key: encoded.key,
    value: encoded.value,
    headers: encoded.headers,
  };
}

async function codeOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.retriable, false);
    return error.code;
  }
  return 'no error';
}

describe('AvroEventDeserializer', () => {
  it('hands the handler a typed event named by its type header', async () => {
    const { pattern, data } = await deserializer.deserialize(raw(topics.topicFor('ModelTrained')));
    assert.equal(pattern, 'ModelTrained');
    assert.equal(data.key, payload.modelName);
    assert.deepEqual(JSON.parse(JSON.stringify(data.payload)), payload);
    assert.deepEqual(data.source, {
      topic: 'env.loopline.training-runs',
      partition: 0,
      offset: '7',
    });
  });

  it('reads the envelope without decoding the body, so unhandled types can be passed over', () => {
    const message = { ...raw(topics.topicFor('ModelTrained')), value: Buffer.from('not avro') };
    assert.equal(deserializer.readEnvelope(message).name, 'ModelTrained');
  });

  it('refuses an event published to a topic that does not carry its type', async () => {
    assert.equal(
      await codeOf(() => deserializer.deserialize(raw(topics.topicFor('DriftDetected')))),
      'MESSAGING.EVENT_TYPE_MISMATCH',
    );
  });

  it('refuses a topic outside its prefix', async () => {
    assert.equal(
      await codeOf(() => deserializer.deserialize(raw('loopline.training-runs'))),
      'MESSAGING.EVENT_TYPE_MISMATCH',
    );
  });

  it('refuses an event type this build does not know', async () => {
    const message = raw(topics.topicFor('ModelTrained'));
    message.headers = { ...message.headers, 'loopline-event-type': 'ModelRetired' };
    assert.equal(
      await codeOf(() => deserializer.deserialize(message)),
      'CONTRACTS.UNKNOWN_EVENT_TYPE',
    );
  });
});
