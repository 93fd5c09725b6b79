import type { TopicAction, TopicDrift, TopicPlan } from './topic-plan';

const settings = (configs: Readonly<Record<string, string>>): string =>
  Object.entries(configs)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');

/** One log line for a change the provisioner made. */
export function describeAction(action: TopicAction): string {
  switch (action.type) {
    case 'create-topic':
      return (
        `topic ${action.topic}: created with ${action.partitions} partitions, replication factor ` +
        `${action.replicationFactor}, ${settings(action.configs)}`
      );
    case 'add-partitions':
      return `topic ${action.topic}: partitions ${action.from} -> ${action.to}`;
    case 'alter-configs':
      return `topic ${action.topic}: ${action.changes
        .map((change) => `${change.name} ${change.from ?? '(unset)'} -> ${change.to}`)
        .join(', ')}`;
  }
}

/** One log line for a difference left as it is, saying why and what an operator can do. */
export function describeDrift(drift: TopicDrift): string {
  switch (drift.type) {
    case 'cannot-shrink-partitions':
      return (
        `topic ${drift.topic}: has ${drift.actual} partitions, ${drift.declared} declared; kept at ` +
        `${drift.actual} because Kafka cannot remove partitions (declare ${drift.actual}, or ` +
        'recreate the topic, losing its messages)'
      );
    case 'replication-factor-differs':
      return (
        `topic ${drift.topic}: replication factor ${drift.actual}, ${drift.declared} declared; left ` +
        'as it is because changing it needs a partition reassignment ' +
        '(kafka-reassign-partitions.sh --reassignment-json-file ... --execute)'
      );
  }
}

/** The summary line of one reconciliation. */
export function summarizePlan(plan: TopicPlan): string {
  const count = (type: TopicAction['type']): number =>
    plan.actions.filter((action) => action.type === type).length;
  return (
    `topics reconciled: ${count('create-topic')} created, ${count('add-partitions')} grown, ` +
    `${count('alter-configs')} reconfigured, ${plan.drift.length} drifted, ` +
    `${plan.unchanged.length} unchanged`
  );
}
