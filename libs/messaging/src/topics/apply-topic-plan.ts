import { type Admin, ConfigResourceTypes } from 'kafkajs';
import type { TopicAction, TopicPlan } from './topic-plan';

type ActionOf<T extends TopicAction['type']> = Extract<TopicAction, { type: T }>;

const entries = (configs: Readonly<Record<string, string>>) =>
  Object.entries(configs).map(([name, value]) => ({ name, value }));

/**
 * Makes the plan's changes, one admin request per kind of change. Drift is not touched. Each
 * request is idempotent against a broker already in the planned state, except growing
 * partitions, which the broker refuses once another instance has done it; the provisioner then
 * plans again from what the broker holds.
 */
export async function applyTopicPlan(admin: Admin, plan: TopicPlan): Promise<void> {
  const creations = only(plan, 'create-topic');
  if (creations.length > 0) {
    // Another service creating the same topic at the same moment is not an error for kafkajs.
    await admin.createTopics({
      waitForLeaders: true,
      topics: creations.map((action) => ({
        topic: action.topic,
        numPartitions: action.partitions,
        replicationFactor: action.replicationFactor,
        configEntries: entries(action.configs),
      })),
    });
  }
  const growths = only(plan, 'add-partitions');
  if (growths.length > 0) {
    await admin.createPartitions({
      topicPartitions: growths.map((action) => ({ topic: action.topic, count: action.to })),
    });
  }
  const alterations = only(plan, 'alter-configs');
  if (alterations.length > 0) {
    // alterConfigs is not incremental: whatever is left out of configEntries reverts to the
    // broker default, so each request carries the topic's complete set (see planTopics).
    await admin.alterConfigs({
      validateOnly: false,
      resources: alterations.map((action) => ({
        type: ConfigResourceTypes.TOPIC,
        name: action.topic,
        configEntries: entries(action.configs),
      })),
    });
  }
}

function only<T extends TopicAction['type']>(plan: TopicPlan, type: T): ActionOf<T>[] {
  return plan.actions.filter((action): action is ActionOf<T> => action.type === type);
}
