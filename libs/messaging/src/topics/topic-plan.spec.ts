import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DeclaredTopic } from './declared-topic';
import { isSettled, type ObservedTopic, planTopics, withEarlierAttempts } from './topic-plan';
import { describeAction, describeDrift, summarizePlan } from './topic-report';

const declared: DeclaredTopic = {
  name: 'it.loopline.model-trained',
  kind: 'event',
  partitions: 6,
  replicationFactor: 3,
  configs: { 'cleanup.policy': 'delete', 'min.insync.replicas': '2', 'retention.ms': '-1' },
};

/** The broker's view of `declared` when it matches, with `changes` applied. */
function observed(changes: Partial<ObservedTopic> = {}): Map<string, ObservedTopic> {
  const topic: ObservedTopic = {
    name: declared.name,
    partitions: 6,
    replicationFactor: 3,
    configs: { ...declared.configs, 'segment.bytes': '1073741824' },
    topicConfigs: { ...declared.configs },
    ...changes,
  };
  return new Map([[topic.name, topic]]);
}

describe('planTopics', () => {
  it('creates a missing topic with every declared setting', () => {
    const plan = planTopics([declared], new Map());
    assert.deepEqual(plan.actions, [
      {
        type: 'create-topic',
        topic: declared.name,
        partitions: 6,
        replicationFactor: 3,
        configs: declared.configs,
      },
    ]);
    assert.deepEqual(plan.unchanged, []);
  });

  it('leaves a topic that is as declared alone', () => {
    const plan = planTopics([declared], observed());
    assert.ok(isSettled(plan));
    assert.deepEqual(plan.unchanged, [declared.name]);
  });

  it('compares effective values, so a broker default equal to the declaration is no change', () => {
    const inherited = observed({ topicConfigs: { 'retention.ms': '-1' } });
    assert.ok(isSettled(planTopics([declared], inherited)));
  });

  it('adds partitions up to the declared count', () => {
    const plan = planTopics([declared], observed({ partitions: 3 }));
    assert.deepEqual(plan.actions, [
      { type: 'add-partitions', topic: declared.name, from: 3, to: 6 },
    ]);
    assert.deepEqual(plan.drift, []);
  });

  it('reports, but never removes, partitions beyond the declared count', () => {
    const plan = planTopics([declared], observed({ partitions: 8 }));
    assert.deepEqual(plan.actions, []);
    assert.deepEqual(plan.drift, [
      { type: 'cannot-shrink-partitions', topic: declared.name, declared: 6, actual: 8 },
    ]);
    assert.deepEqual(plan.unchanged, []);
  });

  it('reports another replication factor and still fixes what it can', () => {
    const plan = planTopics([declared], observed({ replicationFactor: 1, partitions: 3 }));
    assert.deepEqual(plan.drift, [
      { type: 'replication-factor-differs', topic: declared.name, declared: 3, actual: 1 },
    ]);
    assert.deepEqual(
      plan.actions.map((action) => action.type),
      ['add-partitions'],
    );
  });

  it('sends the complete managed set, keeping configs others set, when a value differs', () => {
    const current = {
      'cleanup.policy': 'delete',
      'retention.ms': '86400000',
      'max.message.bytes': '2097152',
    };
    const plan = planTopics(
      [declared],
      observed({
        configs: { ...current, 'min.insync.replicas': '1', 'segment.bytes': '1073741824' },
        topicConfigs: current,
      }),
    );
    assert.deepEqual(plan.actions, [
      {
        type: 'alter-configs',
        topic: declared.name,
        changes: [
          { name: 'min.insync.replicas', from: '1', to: '2' },
          { name: 'retention.ms', from: '86400000', to: '-1' },
        ],
        // alterConfigs replaces the topic's dynamic configs: whatever is left out reverts.
        configs: {
          'cleanup.policy': 'delete',
          'min.insync.replicas': '2',
          'retention.ms': '-1',
          'max.message.bytes': '2097152',
        },
      },
    ]);
  });

  it('plans each topic on its own', () => {
    const other: DeclaredTopic = { ...declared, name: 'it.loopline.dlq.training', partitions: 1 };
    const plan = planTopics([declared, other], observed());
    assert.deepEqual(plan.unchanged, [declared.name]);
    assert.deepEqual(
      plan.actions.map((action) => [action.type, action.topic]),
      [['create-topic', other.name]],
    );
  });
});

describe('withEarlierAttempts', () => {
  it('reports what a failed attempt did when the next one finds it done', () => {
    const firstAttempt = planTopics([declared], new Map()).actions;
    const finalPlan = planTopics([declared], observed());
    const report = withEarlierAttempts(finalPlan, [...firstAttempt, ...firstAttempt]);
    assert.deepEqual(report.actions, firstAttempt, 'once, though two attempts issued it');
    assert.deepEqual(report.unchanged, []);
  });

  it('leaves out an earlier action the broker does not show as done', () => {
    const firstAttempt = planTopics([declared], new Map()).actions;
    const finalPlan = planTopics([declared], observed({ partitions: 4 }));
    const report = withEarlierAttempts(finalPlan, firstAttempt);
    assert.deepEqual(report, finalPlan);
  });
});

describe('topic report lines', () => {
  it('say what changed, from what to what', () => {
    const plan = planTopics(
      [declared],
      observed({
        partitions: 3,
        configs: { ...declared.configs, 'retention.ms': '86400000' },
      }),
    );
    assert.deepEqual(plan.actions.map(describeAction), [
      `topic ${declared.name}: partitions 3 -> 6`,
      `topic ${declared.name}: retention.ms 86400000 -> -1`,
    ]);
    assert.equal(
      summarizePlan(plan),
      'topics reconciled: 0 created, 1 grown, 1 reconfigured, 0 drifted, 0 unchanged',
    );
    assert.equal(
      describeAction(planTopics([declared], new Map()).actions[0]!),
      `topic ${declared.name}: created with 6 partitions, replication factor 3, ` +
        'cleanup.policy=delete, min.insync.replicas=2, retention.ms=-1',
    );
  });

  it('say why drift is left alone and what an operator can do', () => {
    const [shrink] = planTopics([declared], observed({ partitions: 8 })).drift;
    assert.match(describeDrift(shrink!), /8 partitions, 6 declared; .*cannot remove partitions/);
    const [replicas] = planTopics([declared], observed({ replicationFactor: 1 })).drift;
    assert.match(describeDrift(replicas!), /replication factor 1, 3 declared; .*reassignment/);
  });
});
