import { type Admin, ConfigResourceTypes } from 'kafkajs';
import type { ObservedTopic } from './topic-plan';

// kafkajs's ConfigSource.TOPIC_CONFIG: a value set on the topic itself, not inherited.
const TOPIC_CONFIG_SOURCE = 1;

/** Reads partitions, replicas and configs of those of `names` that exist; absent ones are left out. */
export async function observeTopics(
  admin: Admin,
  names: readonly string[],
): Promise<Map<string, ObservedTopic>> {
  const existing = new Set(await admin.listTopics());
  const present = names.filter((name) => existing.has(name));
  if (present.length === 0) return new Map();
  const [metadata, described] = await Promise.all([
    admin.fetchTopicMetadata({ topics: present }),
    admin.describeConfigs({
      includeSynonyms: false,
      resources: present.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
    }),
  ]);
  const configsByTopic = new Map(
    described.resources.map((resource) => [resource.resourceName, resource.configEntries]),
  );
  return new Map(
    metadata.topics.map((topic): [string, ObservedTopic] => {
      const entries = configsByTopic.get(topic.name) ?? [];
      return [
        topic.name,
        {
          name: topic.name,
          partitions: topic.partitions.length,
          replicationFactor: Math.max(0, ...topic.partitions.map((p) => p.replicas.length)),
          configs: Object.fromEntries(entries.map((e) => [e.configName, e.configValue])),
          topicConfigs: Object.fromEntries(
            entries
              .filter((e) => e.configSource === TOPIC_CONFIG_SOURCE && e.configValue !== null)
              .map((e) => [e.configName, e.configValue]),
          ),
        },
      ];
    }),
  );
}
