import type { EventCodec } from '@loopline/contracts';
import type { KafkaConfig } from 'kafkajs';

/** How an OnlineFeatureView reaches the online-features topic. */
export interface OnlineFeatureViewOptions {
  /** kafkajs connection settings (brokers, clientId, ssl, sasl), as the service's own. */
  readonly kafka: KafkaConfig;
  /** Environment prefix of topic names, as in the service's messaging options ('' in production). */
  readonly topicPrefix: string;
  /** The contracts codec; it learns writer schemas found on the schema topic. */
  readonly codec: EventCodec;
  /**
   * How long to wait for a writer schema this build lacks to show up on the schema topic before
   * the message is skipped (default 10 s, like messaging's schemaLookupTimeoutMs).
   */
  readonly schemaLookupTimeoutMs?: number;
}
