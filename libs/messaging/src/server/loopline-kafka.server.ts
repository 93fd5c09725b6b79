import type { EventCodec, EventName } from '@loopline/contracts';
import { isInfrastructureOutage, type PlatformError, toPlatformError } from '@loopline/errors';
import type { PlatformMetrics } from '@loopline/observability';
import { KafkaContext, ServerKafka } from '@nestjs/microservices';
import { type Consumer, type EachMessagePayload, Kafka, logLevel } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher';
import {
  AvroEventDeserializer,
  type RawKafkaMessage,
} from '../deserializers/avro-event.deserializer';
import type { ConsumedEvent, LogCoordinates } from '../events/consumed-event';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { RecoveringProducer } from '../outbox/recovering-producer';
import { decideOnFailure } from '../retry/failure-policy';
import { retryDelayMs } from '../retry/retry-policy';
import { SchemaTopicLookup } from '../schema-registry/schema-topic.lookup';
import { TopicNamer } from '../topics/topic-namer';
import { PRODUCER_OPTIONS } from '../producer-options';
import { sleep } from './sleep';
import { waitInPlace } from './wait-in-place';

/** How often start-up tries to subscribe while the broker's metadata catches up. */
const SUBSCRIBE_ATTEMPTS = 20;

type KafkaMessage = EachMessagePayload['message'];

/**
 * Nest's Kafka transport with Loopline's delivery rules on top:
 * - handlers subscribe by event name and receive typed, decoded events; several event types can
 *   share a topic, and types this service does not handle are passed over;
 * - what to do with a failure is decided by `decideOnFailure`: an outage is waited out however
 *   long it lasts, other retriable failures are retried up to the budget, the rest (and
 *   undecodable messages) go to the group's dead-letter topic and the offset moves on;
 * - every wait holds the message in place, so the partition does not advance (per-aggregate
 *   order holds) while the member keeps heartbeating (the group keeps it).
 * Idempotency is the handler's business (see Inbox): delivery here is at least once.
 */
export class LooplineKafkaServer extends ServerKafka {
  private readonly topicNamer: TopicNamer;
  private readonly events: AvroEventDeserializer;
  private readonly shuttingDown = new AbortController();
  private deadLetters?: DeadLetterPublisher;
  /** Self-healing: a dead letter must get out even if a broker restart left a producer stuck. */
  private readonly deadLetterProducer: RecoveringProducer;
  private joined = false;
  private subscribedEvents: EventName[] = [];
  /** How often this member has (re)joined its group: a rebalance shows here, an outage must not. */
  groupJoins = 0;

  constructor(
    private readonly settings: ResolvedMessagingOptions,
    codec: EventCodec,
    private readonly metrics: PlatformMetrics,
  ) {
    const topicNamer = new TopicNamer(settings.topicPrefix);
    // Schema lookups and dead letters use clients of their own, apart from Nest's consumer.
    const kafka = new Kafka({
      clientId: `${settings.serviceName}-consumer-support`,
      brokers: settings.brokers,
      logLevel: logLevel.WARN,
    });
    const schemaLookup = new SchemaTopicLookup(
      kafka,
      topicNamer.schemaTopic(),
      codec,
      settings.schemaLookupTimeoutMs,
    );
    const events = new AvroEventDeserializer(
      codec,
      topicNamer,
      schemaLookup,
      topicNamer.replayTopicFor(settings.consumerGroup),
    );
    super({
      client: { clientId: settings.serviceName, brokers: settings.brokers },
      consumer: { groupId: settings.consumerGroup, allowAutoTopicCreation: false },
      producer: { ...PRODUCER_OPTIONS },
      postfixId: '',
      deserializer: events,
    });
    this.topicNamer = topicNamer;
    this.events = events;
    this.deadLetterProducer = new RecoveringProducer(kafka);
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
    await this.deadLetterProducer.disconnect();
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    this.subscribedEvents = [...this.messageHandlers.keys()] as EventName[];
    this.deadLetters = new DeadLetterPublisher(
      this.deadLetterProducer,
      this.topicNamer.deadLetterTopicFor(this.settings.consumerGroup),
      this.settings.consumerGroup,
    );
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.groupJoins++;
    });
    for (const lost of [consumer.events.CRASH, consumer.events.STOP, consumer.events.DISCONNECT]) {
      consumer.on(lost, () => (this.joined = false));
    }
    if (this.subscribedEvents.length === 0) return;
    await this.subscribeOnceServed(consumer, [
      ...this.topicNamer.topicsFor(this.subscribedEvents),
      this.topicNamer.replayTopicFor(this.settings.consumerGroup),
    ]);
    await consumer.run({ autoCommit: true, eachMessage: (payload) => this.handleMessage(payload) });
  }

  /**
   * Topics created a moment ago (this service's own provisioning, or a peer's) can be missing
   * from a broker's metadata for a short while; that is waited out, not a failed start-up.
   */
  private async subscribeOnceServed(consumer: Consumer, topics: string[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        // Where a group with no committed offsets starts; committed offsets always win.
        await consumer.subscribe({
          topics,
          fromBeginning: this.settings.consumerStart === 'earliest',
        });
        return;
      } catch (error) {
        if (!isInfrastructureOutage(error) || attempt >= SUBSCRIBE_ATTEMPTS) throw error;
        this.logger.warn(`subscribing failed (${(error as Error).message}); trying again`);
        await sleep(retryDelayMs(this.settings.retry, attempt + 1), this.shuttingDown.signal);
      }
    }
  }

  override async handleMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message, heartbeat } = payload;
    const source: LogCoordinates = { topic, partition, offset: message.offset };
    const raw = toRawMessage(payload);
    let event: ConsumedEvent;
    try {
      const envelope = this.events.readEnvelope(raw);
      if (!this.getHandlerByPattern(envelope.name)) return; // another consumer's event type
      event = (await this.events.deserialize(raw, this.shuttingDown.signal)).data as ConsumedEvent;
    } catch (error) {
      const failure = toPlatformError(error);
      this.metrics.recordFailed(topic, 'undecodable', failure.code);
      return this.deadLetter(message, source, failure, 1, heartbeat);
    }
    const context = new KafkaContext([
      message,
      partition,
      topic,
      this.consumer!,
      heartbeat,
      this.producer!,
    ]);
    return this.handleUntilSettled(event, message, context);
  }

  /** Calls the handler until it succeeds or the policy says to dead-letter the message. */
  private async handleUntilSettled(
    event: ConsumedEvent,
    message: KafkaMessage,
    context: KafkaContext,
  ): Promise<void> {
    const handler = this.getHandlerByPattern(event.name)!;
    for (let attempt = 1; ; attempt++) {
      const stopTimer = this.metrics.startHandlerTimer(event.source.topic, event.name);
      try {
        const result = await handler(event, context);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        stopTimer('success');
        this.metrics.recordConsumed(event.source.topic, event.name);
        return;
      } catch (error) {
        stopTimer('failure');
        const failure = toPlatformError(error);
        this.metrics.recordFailed(event.source.topic, event.name, failure.code);
        const decision = decideOnFailure(failure, attempt, this.settings.retry);
        if (decision.action === 'dead-letter') {
          this.logger.warn(
            `${event.name} ${event.metadata.eventId} failed after ${attempt} attempt(s) ` +
              `with ${failure.code}; moving it to the dead-letter topic`,
          );
          return this.deadLetter(message, event.source, failure, attempt, context.getHeartbeat());
        }
        if (decision.action === 'wait-for-recovery' && attempt % 10 === 1) {
          this.logger.warn(
            `${event.source.topic}[${event.source.partition}] waits for the infrastructure ` +
              `(${failure.code}: ${failure.message}); attempt ${attempt}, retrying until it is back`,
          );
        }
        await waitInPlace(decision.delayMs, context.getHeartbeat(), this.shuttingDown.signal);
      }
    }
  }

  /**
   * Parks a message on the dead-letter topic. The offset may only move on once the dead letter
   * is stored, so a failing publish (a broker or topic problem) is waited out like an outage.
   */
  private async deadLetter(
    message: KafkaMessage,
    source: LogCoordinates,
    failure: PlatformError,
    attempts: number,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    for (let publishAttempt = 1; ; publishAttempt++) {
      try {
        await this.deadLetters!.publish(message, source, failure, attempts);
        this.metrics.recordDeadLettered(source.topic, failure.code);
        return;
      } catch (error) {
        const reason = toPlatformError(error);
        this.metrics.recordFailed(source.topic, 'dead-letter-publish', reason.code);
        this.logger.error(
          `could not dead-letter ${source.topic}[${source.partition}]@${source.offset} ` +
            `(${reason.message}); holding the partition and trying again`,
        );
        const delayMs = retryDelayMs(this.settings.retry, publishAttempt + 1);
        await waitInPlace(delayMs, heartbeat, this.shuttingDown.signal);
      }
    }
  }
}

function toRawMessage({ topic, partition, message }: EachMessagePayload): RawKafkaMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value,
    headers: Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([name, value]) => [name, value?.toString()]),
    ),
  };
}
