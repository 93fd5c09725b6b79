import { AvroSingleObjectCodec } from '@loopline/contracts';
import { type DynamicModule, Module } from '@nestjs/common';
import { HousekeepingScheduler } from './housekeeping/housekeeping.scheduler';
import { MessagingPruner } from './housekeeping/messaging.pruner';
import { IdempotentRequests } from './idempotency/idempotent-requests';
import { Inbox } from './inbox/inbox';
import { EVENT_CODEC, MESSAGING_OPTIONS, resolveMessagingOptions } from './messaging.constants';
import type { MessagingOptions } from './messaging-options.interface';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxWriter } from './outbox/outbox.writer';
import { TopicProvisioner } from './topics/topic.provisioner';
import { MessagingShutdown } from './messaging-shutdown';

/**
 * Kafka messaging for one service: topic provisioning, the outbox (writer and relay), the
 * inbox, Idempotency-Keys for HTTP requests that publish, and housekeeping that prunes them. Consuming is started with `connectEventConsumer(app)` after the module is built.
 * Requires the service's TypeORM DataSource (with MESSAGING_ENTITIES) and ObservabilityModule.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const resolved = resolveMessagingOptions(options);
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: resolved },
        { provide: EVENT_CODEC, useFactory: () => new AvroSingleObjectCodec() },
        TopicProvisioner,
        OutboxWriter,
        OutboxRelay,
        Inbox,
        MessagingShutdown,
        MessagingPruner,
        HousekeepingScheduler,
        IdempotentRequests,
      ],
      exports: [
        MESSAGING_OPTIONS,
        EVENT_CODEC,
        TopicProvisioner,
        OutboxWriter,
        OutboxRelay,
        Inbox,
        MessagingShutdown,
        MessagingPruner,
        HousekeepingScheduler,
        IdempotentRequests,
      ],
    };
  }
}
