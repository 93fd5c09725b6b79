import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ReadinessRegistry } from '@loopline/observability';
import { testStackConfig, uniqueName } from '@loopline/testing';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { resolveMessagingOptions } from '../messaging.constants';
import { TopicNamer } from './topic-namer';
import { TopicProvisioner } from './topic.provisioner';

const stack = testStackConfig();

describe('TopicProvisioner against the real broker', { timeout: 60_000 }, () => {
  it('declares partitions and retention, creates only what is missing, and answers readiness', async () => {
    const prefix = `${uniqueName('it')}.`;
    const options = resolveMessagingOptions({
      serviceName: 'it-provisioner',
      brokers: stack.brokers,
      topicPrefix: prefix,
      topics: { provision: ['ModelTrained', 'DriftDetected'], partitions: 2 },
    });
    const readiness = new ReadinessRegistry();
    const provisioner = new TopicProvisioner(options, readiness);
    const admin = new Kafka({
      clientId: 'it-admin',
      brokers: stack.brokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      await provisioner.onModuleInit();
      const namer = new TopicNamer(prefix);
      const modelTrained = namer.topicFor('ModelTrained');
      const deadLetters = namer.deadLetterTopicFor(options.consumerGroup);

      const metadata = await admin.fetchTopicMetadata({ topics: [modelTrained] });
      assert.equal(metadata.topics[0].partitions.length, 2);
      const configs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [
          { type: ConfigResourceTypes.TOPIC, name: modelTrained, configNames: ['retention.ms'] },
          { type: ConfigResourceTypes.TOPIC, name: deadLetters, configNames: ['retention.ms'] },
        ],
      });
      const retention = Object.fromEntries(
        configs.resources.map((resource) => [
          resource.resourceName,
          resource.configEntries[0].configValue,
        ]),
      );
      assert.deepEqual(retention, {
        [modelTrained]: '-1',
        [deadLetters]: String(options.topics.deadLetterRetentionMs),
      });

      assert.deepEqual(await provisioner.ensureTopics(), [], 'a second run creates nothing');
      assert.equal(
        (await readiness.evaluate()).checks.find((check) => check.name === 'kafka-broker')?.ok,
        true,
      );
    } finally {
      await provisioner.onApplicationShutdown();
      await admin.disconnect();
    }
  });
});
