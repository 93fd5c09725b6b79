import { allContracts, type EventName, contractFor } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from '../errors/messaging-error-code';

/**
 * Maps event names to topic names under an optional prefix. Handlers subscribe by event name, so
 * the same code runs against `loopline.model-trained` in production and a prefixed copy in tests.
 */
export class TopicNamer {
  private readonly eventByTopic = new Map<string, EventName>();

  constructor(private readonly prefix: string) {
    for (const contract of allContracts())
      this.eventByTopic.set(prefix + contract.topic, contract.name);
  }

  topicFor(name: EventName): string {
    return this.prefix + contractFor(name).topic;
  }

  /** Each consumer group has its own dead-letter topic: a failure is specific to the consumer. */
  deadLetterTopicFor(consumerGroup: string): string {
    return `${this.prefix}loopline.dlq.${consumerGroup}`;
  }

  eventForTopic(topic: string): EventName {
    const name = this.eventByTopic.get(topic);
    if (!name) {
      throw new PlatformError(
        MessagingErrorCode.UnknownTopic,
        `Topic '${topic}' carries no event known to this service's contracts; check the topic prefix ` +
          'and that @loopline/contracts is up to date.',
        { kind: ErrorKind.InvalidInput, details: { topic } },
      );
    }
    return name;
  }
}
