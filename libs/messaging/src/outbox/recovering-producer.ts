import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { PRODUCER_OPTIONS } from '../producer-options';

/** Consecutive failed sends after which the producer is thrown away and built anew. */
const RECREATE_AFTER_FAILURES = 3;

/**
 * An idempotent producer that heals itself. After a broker restart kafkajs usually reconnects on
 * its own, but an idempotent producer can be left stuck with a producer id or sequence numbers
 * the broker no longer accepts, failing every send; a fresh producer gets a new id.
 */
export class RecoveringProducer {
  private readonly logger = new Logger(RecoveringProducer.name);
  private producer?: Producer;
  private failures = 0;

  constructor(private readonly kafka: Kafka) {}

  /** Runs one send with a connected producer, counting failures towards a rebuild. */
  async use<T>(send: (producer: Producer) => Promise<T>): Promise<T> {
    try {
      const result = await send(await this.connected());
      this.failures = 0;
      return result;
    } catch (error) {
      this.failures++;
      if (this.failures >= RECREATE_AFTER_FAILURES || !isRetriable(error))
        await this.discard(error);
      throw error;
    }
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async connected(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({ ...PRODUCER_OPTIONS });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async discard(error: unknown): Promise<void> {
    this.logger.warn(
      `recreating the producer after ${this.failures} failed send(s): ${(error as Error).message}`,
    );
    this.failures = 0;
    await this.disconnect();
  }
}

function isRetriable(error: unknown): boolean {
  return (error as { retriable?: unknown } | null)?.retriable !== false;
}
