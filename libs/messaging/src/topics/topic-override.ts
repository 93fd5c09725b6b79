/**
 * What an operator may set per topic (KAFKA_TOPIC_OVERRIDES), named as Kafka names them, so the
 * override reads like the broker's own topic settings.
 */
export const TOPIC_OVERRIDE_SETTINGS = [
  'partitions',
  'replication.factor',
  'min.insync.replicas',
  'retention.ms',
] as const;

export type TopicOverrideSetting = (typeof TOPIC_OVERRIDE_SETTINGS)[number];

/** Settings of one topic that win over the defaults of its kind. */
export type TopicOverride = Readonly<Partial<Record<TopicOverrideSetting, number>>>;

/** Smallest accepted value of each setting; -1 retention keeps messages forever. */
export const TOPIC_SETTING_MINIMUM: Readonly<Record<TopicOverrideSetting, number>> = {
  partitions: 1,
  'replication.factor': 1,
  'min.insync.replicas': 1,
  'retention.ms': -1,
};
