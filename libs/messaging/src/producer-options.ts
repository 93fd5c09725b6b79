import { type ProducerConfig, Partitioners } from 'kafkajs';

/**
 * Every Loopline producer: idempotent with one request in flight, so retries neither duplicate
 * nor reorder a key's events; topics come from the provisioner, never from auto-creation; and
 * the murmur2 partitioner that Java clients use, so a key lands on the same partition whoever
 * produces it.
 */
export const PRODUCER_OPTIONS: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
};
