import type { DeclaredTopic } from './declared-topic';

/** What the broker holds for one topic, as far as reconciliation cares. */
export interface ObservedTopic {
  readonly name: string;
  readonly partitions: number;
  /** Replicas of the partition that has the most (normally they all have the same). */
  readonly replicationFactor: number;
  /** Effective value of each config: set on the topic, or inherited from the broker. */
  readonly configs: Readonly<Record<string, string>>;
  /** Only the configs set on the topic itself: the set an alterConfigs call replaces. */
  readonly topicConfigs: Readonly<Record<string, string>>;
}

export interface ConfigChange {
  readonly name: string;
  /** Effective value before; null when the broker did not report the config at all. */
  readonly from: string | null;
  readonly to: string;
}

/** A change the provisioner makes. */
export type TopicAction =
  | {
      readonly type: 'create-topic';
      readonly topic: string;
      readonly partitions: number;
      readonly replicationFactor: number;
      readonly configs: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'add-partitions';
      readonly topic: string;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: 'alter-configs';
      readonly topic: string;
      readonly changes: readonly ConfigChange[];
      /** The complete set sent: Loopline's configs plus any others already set on the topic. */
      readonly configs: Readonly<Record<string, string>>;
    };

/** A difference the provisioner reports but cannot, or must not, fix by itself. */
export type TopicDrift = {
  readonly type: 'cannot-shrink-partitions' | 'replication-factor-differs';
  readonly topic: string;
  readonly declared: number;
  readonly actual: number;
};

/** What reconciliation does (or did) to the declared topics. */
export interface TopicPlan {
  readonly actions: readonly TopicAction[];
  readonly drift: readonly TopicDrift[];
  /** Declared topics that already are as declared. */
  readonly unchanged: readonly string[];
}

/**
 * Compares the declared topics with what the broker holds. Missing topics are created; an
 * existing one gains partitions up to the declared count and gets its configs set when any
 * effective value differs. Fewer partitions and another replication factor are only reported:
 * Kafka cannot remove partitions, and moving replicas is a reassignment for an operator.
 */
export function planTopics(
  declared: readonly DeclaredTopic[],
  observed: ReadonlyMap<string, ObservedTopic>,
): TopicPlan {
  const actions: TopicAction[] = [];
  const drift: TopicDrift[] = [];
  const unchanged: string[] = [];
  for (const topic of declared) {
    const actual = observed.get(topic.name);
    if (!actual) {
      actions.push({
        type: 'create-topic',
        topic: topic.name,
        partitions: topic.partitions,
        replicationFactor: topic.replicationFactor,
        configs: topic.configs,
      });
      continue;
    }
    const before = actions.length + drift.length;
    if (actual.partitions < topic.partitions)
      actions.push({
        type: 'add-partitions',
        topic: topic.name,
        from: actual.partitions,
        to: topic.partitions,
      });
    if (actual.partitions > topic.partitions)
      drift.push(
        difference('cannot-shrink-partitions', topic.name, topic.partitions, actual.partitions),
      );
    if (actual.replicationFactor !== topic.replicationFactor)
      drift.push(
        difference(
          'replication-factor-differs',
          topic.name,
          topic.replicationFactor,
          actual.replicationFactor,
        ),
      );
    const changes = Object.entries(topic.configs)
      .filter(([name, value]) => actual.configs[name] !== value)
      .map(([name, to]): ConfigChange => ({ name, from: actual.configs[name] ?? null, to }));
    if (changes.length > 0)
      actions.push({
        type: 'alter-configs',
        topic: topic.name,
        changes,
        configs: { ...actual.topicConfigs, ...topic.configs },
      });
    if (actions.length + drift.length === before) unchanged.push(topic.name);
  }
  return { actions, drift, unchanged };
}

function difference(
  type: TopicDrift['type'],
  topic: string,
  declared: number,
  actual: number,
): TopicDrift {
  return { type, topic, declared, actual };
}

/** True when reconciliation has nothing to do and nothing to report. */
export function isSettled(plan: TopicPlan): boolean {
  return plan.actions.length === 0 && plan.drift.length === 0;
}

/**
 * The plan of a reconciliation that took several attempts. An attempt that failed part-way
 * (a timeout waiting for leaders, say) may still have made its changes; the attempt that
 * succeeded then finds those topics as declared. Their actions belong to what was done.
 */
export function withEarlierAttempts(
  final: TopicPlan,
  earlierActions: readonly TopicAction[],
): TopicPlan {
  const settledByEarlier = new Set(
    earlierActions.map((action) => action.topic).filter((topic) => final.unchanged.includes(topic)),
  );
  const seen = new Set<string>();
  const earlierDone = earlierActions.filter((action) => {
    const key = `${action.type}\u0000${action.topic}`;
    if (!settledByEarlier.has(action.topic) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    actions: [...earlierDone, ...final.actions],
    drift: final.drift,
    unchanged: final.unchanged.filter((topic) => !settledByEarlier.has(topic)),
  };
}
