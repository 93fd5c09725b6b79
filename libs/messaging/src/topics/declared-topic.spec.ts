import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { allContracts } from '@loopline/contracts';
import { PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import { DEFAULT_TOPIC_OPTIONS, resolveMessagingOptions } from '../messaging.constants';
import type { MessagingOptions, TopicOptions } from '../messaging-options.interface';
import { declaredTopic } from './declared-topic';
import { topicDeclarations } from './topic-declaration';
import { SCHEMA_TOPIC } from './topic-namer';

const DAY_MS = 24 * 60 * 60 * 1000;

function resolve(topics: Partial<TopicOptions>, extra: Partial<MessagingOptions> = {}) {
  return resolveMessagingOptions({
    serviceName: 'monitoring',
    brokers: ['127.0.0.1:9092'],
    topicPrefix: 'it.',
    topics,
    ...extra,
  });
}

function problemsOf(topics: Partial<TopicOptions>): string[] {
  try {
    resolve(topics);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, MessagingErrorCode.InvalidOptions);
    return error.details['problems'] as string[];
  }
  assert.fail('expected MESSAGING.INVALID_OPTIONS');
}

describe('topic declarations', () => {
  it('declare each event topic once, even when event types share one, and the group dead letters', () => {
    const declarations = topicDeclarations(resolve({}));
    const eventTopics = new Set(allContracts().map((contract) => contract.topic));
    const names = declarations.map((declaration) => declaration.name);
    assert.equal(new Set(names).size, names.length, 'no topic is declared twice');
    assert.deepEqual(
      new Set(
        declarations
          .filter((d) => d.kind === 'event' || (d.kind === 'compacted' && d.name !== SCHEMA_TOPIC))
          .map((d) => d.name),
      ),
      eventTopics,
    );
    const deadLetters = declarations.filter((declaration) => declaration.kind === 'dead-letter');
    assert.ok(
      deadLetters.some((declaration) => /^loopline\.dlq\..*monitoring$/.test(declaration.name)),
      'the group dead-letter topic, named without the prefix',
    );

    const sharing = allContracts().map((contract) => contract.name);
    const provisioned = topicDeclarations(resolve({ provision: [...sharing, ...sharing] }));
    assert.equal(provisioned.length, declarations.length, 'listing events twice adds no topic');
  });

  it('keep today’s local defaults: 3 partitions, 1 replica, events forever, dead letters 90 days', () => {
    const options = resolve({});
    const [event] = topicDeclarations(options).map((d) =>
      declaredTopic(d, options.topics, options.topicPrefix),
    );
    assert.deepEqual(event, {
      name: `it.${event!.name.slice(3)}`,
      kind: 'event',
      partitions: 3,
      replicationFactor: 1,
      configs: { 'cleanup.policy': 'delete', 'min.insync.replicas': '1', 'retention.ms': '-1' },
    });
    const deadLetters = declaredTopic(
      { name: 'loopline.dlq.monitoring', kind: 'dead-letter' },
      options.topics,
      'it.',
    );
    assert.equal(deadLetters.partitions, 3);
    assert.equal(deadLetters.configs['retention.ms'], String(90 * DAY_MS));
  });

  it('give dead letters their own partitions and retention, following event partitions if unset', () => {
    const options = resolve({ partitions: 12, deadLetterRetentionMs: 7 * DAY_MS });
    const deadLetters = declaredTopic(
      { name: 'loopline.dlq.monitoring', kind: 'dead-letter' },
      options.topics,
      '',
    );
    assert.equal(deadLetters.partitions, 12);
    assert.equal(deadLetters.configs['retention.ms'], String(7 * DAY_MS));
    const own = resolve({ partitions: 12, deadLetterPartitions: undefined });
    assert.equal(own.topics.deadLetterPartitions, 12, 'an unset variable is no value');
    assert.equal(resolve({ deadLetterPartitions: 1 }).topics.deadLetterPartitions, 1);
  });

  it('declare a compacted topic that keeps the latest value per key, without age retention', () => {
    const options = resolve({ replicationFactor: 3, minInSyncReplicas: 2 });
    assert.deepEqual(
      declaredTopic({ name: 'loopline.schemas', kind: 'compacted' }, options.topics, 'it.'),
      {
        name: 'it.loopline.schemas',
        kind: 'compacted',
        partitions: 3,
        replicationFactor: 3,
        configs: { 'cleanup.policy': 'compact', 'min.insync.replicas': '2' },
      },
    );
  });

  it('declare an event topic marked compacted in topics.json as compacted, never deleted by age', () => {
    const options = resolve({ provision: ['OnlineFeaturesUpdated', 'FeatureSetMaterialized'] });
    const declarations = topicDeclarations(options);
    assert.deepEqual(
      declarations.filter((d) => d.kind !== 'dead-letter'),
      [
        { name: 'loopline.online-features', kind: 'compacted' },
        { name: 'loopline.feature-views', kind: 'event' },
        { name: SCHEMA_TOPIC, kind: 'compacted' },
      ],
    );
    const online = declaredTopic(declarations[0]!, options.topics, options.topicPrefix);
    assert.deepEqual(online.configs, { 'cleanup.policy': 'compact', 'min.insync.replicas': '1' });
    assert.equal(online.partitions, options.topics.partitions);
    assert.equal(
      'retention.ms' in online.configs,
      false,
      'the latest value of a key stays however old it is',
    );
  });

  it('let a per-topic override win over the defaults of its kind', () => {
    const topic = allContracts()[0]!.topic;
    const options = resolve({
      replicationFactor: 3,
      minInSyncReplicas: 2,
      overrides: {
        [topic]: { partitions: 12, 'retention.ms': 7 * DAY_MS, 'min.insync.replicas': 3 },
      },
    });
    assert.deepEqual(declaredTopic({ name: topic, kind: 'event' }, options.topics, 'it.'), {
      name: `it.${topic}`,
      kind: 'event',
      partitions: 12,
      replicationFactor: 3,
      configs: {
        'cleanup.policy': 'delete',
        'min.insync.replicas': '3',
        'retention.ms': String(7 * DAY_MS),
      },
    });
  });
});

describe('topic options validation', () => {
  it('refuses an override for a topic no service declares, listing the real ones', () => {
    const [problem] = problemsOf({ overrides: { 'loopline.no-such-topic': { partitions: 2 } } });
    assert.match(problem!, /'loopline\.no-such-topic' names no Loopline topic/);
    assert.match(problem!, new RegExp(allContracts()[0]!.topic.replace(/\./g, '\\.')));
    assert.match(problem!, /loopline\.dlq\.<consumer group>/);
  });

  it('refuses an in-sync minimum above the replication factor, by default or per topic', () => {
    assert.match(
      problemsOf({ minInSyncReplicas: 2 })[0]!,
      /min\.insync\.replicas 2 is above the replication factor 1/,
    );
    const overridden = problemsOf({
      replicationFactor: 3,
      minInSyncReplicas: 2,
      overrides: { 'loopline.dlq.training': { 'replication.factor': 1 } },
    });
    assert.deepEqual(overridden.length, 1);
    assert.match(overridden[0]!, /'loopline\.dlq\.training': min\.insync\.replicas 2 is above/);
  });

  it('names every bad number and unknown setting at once', () => {
    const problems = problemsOf({
      partitions: 0,
      deadLetterPartitions: 1,
      retentionMs: -2,
      overrides: { 'loopline.dlq.x': { partitions: 0, segments: 1 } as never },
    });
    assert.deepEqual(problems.length, 4);
    assert.match(problems.join('\n'), /topics\.partitions must be a whole number >= 1 \(got 0\)/);
    assert.match(problems.join('\n'), /topics\.retentionMs must be a whole number >= -1/);
    assert.match(problems.join('\n'), /partitions of 'loopline\.dlq\.x' must be/);
    assert.match(problems.join('\n'), /sets unknown 'segments'/);
  });

  it('refuses a consumer start other than earliest or latest', () => {
    assert.throws(
      () => resolve({}, { consumerStart: 'middle' as never }),
      /consumerStart must be earliest or latest/,
    );
    assert.equal(resolve({}).consumerStart, 'earliest');
    assert.deepEqual(DEFAULT_TOPIC_OPTIONS.overrides, {});
  });
});
