import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { AvroSingleObjectCodec } from '@loopline/contracts';
import { PlatformError } from '@loopline/errors';
import { createEventMetadata } from '../events/event-metadata.factory';
import { AvroEventSerializer } from '../serializers/avro-event.serializer';
import { TopicNamer } from '../topics/topic-namer';
import { AvroEventDeserializer, type RawKafkaMessage } from './avro-event.deserializer';

const codec = new AvroSingleObjectCodec();
const topics = new TopicNamer('env.');
const deserializer = new AvroEventDeserializer(codec, topics);
const samples = join(
  dirname(require.resolve('@loopline/contracts/package.json')),
  'fixtures',
  'samples',
);
const payload = JSON.parse(readFileSync(join(samples, 'ModelTrained.json'), 'utf8'));
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

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.retriable, false);
    return error.code;
  }
  return 'no error';
}

describe('AvroEventDeserializer', () => {
  it('hands the handler a typed event named by its topic', () => {
    const { pattern, data } = deserializer.deserialize(raw(topics.topicFor('ModelTrained')));
    assert.equal(pattern, 'ModelTrained');
    assert.equal(data.key, payload.modelName);
    assert.deepEqual(JSON.parse(JSON.stringify(data.payload)), payload);
    assert.deepEqual(data.source, {
      topic: 'env.loopline.model-trained',
      partition: 0,
      offset: '7',
    });
  });

  it('refuses an event published to another event type topic', () => {
    assert.equal(
      codeOf(() => deserializer.deserialize(raw(topics.topicFor('DriftDetected')))),
      'MESSAGING.EVENT_TYPE_MISMATCH',
    );
  });

  it('refuses a topic outside its prefix', () => {
    assert.equal(
      codeOf(() => deserializer.deserialize(raw('loopline.model-trained'))),
      'MESSAGING.UNKNOWN_TOPIC',
    );
  });
});
