import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  AvroSingleObjectCodec,
  contractFor,
  type EventName,
  type EventPayloads,
  EventHeader,
  frameSingleObject,
  type OnlineFeaturesUpdated,
  OnlineFeaturesUpdatedSchema,
  schemaFingerprint,
  toAvroType,
} from '@loopline/contracts';
import {
  AvroEventSerializer,
  createEventMetadata,
  SchemaRegistrationPublisher,
  TopicNamer,
} from '@loopline/messaging';
import { contractSample, testStackConfig, uniqueName, waitFor } from '@loopline/testing';
import { type Admin, Kafka, logLevel, type Message, type Producer } from 'kafkajs';
import { onlineFeatureKey } from './online-feature-key';
import { OnlineFeatureView } from './online-feature.view';

const stack = testStackConfig();
const kafka = new Kafka({
  clientId: 'it-online-features',
  brokers: stack.brokers,
  logLevel: logLevel.NOTHING,
});
const VIEW = 'flight-delay-features';
const LOOKUPS = 1_000_000;
const MAX_MEAN_LOOKUP_NS = 5_000;

/** OnlineFeaturesUpdated of one entity, as the feature store publishes it. */
function snapshot(entity: string, mean: number | null, version = 3): OnlineFeaturesUpdated {
  return {
    ...contractSample('OnlineFeaturesUpdated'),
    featureKey: onlineFeatureKey(VIEW, version, entity),
    featureViewName: VIEW,
    featureViewVersion: version,
    entity,
    values: [
      { name: 'dep_delay_mean_7d', value: mean },
      { name: 'flights_count_7d', value: 100 },
    ],
  };
}

/**
 * Produces the way messaging's producer does: the writer schema registered on the schema topic
 * first, then the event through the Avro serializer (single-object value, aggregate key,
 * envelope headers).
 */
class FeatureStoreProducer {
  private readonly codec = new AvroSingleObjectCodec();
  private readonly serializer = new AvroEventSerializer(this.codec);
  private readonly producer: Producer = kafka.producer();
  private readonly schemas: SchemaRegistrationPublisher;

  constructor(private readonly namer: TopicNamer) {
    this.schemas = new SchemaRegistrationPublisher(this.codec, namer.schemaTopic());
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async publish<N extends EventName>(name: N, payloads: EventPayloads[N][]): Promise<void> {
    await this.schemas.ensureRegistered(this.producer, [contractFor(name).fingerprintHex]);
    const messages = payloads.map((payload) =>
      this.serializer.serialize({
        name,
        payload,
        metadata: createEventMetadata(name, 'it-feature-store'),
      }),
    );
    await this.send(this.namer.topicFor(name), messages);
  }

  send = (topic: string, messages: Message[]) =>
    this.producer.send({ topic, messages }).then(() => undefined);
}

describe('OnlineFeatureView against the real broker', { timeout: 120_000 }, () => {
  const prefix = `${uniqueName('it-online')}.`;
  const namer = new TopicNamer(prefix);
  const topic = namer.topicFor('OnlineFeaturesUpdated');
  const producer = new FeatureStoreProducer(namer);
  const views: OnlineFeatureView[] = [];
  let admin: Admin;

  const newView = () => {
    const view = new OnlineFeatureView({
      kafka: { clientId: 'it-serving', brokers: stack.brokers, logLevel: logLevel.NOTHING },
      topicPrefix: prefix,
      codec: new AvroSingleObjectCodec(),
    });
    views.push(view);
    return view;
  };

  before(async () => {
    admin = kafka.admin();
    await admin.connect();
    // As the provisioner declares them: compacted, so the latest value per key stays.
    await admin.createTopics({
      waitForLeaders: true,
      topics: [topic, namer.schemaTopic()].map((name) => ({
        topic: name,
        numPartitions: 3,
        replicationFactor: 1,
        configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
      })),
    });
    await producer.connect();
  });

  after(async () => {
    await Promise.all(views.map((view) => view.stop()));
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic, namer.schemaTopic()] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('refuses to start on a topic nobody provisioned, instead of creating it uncompacted', async () => {
    const view = new OnlineFeatureView({
      kafka: { clientId: 'it-serving', brokers: stack.brokers, logLevel: logLevel.NOTHING },
      topicPrefix: `${uniqueName('it-missing')}.`,
      codec: new AvroSingleObjectCodec(),
    });
    await assert.rejects(view.start(), /ONLINE_FEATURES|does not exist/);
    await view.stop();
  });

  it('holds the latest values after start, follows updates, and rebuilds in a new view', async () => {
    await producer.publish('OnlineFeaturesUpdated', [
      snapshot('SEA', 12.5),
      snapshot('PDX', 3),
      snapshot('SFO', null),
      snapshot('SEA', 14, 4),
    ]);
    // A message that is not a valid snapshot, and another event type: neither stops the view.
    await producer.send(topic, [
      {
        key: onlineFeatureKey(VIEW, 3, 'BAD'),
        value: Buffer.from('not avro'),
        headers: { [EventHeader.EventType]: 'OnlineFeaturesUpdated' },
      },
      {
        key: 'x',
        value: Buffer.from('{}'),
        headers: { [EventHeader.EventType]: 'SomethingNewer' },
      },
    ]);

    const first = newView();
    await first.start();
    // start() resolved only after catching up: everything published before is there, no waiting.
    assert.equal(first.caughtUp, true);
    assert.equal(first.size, 4);
    assert.deepEqual(
      { ...first.lookup(VIEW, 3, 'SEA') },
      { dep_delay_mean_7d: 12.5, flights_count_7d: 100 },
    );
    assert.equal(first.lookup(VIEW, 4, 'SEA')?.['dep_delay_mean_7d'], 14);
    assert.equal(first.lookup(VIEW, 3, 'SFO')?.['dep_delay_mean_7d'], null, 'no value is null');
    assert.equal(first.lookup(VIEW, 3, 'BAD'), undefined);
    assert.equal(first.lookup(VIEW, 3, 'JFK'), undefined);
    assert.equal(first.asOf(VIEW, 3, 'PDX'), contractSample('OnlineFeaturesUpdated').asOf);
    assert.equal(first.skipped, 1);
    assert.equal(first.ignored, 1);

    // A later materialization replaces the snapshot; a tombstone removes a key.
    await producer.publish('OnlineFeaturesUpdated', [
      { ...snapshot('SEA', 20), asOf: 2_000_000_000_000 },
    ]);
    await producer.send(topic, [{ key: onlineFeatureKey(VIEW, 3, 'PDX'), value: null }]);
    await waitFor(
      () =>
        first.lookup(VIEW, 3, 'SEA')?.['dep_delay_mean_7d'] === 20 &&
        first.lookup(VIEW, 3, 'PDX') === undefined,
      { description: 'the update and the tombstone to reach the running view' },
    );
    assert.equal(first.asOf(VIEW, 3, 'SEA'), 2_000_000_000_000);
    assert.equal(first.size, 3);

    // A serving instance started now rebuilds the same state from the topic alone.
    const second = newView();
    await second.start();
    assert.notEqual(second.groupId, first.groupId, 'each view reads every partition itself');
    assert.equal(second.size, 3);
    assert.equal(second.lookup(VIEW, 3, 'SEA')?.['dep_delay_mean_7d'], 20);
    assert.equal(second.lookup(VIEW, 3, 'PDX'), undefined);
    assert.deepEqual(second.entry(VIEW, 4, 'SEA'), first.entry(VIEW, 4, 'SEA'));
    assert.equal(second.skipped, 1);
  });

  it('decodes snapshots of a newer feature store, whose writer schema it finds on the schema topic', async () => {
    const newerSchema = {
      ...OnlineFeaturesUpdatedSchema,
      fields: [
        ...(OnlineFeaturesUpdatedSchema.fields as object[]),
        { name: 'windowNote', type: ['null', 'string'], default: null, doc: 'Added later.' },
      ],
    };
    const newerType = toAvroType(newerSchema);
    const fingerprint = schemaFingerprint(newerType);
    const newerCodec = new AvroSingleObjectCodec();
    newerCodec.learnWriterSchema(newerSchema);
    const raw = kafka.producer();
    await raw.connect();
    try {
      await new SchemaRegistrationPublisher(newerCodec, namer.schemaTopic()).ensureRegistered(raw, [
        fingerprint.toString('hex'),
      ]);
      const payload = { ...snapshot('NEW', 7), windowNote: 'from a newer build' };
      await raw.send({
        topic,
        messages: [
          {
            key: payload.featureKey,
            value: frameSingleObject(fingerprint, newerType.toBuffer(payload)),
            headers: { [EventHeader.EventType]: 'OnlineFeaturesUpdated' },
          },
        ],
      });
    } finally {
      await raw.disconnect();
    }
    const view = newView();
    await view.start();
    assert.equal(view.lookup(VIEW, 3, 'NEW')?.['dep_delay_mean_7d'], 7);
  });

  it('looks values up in microseconds, not milliseconds', async () => {
    const entities = Array.from({ length: 10_000 }, (_, i) => `E${i}`);
    for (let i = 0; i < entities.length; i += 1_000) {
      await producer.publish(
        'OnlineFeaturesUpdated',
        entities.slice(i, i + 1_000).map((entity, j) => snapshot(entity, i + j)),
      );
    }
    const view = newView();
    await view.start();
    assert.ok(view.size >= entities.length);

    let found = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < LOOKUPS; i++) {
      if (view.lookup(VIEW, 3, entities[i % entities.length]!) !== undefined) found++;
    }
    const meanNs = Number(process.hrtime.bigint() - started) / LOOKUPS;
    console.log(
      `OnlineFeatureView.lookup: ${meanNs.toFixed(1)} ns per lookup on average ` +
        `(${LOOKUPS} lookups over ${view.size} keys)`,
    );
    assert.equal(found, LOOKUPS);
    assert.ok(
      meanNs < MAX_MEAN_LOOKUP_NS,
      `mean lookup ${meanNs} ns, limit ${MAX_MEAN_LOOKUP_NS} ns`,
    );
  });
});
