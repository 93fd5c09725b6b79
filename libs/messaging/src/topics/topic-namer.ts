import { allTopics, contractFor, type EventName } from '@loopline/contracts';

/** Compacted topic on which producers register their writer schemas, keyed by fingerprint. */
export const SCHEMA_TOPIC = 'loopline.schemas';

/**
 * Maps event names to topic names under an optional prefix. Handlers subscribe by event name, so
 * the same code runs against `loopline.training-runs` in production and a prefixed copy in tests.
 * Several event types can share a topic (schemas/topics.json); consumers dispatch on the type.
 */
export class TopicNamer {
  constructor(private readonly prefix: string) {}

  topicFor(name: EventName): string {
    return this.prefix + contractFor(name).topic;
  }

  /** The distinct topics carrying these events, in the order first met. */
  topicsFor(names: readonly EventName[]): string[] {
    return [...new Set(names.map((name) => this.topicFor(name)))];
  }

  /** Every event topic of the layout. */
  allEventTopics(): string[] {
    return allTopics().map((entry) => this.prefix + entry.topic);
  }

  /** Whether `topic` is where this build publishes `name`. */
  carries(topic: string, name: EventName): boolean {
    return this.topicFor(name) === topic;
  }

  /**
   * Each consumer group has its own dead-letter topic: a failure is specific to the consumer.
   * Groups are usually namespaced with the same prefix; it is not repeated in the topic name.
   */
  deadLetterTopicFor(consumerGroup: string): string {
    return `${this.prefix}loopline.dlq.${this.withoutPrefix(consumerGroup)}`;
  }

  /**
   * Where an operator's replay sends a dead letter: read by the failing group only, so other
   * groups of the original topic never see the message twice.
   */
  replayTopicFor(consumerGroup: string): string {
    return `${this.prefix}loopline.replay.${this.withoutPrefix(consumerGroup)}`;
  }

  schemaTopic(): string {
    return this.prefix + SCHEMA_TOPIC;
  }

  private withoutPrefix(consumerGroup: string): string {
    return this.prefix && consumerGroup.startsWith(this.prefix)
      ? consumerGroup.slice(this.prefix.length)
      : consumerGroup;
  }
}
