import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { OutboxRelay } from './outbox/outbox.relay';

/** Anything that consumes events and can be told to stop (the Kafka server). */
export interface StoppableConsumer {
  close(): Promise<void>;
}

/**
 * Graceful shutdown in the order that loses nothing: stop consuming (in-flight handlers finish
 * and their offsets commit), then publish what is already in the outbox, then let the other
 * modules close the database and broker connections. It runs before any `onApplicationShutdown`
 * hook, because that is where TypeORM ends its pool.
 */
@Injectable()
export class MessagingShutdown implements BeforeApplicationShutdown {
  private readonly consumers: StoppableConsumer[] = [];

  constructor(private readonly relay: OutboxRelay) {}

  registerConsumer(consumer: StoppableConsumer): void {
    this.consumers.push(consumer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.close()));
    await this.relay.stop();
  }
}
