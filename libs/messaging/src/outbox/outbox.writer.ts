import type { EventCodec, EventName, EventPayloads } from '@loopline/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageRow } from '../database/outbox-message.row';
import { notifyOutbox } from './outbox-notifications';
import type { EventMetadata } from '../events/consumed-event';
import { createEventMetadata } from '../events/event-metadata.factory';
import type { PublishContext } from '../events/publish-context';
import { EVENT_CODEC, MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { AvroEventSerializer } from '../serializers/avro-event.serializer';
import { TopicNamer } from '../topics/topic-namer';

/**
 * The only way a service publishes: the event is encoded (so an invalid payload fails the
 * transaction, not the relay) and stored in the outbox through the caller's transaction, next to
 * the state change it announces. The relay publishes it after commit.
 */
@Injectable()
export class OutboxWriter {
  private readonly serializer: AvroEventSerializer;
  private readonly topics: TopicNamer;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    @Inject(EVENT_CODEC) codec: EventCodec,
  ) {
    this.serializer = new AvroEventSerializer(codec);
    this.topics = new TopicNamer(options.topicPrefix);
  }

  async enqueue<N extends EventName>(
    manager: EntityManager,
    name: N,
    payload: EventPayloads[N],
    context?: PublishContext,
  ): Promise<EventMetadata> {
    const metadata = createEventMetadata(name, this.options.serviceName, context);
    const message = this.serializer.serialize({ name, payload, metadata });
    const topic = this.topics.topicFor(name);
    // Writers of one key take turns until commit, so a key's outbox sequence follows commit
    // order and the relay, which publishes by sequence, keeps the key's order.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `loopline-outbox-key:${topic}:${message.key}`,
    ]);
    await manager.insert(OutboxMessageRow, {
      eventId: metadata.eventId,
      eventType: name,
      topic,
      messageKey: message.key,
      payload: message.value,
      headers: message.headers,
    });
    await notifyOutbox(manager);
    return metadata;
  }
}
