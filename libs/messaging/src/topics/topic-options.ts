import type { TopicOptions } from '../messaging-options.interface';
import { isPlatformTopic, platformTopicNames } from './topic-declaration';
import {
  TOPIC_OVERRIDE_SETTINGS,
  TOPIC_SETTING_MINIMUM,
  type TopicOverride,
} from './topic-override';

/**
 * Fills what `given` leaves unset from `defaults`; an explicit `undefined` counts as unset (a
 * config variable left empty). Dead-letter topics get the event topics' partitions unless told.
 */
export function withTopicDefaults(
  defaults: Readonly<TopicOptions>,
  given: Partial<TopicOptions> = {},
): TopicOptions {
  const set = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<TopicOptions>;
  return {
    ...defaults,
    deadLetterPartitions: set.partitions ?? defaults.deadLetterPartitions,
    ...set,
  };
}

/** Every problem of the topic options, each saying what to change; empty when they can work. */
export function validateTopicOptions(topics: TopicOptions): string[] {
  const problems: string[] = [];
  const atLeast = (what: string, value: number, minimum: number): void => {
    if (!Number.isSafeInteger(value) || value < minimum)
      problems.push(`${what} must be a whole number >= ${minimum} (got ${value})`);
  };
  atLeast('topics.partitions', topics.partitions, 1);
  atLeast('topics.deadLetterPartitions', topics.deadLetterPartitions, 1);
  atLeast('topics.replicationFactor', topics.replicationFactor, 1);
  atLeast('topics.minInSyncReplicas', topics.minInSyncReplicas, 1);
  atLeast('topics.retentionMs', topics.retentionMs, -1);
  atLeast('topics.deadLetterRetentionMs', topics.deadLetterRetentionMs, -1);
  insyncWithinReplicas('the default topic settings', topics, {}, problems);

  for (const [topic, override] of Object.entries(topics.overrides)) {
    if (!isPlatformTopic(topic)) {
      problems.push(
        `the override for '${topic}' names no Loopline topic; name one without the environment ` +
          `prefix: ${platformTopicNames().join(', ')}`,
      );
    }
    for (const [setting, value] of Object.entries(override)) {
      if (!(TOPIC_OVERRIDE_SETTINGS as readonly string[]).includes(setting)) {
        problems.push(
          `the override for '${topic}' sets unknown '${setting}' (known: ${TOPIC_OVERRIDE_SETTINGS.join(', ')})`,
        );
      } else {
        const minimum = TOPIC_SETTING_MINIMUM[setting as keyof typeof TOPIC_SETTING_MINIMUM];
        atLeast(`${setting} of '${topic}'`, value as number, minimum);
      }
    }
    // An override that sets neither inherits the defaults, already checked above.
    if ('replication.factor' in override || 'min.insync.replicas' in override)
      insyncWithinReplicas(`'${topic}'`, topics, override, problems);
  }
  return problems;
}

/** With acks=all, a topic whose in-sync minimum exceeds its replicas accepts no write at all. */
function insyncWithinReplicas(
  what: string,
  topics: TopicOptions,
  override: TopicOverride,
  problems: string[],
): void {
  const replicas = override['replication.factor'] ?? topics.replicationFactor;
  const insync = override['min.insync.replicas'] ?? topics.minInSyncReplicas;
  if (insync > replicas) {
    problems.push(
      `${what}: min.insync.replicas ${insync} is above the replication factor ${replicas}, so ` +
        'no write could ever be acknowledged; lower min.insync.replicas or raise the replication factor',
    );
  }
}
