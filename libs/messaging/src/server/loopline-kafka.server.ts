import type { EventCodec, EventName } from '@loopline/contracts';
import { ErrorKind, PlatformError, toPlatformError } from '@loopline/errors';
import type { PlatformMetrics } from '@loopline/observability';
import { KafkaContext, ServerKafka } from '@nestjs/microservices';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher';
import {
  AvroEventDeserializer,
  type RawKafkaMessage,
} from '../deserializers/avro-event.deserializer';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import type { ConsumedEvent, LogCoordinates } from '../events/consumed-event';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { retryDelayMs } from '../retry/retry-policy';
import { TopicNamer } from '../topics/topic-namer';
import { PRODUCER_OPTIONS } from '../producer-options';
import { sleep } from './sleep';

/**
 * Nest's Kafka transport with Loopline's delivery rules on top:
 * - handlers subscribe by event name and receive typed, decoded events;
 * - a retriable failure is retried in place with capped backoff (the partition waits, so
 *   per-aggregate order holds);
 * - an undecodable message, a non-retriable failure or an exhausted retry budget goes to the
 *   group's dead-letter topic with its coordinates, and the offset moves on.
 * Idempotency is the handler's business (see Inbox): delivery here is at least once.
 */
export class LooplineKafkaServer extends ServerKafka {
  private readonly topicNamer: TopicNamer;
  private readonly shuttingDown = new AbortController();
  private deadLetters?: DeadLetterPublisher;
  private joined = false;
  private subscribedEvents: EventName[] = [];

  constructor(
    private readonly settings: ResolvedMessagingOptions,
    codec: EventCodec,
    private readonly metrics: PlatformMetrics,
  ) {
    const topicNamer = new TopicNamer(settings.topicPrefix);
    super({
      client: { clientId: settings.serviceName, brokers: settings.brokers },
      consumer: { groupId: settings.consumerGroup, allowAutoTopicCreation: false },
      producer: { ...PRODUCER_OPTIONS },
      postfixId: '',
      deserializer: new AvroEventDeserializer(codec, topicNamer),
    });
    this.topicNamer = topicNamer;
  }

  /** Ready when the group has been joined, or when this service consumes nothing yet. */
  isReady(): boolean {
    return this.subscribedEvents.length === 0 ? this.consumer !== null : this.joined;
  }

  subscriptions(): readonly EventName[] {
    return this.subscribedEvents;
  }

  override async close(): Promise<void> {
    this.shuttingDown.abort();
    this.joined = false;
    await super.close();
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    this.subscribedEvents = [...this.messageHandlers.keys()] as EventName[];
    if (!this.producer) throw new Error('producer must be connected before consuming');
    this.deadLetters = new DeadLetterPublisher(
      this.producer,
      this.topicNamer.deadLetterTopicFor(this.settings.consumerGroup),
      this.settings.consumerGroup,
    );
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    for (const lost of [consumer.events.CRASH, consumer.events.STOP, consumer.events.DISCONNECT]) {
      consumer.on(lost, () => (this.joined = false));
    }
    if (this.subscribedEvents.length === 0) return;
    await consumer.subscribe({
      topics: this.subscribedEvents.map((name) => this.topicNamer.topicFor(name)),
      // A new group must see the whole history: events published before it first joined count.
      fromBeginning: true,
    });
    await consumer.run({ autoCommit: true, eachMessage: (payload) => this.handleMessage(payload) });
  }

  override async handleMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const source: LogCoordinates = { topic, partition, offset: message.offset };
    const raw: RawKafkaMessage = {
      topic,
      partition,
      offset: message.offset,
      key: message.key ? message.key.toString('utf8') : null,
      value: message.value,
      headers: Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, value?.toString()]),
      ),
    };
    let event: ConsumedEvent;
    try {
      event = (await this.deserializer.deserialize(raw, { channel: topic })).data as ConsumedEvent;
    } catch (error) {
      const failure = toPlatformError(error);
      this.metrics.recordFailed(topic, 'undecodable', failure.code);
      return this.deadLetter(message, source, failure, 1);
    }
    const context = new KafkaContext([
      message,
      partition,
      topic,
      this.consumer!,
      payload.heartbeat,
      this.producer!,
    ]);
    return this.handleWithRetries(event, message, context);
  }

  private async handleWithRetries(
    event: ConsumedEvent,
    message: EachMessagePayload['message'],
    context: KafkaContext,
  ): Promise<void> {
    const handler = this.getHandlerByPattern(event.name);
    const policy = this.settings.retry;
    for (let attempt = 1; ; attempt++) {
      const stopTimer = this.metrics.startHandlerTimer(event.source.topic, event.name);
      try {
        if (!handler) {
          throw new PlatformError(MessagingErrorCode.NoHandler, `No handler for ${event.name}.`, {
            kind: ErrorKind.Internal,
            retriable: false,
          });
        }
        const result = await handler(event, context);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        stopTimer('success');
        this.metrics.recordConsumed(event.source.topic, event.name);
        return;
      } catch (error) {
        stopTimer('failure');
        const failure = toPlatformError(error);
        this.metrics.recordFailed(event.source.topic, event.name, failure.code);
        const giveUp = !failure.retriable || attempt >= policy.maxAttempts;
        if (giveUp || this.shuttingDown.signal.aborted) {
          if (!giveUp) throw failure; // shutting down: leave the offset for the next owner
          this.logger.warn(
            `${event.name} ${event.metadata.eventId} failed after ${attempt} attempt(s) ` +
              `with ${failure.code}; moving it to the dead-letter topic`,
          );
          return this.deadLetter(message, event.source, failure, attempt);
        }
        await sleep(retryDelayMs(policy, attempt + 1), this.shuttingDown.signal);
        await context.getHeartbeat()();
      }
    }
  }

  private async deadLetter(
    message: EachMessagePayload['message'],
    source: LogCoordinates,
    failure: PlatformError,
    attempts: number,
  ): Promise<void> {
    await this.deadLetters!.publish(message, source, failure, attempts);
    this.metrics.recordDeadLettered(source.topic, failure.code);
  }
}
