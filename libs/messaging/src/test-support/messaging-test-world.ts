import {
  AvroSingleObjectCodec,
  type DatasetRejected,
  type DatasetVersionCreated,
} from '@loopline/contracts';
import {
  dropSchema,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
  contractSample,
} from '@loopline/testing';
import { DataSource } from 'typeorm';
import { createEventMetadata } from '../events/event-metadata.factory';
import { OutboxWriter } from '../outbox/outbox.writer';
import { AvroEventSerializer } from '../serializers/avro-event.serializer';
import { TopicNamer } from '../topics/topic-namer';
import {
  startTestService,
  type TestService,
  type TestServiceOptions,
} from './messaging-test-service';

export const datasetSample = contractSample('DatasetVersionCreated');

export function datasetEvent(datasetName: string): DatasetVersionCreated {
  return { ...datasetSample, datasetName };
}

export function rejectionEvent(datasetName: string): DatasetRejected {
  return { ...contractSample('DatasetRejected'), datasetName };
}

const serializer = new AvroEventSerializer(new AvroSingleObjectCodec());

/** An event in wire form, as a producer outside the outbox would send it. */
export function encode(payload: DatasetVersionCreated) {
  return serializer.serialize({
    name: 'DatasetVersionCreated',
    payload,
    metadata: createEventMetadata('DatasetVersionCreated', 'it-raw'),
  });
}

export function encodeRejection(payload: DatasetRejected) {
  return serializer.serialize({
    name: 'DatasetRejected',
    payload,
    metadata: createEventMetadata('DatasetRejected', 'it-raw'),
  });
}

export async function publishThroughOutbox(
  service: TestService,
  payload: DatasetVersionCreated,
  correlationId?: string,
) {
  const writer = service.app.get(OutboxWriter);
  return service.app
    .get(DataSource)
    .transaction((manager) =>
      writer.enqueue(manager, 'DatasetVersionCreated', payload, { correlationId }),
    );
}

/** One isolated world per test: topic prefix, schemas and consumer group of its own. */
export function messagingWorld(overrides: Partial<TestServiceOptions> = {}) {
  const stack = testStackConfig();
  const prefix = `${uniqueName('it')}.`;
  const group = uniqueName('consumer');
  const schemas = [uniqueIdentifier('it_producer'), uniqueIdentifier('it_consumer')];
  const topics = new TopicNamer(prefix);
  const databaseUrl = overrides.databaseUrl ?? stack.databaseUrl;
  return {
    prefix,
    group,
    schemas,
    topic: topics.topicFor('DatasetVersionCreated'),
    deadLetterTopic: topics.deadLetterTopicFor(group),
    replayTopic: topics.replayTopicFor(group),
    startProducer: (relayEnabled = true, options: Partial<TestServiceOptions> = {}) =>
      startTestService({
        serviceName: 'it-producer',
        schema: schemas[0],
        topicPrefix: prefix,
        consumes: false,
        relayEnabled,
        ...overrides,
        ...options,
      }),
    startConsumer: (options: Partial<TestServiceOptions> = {}) =>
      startTestService({
        serviceName: 'it-consumer',
        schema: schemas[1],
        topicPrefix: prefix,
        consumerGroup: group,
        consumes: true,
        ...overrides,
        ...options,
      }),
    cleanup: () => Promise.all(schemas.map((schema) => dropSchema(databaseUrl, schema))),
  };
}
