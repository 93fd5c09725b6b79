import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { ReadinessRegistry } from '@loopline/observability';
import { testStackConfig, uniqueName, waitFor } from '@loopline/testing';
import { type Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { resolveMessagingOptions } from '../messaging.constants';
import type { TopicOptions } from '../messaging-options.interface';
import { TopicNamer } from './topic-namer';
import { isSettled, type TopicPlan } from './topic-plan';
import { TopicProvisioner } from './topic.provisioner';

const stack = testStackConfig();
const DAY_MS = 24 * 60 * 60 * 1000;
// kafkajs's ConfigSource.TOPIC_CONFIG: set on the topic itself, not inherited from the broker.
const SET_ON_TOPIC = 1;

/** The part of a report about `topics`: other declared topics are created alongside. */
function onlyAbout(plan: TopicPlan, topics: string[]): TopicPlan {
  const about = ({ topic }: { topic: string }) => topics.includes(topic);
  return {
    actions: plan.actions.filter(about),
    drift: plan.drift.filter(about),
    unchanged: plan.unchanged.filter((topic) => topics.includes(topic)),
  };
}

interface TopicNames {
  eventTopic: string;
  deadLetters: string;
  /** A topic's name as KAFKA_TOPIC_OVERRIDES writes it: without the prefix. */
  unprefixed(topic: string): string;
}

/** A provisioner for ModelTrained's topic and its dead letters, under a prefix of its own. */
function world(topics: (names: TopicNames) => Partial<TopicOptions> = () => ({})) {
  const prefix = `${uniqueName('it')}.`;
  const namer = new TopicNamer(prefix);
  const serviceName = 'it-provisioner';
  const names: TopicNames = {
    eventTopic: namer.topicFor('ModelTrained'),
    deadLetters: namer.deadLetterTopicFor(`${prefix}${serviceName}`),
    unprefixed: (topic) => topic.slice(prefix.length),
  };
  const options = resolveMessagingOptions({
    serviceName,
    brokers: stack.brokers,
    topicPrefix: prefix,
    topics: { provision: ['ModelTrained'], ...topics(names) },
  });
  const readiness = new ReadinessRegistry();
  return { ...names, options, readiness, provisioner: new TopicProvisioner(options, readiness) };
}

describe('TopicProvisioner against the real broker', { timeout: 60_000 }, () => {
  let admin: Admin;

  before(async () => {
    admin = new Kafka({
      clientId: 'it-admin',
      brokers: stack.brokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
  });
  after(() => admin.disconnect());

  async function partitionsOf(topic: string): Promise<number> {
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    return metadata.topics[0]!.partitions.length;
  }

  async function topicConfigsOf(topic: string): Promise<Record<string, string>> {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    return Object.fromEntries(
      resources[0]!.configEntries
        .filter((entry) => entry.configSource === SET_ON_TOPIC)
        .map((entry) => [entry.configName, entry.configValue]),
    );
  }

  it('creates what is missing with the declared settings, then has nothing to do', async () => {
    const { provisioner, readiness, options, eventTopic, deadLetters } = world(() => ({
      partitions: 2,
    }));
    try {
      await provisioner.onModuleInit();
      const declared = provisioner.declaredTopics().map((topic) => topic.name);
      assert.ok(declared.includes(eventTopic) && declared.includes(deadLetters));
      assert.deepEqual(
        provisioner.startupReport()?.actions.map((action) => [action.type, action.topic]),
        declared.map((topic) => ['create-topic', topic]),
      );
      assert.equal(await partitionsOf(eventTopic), 2);
      assert.equal(await partitionsOf(deadLetters), 2, 'dead letters follow the event partitions');
      assert.deepEqual(await topicConfigsOf(eventTopic), {
        'cleanup.policy': 'delete',
        'min.insync.replicas': '1',
        'retention.ms': '-1',
      });
      assert.equal(
        (await topicConfigsOf(deadLetters))['retention.ms'],
        String(options.topics.deadLetterRetentionMs),
      );

      const second = await provisioner.reconcile();
      assert.ok(isSettled(second), 'a second run changes nothing');
      assert.deepEqual(second.unchanged, declared);
      assert.equal(
        (await readiness.evaluate()).checks.find((check) => check.name === 'kafka-broker')?.ok,
        true,
      );
    } finally {
      await provisioner.onApplicationShutdown();
    }
  });

  it('adds partitions to an existing topic and alters its configs, keeping an operator’s own', async () => {
    const { provisioner, eventTopic, deadLetters } = world(({ eventTopic, unprefixed }) => ({
      partitions: 1,
      overrides: { [unprefixed(eventTopic)]: { partitions: 3, 'retention.ms': 3 * DAY_MS } },
    }));
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: eventTopic,
          numPartitions: 1,
          replicationFactor: 1,
          configEntries: [
            { name: 'retention.ms', value: String(DAY_MS) },
            // Not managed by Loopline: the non-incremental alterConfigs must not drop it.
            { name: 'max.message.bytes', value: '2097152' },
          ],
        },
      ],
    });
    try {
      await provisioner.onModuleInit();
      const report = onlyAbout(provisioner.startupReport()!, [eventTopic, deadLetters]);
      assert.deepEqual(report.actions, [
        { type: 'add-partitions', topic: eventTopic, from: 1, to: 3 },
        {
          type: 'alter-configs',
          topic: eventTopic,
          // min.insync.replicas is inherited as 1 from the broker: no change, but it is pinned.
          changes: [{ name: 'retention.ms', from: String(DAY_MS), to: String(3 * DAY_MS) }],
          configs: {
            'cleanup.policy': 'delete',
            'max.message.bytes': '2097152',
            'min.insync.replicas': '1',
            'retention.ms': String(3 * DAY_MS),
          },
        },
        {
          type: 'create-topic',
          topic: deadLetters,
          partitions: 1,
          replicationFactor: 1,
          configs: {
            'cleanup.policy': 'delete',
            'min.insync.replicas': '1',
            'retention.ms': String(90 * DAY_MS),
          },
        },
      ]);
      assert.deepEqual(report.drift, []);

      const expected = {
        'cleanup.policy': 'delete',
        'max.message.bytes': '2097152',
        'min.insync.replicas': '1',
        'retention.ms': String(3 * DAY_MS),
      };
      // The broker applies changes through its metadata log; poll until they show.
      await waitFor(
        async () =>
          (await partitionsOf(eventTopic)) === 3 &&
          isDeepStrictEqual(await topicConfigsOf(eventTopic), expected),
        { description: `${eventTopic} to show 3 partitions and the new configs` },
      );
      assert.deepEqual(await topicConfigsOf(eventTopic), expected);

      const second = await provisioner.reconcile();
      assert.ok(isSettled(second), 'a second run reports nothing to change');
      assert.deepEqual(
        second.unchanged,
        provisioner.declaredTopics().map((topic) => topic.name),
      );
    } finally {
      await provisioner.onApplicationShutdown();
    }
  });

  it('reports partitions it cannot remove and a replication factor it must not change', async () => {
    // One broker cannot hold two replicas, so a declared factor of 2 can only be reported.
    const { provisioner, eventTopic, deadLetters } = world(({ deadLetters, unprefixed }) => ({
      partitions: 2,
      overrides: { [unprefixed(deadLetters)]: { 'replication.factor': 2 } },
    }));
    await admin.createTopics({
      waitForLeaders: true,
      topics: [eventTopic, deadLetters].map((topic) => ({
        topic,
        numPartitions: 4,
        replicationFactor: 1,
      })),
    });
    try {
      await provisioner.onModuleInit();
      const report = onlyAbout(provisioner.startupReport()!, [eventTopic, deadLetters]);
      assert.deepEqual(report.drift, [
        { type: 'cannot-shrink-partitions', topic: eventTopic, declared: 2, actual: 4 },
        { type: 'cannot-shrink-partitions', topic: deadLetters, declared: 2, actual: 4 },
        { type: 'replication-factor-differs', topic: deadLetters, declared: 2, actual: 1 },
      ]);
      // Their configs were never set, so those are brought to the declaration; nothing else.
      assert.deepEqual(
        report.actions.map((action) => [action.type, action.topic]),
        [
          ['alter-configs', eventTopic],
          ['alter-configs', deadLetters],
        ],
      );
      assert.equal(await partitionsOf(eventTopic), 4);
      assert.equal(await partitionsOf(deadLetters), 4);
    } finally {
      await provisioner.onApplicationShutdown();
    }
  });
});
