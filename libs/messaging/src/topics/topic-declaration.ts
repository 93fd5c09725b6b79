import { allContracts, contractFor } from '@loopline/contracts';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { SCHEMA_TOPIC, TopicNamer } from './topic-namer';

/**
 * How a topic is kept: `event` and `dead-letter` topics delete by age (each with its own
 * partitions and retention); a `compacted` topic keeps the latest message per key, for state
 * that a consumer rebuilds by reading the topic (registered schemas, latest feature values).
 */
export type TopicKind = 'event' | 'dead-letter' | 'compacted';

/** A topic a service makes sure exists, before any settings are applied. */
export interface TopicDeclaration {
  /** Name without the environment prefix: what KAFKA_TOPIC_OVERRIDES is keyed by. */
  readonly name: string;
  readonly kind: TopicKind;
}

/** Topics with a fixed name that every service declares, whatever event topics it provisions. */
export const SHARED_TOPIC_DECLARATIONS: readonly TopicDeclaration[] = [
  // Writer schemas by fingerprint: a consumer must find any schema ever published, for good.
  { name: SCHEMA_TOPIC, kind: 'compacted' },
];

const DEAD_LETTER_PREFIX = 'loopline.dlq.';
const REPLAY_PREFIX = 'loopline.replay.';

/**
 * What this service declares: each event topic it provisions once (several event types may
 * share a topic), the shared topics, and its consumer group's dead-letter and replay topics. An
 * event topic marked compacted in schemas/topics.json (latest online feature values) is declared
 * `compacted`: deleting its messages by age would lose the state consumers rebuild from it.
 */
export function topicDeclarations(options: ResolvedMessagingOptions): TopicDeclaration[] {
  const { provision } = options.topics;
  const events = provision === 'all' ? allContracts().map((contract) => contract.name) : provision;
  const eventTopics = new Map(
    events.map((name) => [contractFor(name).topic, contractFor(name).compacted] as const),
  );
  const namer = new TopicNamer(options.topicPrefix);
  const unprefixed = (topic: string) => topic.slice(options.topicPrefix.length);
  return [
    ...[...eventTopics].map(([name, compacted]): TopicDeclaration => ({
      name,
      kind: compacted ? 'compacted' : 'event',
    })),
    ...SHARED_TOPIC_DECLARATIONS,
    { name: unprefixed(namer.deadLetterTopicFor(options.consumerGroup)), kind: 'dead-letter' },
    // Replays are dead letters on their way back: kept like them.
    { name: unprefixed(namer.replayTopicFor(options.consumerGroup)), kind: 'dead-letter' },
  ];
}

/**
 * Whether any Loopline service could declare `name` (unprefixed): an override for anything else
 * is a typo that would otherwise do nothing, silently.
 */
export function isPlatformTopic(name: string): boolean {
  return (
    name.startsWith(DEAD_LETTER_PREFIX) ||
    name.startsWith(REPLAY_PREFIX) ||
    SHARED_TOPIC_DECLARATIONS.some((declaration) => declaration.name === name) ||
    allContracts().some((contract) => contract.topic === name)
  );
}

/** The names `isPlatformTopic` accepts, for error messages. */
export function platformTopicNames(): string[] {
  const eventTopics = new Set(allContracts().map((contract) => contract.topic));
  return [
    ...[...eventTopics].sort(),
    ...SHARED_TOPIC_DECLARATIONS.map((declaration) => declaration.name),
    `${DEAD_LETTER_PREFIX}<consumer group>`,
    `${REPLAY_PREFIX}<consumer group>`,
  ];
}
