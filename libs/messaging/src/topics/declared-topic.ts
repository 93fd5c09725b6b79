import type { TopicOptions } from '../messaging-options.interface';
import type { TopicDeclaration, TopicKind } from './topic-declaration';

/** A declared topic with its settings resolved: what the broker should hold. */
export interface DeclaredTopic {
  /** Full name, environment prefix included. */
  readonly name: string;
  readonly kind: TopicKind;
  readonly partitions: number;
  readonly replicationFactor: number;
  /**
   * The topic configs Loopline manages. kafkajs's alterConfigs replaces a topic's whole set of
   * dynamic configs, so this complete set is sent on creation and on every alteration.
   */
  readonly configs: Readonly<Record<string, string>>;
}

/** Applies the defaults of the declaration's kind, then the topic's own override. */
export function declaredTopic(
  declaration: TopicDeclaration,
  topics: TopicOptions,
  prefix: string,
): DeclaredTopic {
  const override = topics.overrides[declaration.name] ?? {};
  const deadLetter = declaration.kind === 'dead-letter';
  const retentionMs =
    override['retention.ms'] ??
    (declaration.kind === 'event'
      ? topics.retentionMs
      : deadLetter
        ? topics.deadLetterRetentionMs
        : // Compaction keeps the latest value of each key for good; age plays no part.
          undefined);
  return {
    name: prefix + declaration.name,
    kind: declaration.kind,
    partitions:
      override.partitions ?? (deadLetter ? topics.deadLetterPartitions : topics.partitions),
    replicationFactor: override['replication.factor'] ?? topics.replicationFactor,
    configs: {
      'cleanup.policy': declaration.kind === 'compacted' ? 'compact' : 'delete',
      'min.insync.replicas': String(override['min.insync.replicas'] ?? topics.minInSyncReplicas),
      ...(retentionMs === undefined ? {} : { 'retention.ms': String(retentionMs) }),
    },
  };
}
