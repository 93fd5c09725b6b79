import { randomUUID } from 'node:crypto';
import { OutboxWriter, type PublishContext } from '@loopline/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { type DeployableModel, describeModel } from '../projections/deployable-model';
import { assertRolloutTransition, DeploymentPolicies } from './domain';
import { type CandidateMode, EndpointRow } from './endpoint.row';
import { lockEndpoint, publishEndpoint } from './endpoint-lock';
import { endpointsChannel } from './endpoints-channel';
import { fillKnownVersions } from './known-versions';
import { planRollout } from './plan-rollout';
import {
  type RollbackFacts,
  rolloutCompleted,
  rolloutRolledBack,
  rolloutStarted,
  rolloutStepCompleted,
} from './rollout-events';
import type { RolloutStrategyName } from './rollout-plan';
import { RolloutRow } from './rollout.row';

const ACTIVE_STATES = ['warming', 'in_progress'] as const;

export interface RolloutTrigger {
  /** `gate:<evaluationId>` or `approval:<approvalId>`. */
  trigger: string;
  requestedStrategy: RolloutStrategyName | null;
  correlationId: string;
  publish: PublishContext;
}

/**
 * Every change to a rollout and to what an endpoint serves, each in the caller's transaction
 * under the endpoint's lock, with the event announcing it: start (superseding a rollout under
 * way), advance a step, complete, roll back.
 */
@Injectable()
export class RolloutWriter {
  private readonly logger = new Logger(RolloutWriter.name);
  private readonly channel: string;

  constructor(
    private readonly outbox: OutboxWriter,
    private readonly policies: DeploymentPolicies,
    @Inject(DEPLOYMENT_SETTINGS) settings: DeploymentSettings,
  ) {
    this.channel = endpointsChannel(settings);
  }

  async start(
    manager: EntityManager,
    candidate: DeployableModel,
    trigger: RolloutTrigger,
  ): Promise<RolloutRow | null> {
    const policy = this.policies.policyFor(candidate.modelName);
    const endpoint = await lockEndpoint(manager, policy.endpointName, candidate.modelName);
    await fillKnownVersions(manager, [candidate, ...servedBy(endpoint)]);
    if (endpoint.stable?.trainingRunId === candidate.trainingRunId) {
      this.logger.log(`${describeModel(candidate)} already serves ${endpoint.endpointName}`);
      return null;
    }
    const active = await this.activeRollout(manager, endpoint.endpointName);
    if (active?.candidate.trainingRunId === candidate.trainingRunId) return null;
    if (active) {
      await this.end(manager, endpoint, active, 'superseded', trigger.publish, {
        reason: 'superseded',
        detail: `superseded by the rollout of ${describeModel(candidate)} (${trigger.trigger})`,
      });
    }
    const plan = planRollout(policy, trigger.requestedStrategy, endpoint.stable !== null);
    const now = new Date();
    const rollout = manager.create(RolloutRow, {
      rolloutId: randomUUID(),
      endpointName: endpoint.endpointName,
      modelName: candidate.modelName,
      state: plan.strategy === 'blue_green' ? 'warming' : 'in_progress',
      candidate,
      stable: endpoint.stable,
      plan,
      stepIndex: 0,
      stepStartedAt: now,
      startedAt: now,
      endedAt: null,
      correlationId: trigger.correlationId,
      trigger: trigger.trigger,
      completedSteps: [],
      lastJudgement: null,
    });
    await manager.insert(RolloutRow, rollout);
    await this.outbox.enqueue(manager, 'RolloutStarted', rolloutStarted(rollout), trigger.publish);
    const modes: Record<RolloutStrategyName, CandidateMode> = {
      canary: 'canary',
      shadow: 'shadow',
      blue_green: 'standby',
    };
    Object.assign(endpoint, {
      candidate,
      candidateMode: modes[plan.strategy],
      trafficPercent: plan.strategy === 'blue_green' ? 0 : plan.steps[0].trafficPercent,
      rolloutId: rollout.rolloutId,
      stepIndex: 0,
    });
    await publishEndpoint(manager, endpoint, this.channel);
    this.logger.log(
      `rollout ${rollout.rolloutId} of ${describeModel(candidate)} started (${plan.strategy}, ${plan.steps.length} step(s))`,
    );
    return rollout;
  }

  /** The step held: announce it, then the next step or, after the last, completion. */
  async advance(
    manager: EntityManager,
    rollout: RolloutRow,
    observedMetrics: Record<string, number>,
  ): Promise<void> {
    const endpoint = await lockEndpoint(manager, rollout.endpointName, rollout.modelName);
    await fillKnownVersions(manager, [rollout.candidate, rollout.stable, ...servedBy(endpoint)]);
    const publish = { correlationId: rollout.correlationId };
    await this.completeStep(manager, rollout, observedMetrics, true);
    if (rollout.stepIndex + 1 < rollout.plan.steps.length) {
      rollout.stepIndex += 1;
      rollout.stepStartedAt = new Date();
      await manager.save(RolloutRow, rollout);
      endpoint.stepIndex = rollout.stepIndex;
      endpoint.trafficPercent = rollout.plan.steps[rollout.stepIndex].trafficPercent;
      await publishEndpoint(manager, endpoint, this.channel);
      return;
    }
    const now = Date.now();
    assertRolloutTransition(rollout.state, 'completed');
    rollout.state = 'completed';
    rollout.endedAt = new Date(now);
    await manager.save(RolloutRow, rollout);
    await this.outbox.enqueue(manager, 'RolloutCompleted', rolloutCompleted(rollout, now), publish);
    Object.assign(endpoint, {
      previous: endpoint.stable,
      stable: rollout.candidate,
      stableRolloutId: rollout.rolloutId,
      ...NO_CANDIDATE,
    });
    await publishEndpoint(manager, endpoint, this.channel);
    this.logger.log(
      `rollout ${rollout.rolloutId} completed: ${describeModel(rollout.candidate)} serves ${endpoint.endpointName}`,
    );
  }

  /** Aborts a rollout under way: traffic returns to the stable version at once. */
  async rollBack(
    manager: EntityManager,
    rollout: RolloutRow,
    facts: RollbackFacts,
    observedMetrics: Record<string, number> | null,
  ): Promise<void> {
    const endpoint = await lockEndpoint(manager, rollout.endpointName, rollout.modelName);
    await fillKnownVersions(manager, [rollout.candidate, rollout.stable, ...servedBy(endpoint)]);
    const publish = { correlationId: rollout.correlationId };
    if (observedMetrics) await this.completeStep(manager, rollout, observedMetrics, false);
    await this.end(manager, endpoint, rollout, 'rolled_back', publish, facts);
    await publishEndpoint(manager, endpoint, this.channel);
  }

  /**
   * With no rollout under way: the endpoint serves `target` again (the previous version unless
   * named), announced as a rollback of the rollout that made the current version serve.
   */
  async restore(
    manager: EntityManager,
    endpoint: EndpointRow,
    target: DeployableModel,
    facts: RollbackFacts,
    publish: PublishContext,
  ): Promise<void> {
    await fillKnownVersions(manager, [target, ...servedBy(endpoint)]);
    const current = endpoint.stable;
    if (current === null) return;
    await this.outbox.enqueue(
      manager,
      'RolloutRolledBack',
      rolloutRolledBack(endpoint.stableRolloutId ?? randomUUID(), current, target, facts),
      publish,
    );
    Object.assign(endpoint, { stable: target, previous: current, stableRolloutId: null });
    await publishEndpoint(manager, endpoint, this.channel);
    this.logger.log(
      `${endpoint.endpointName} rolled back from ${describeModel(current)} to ${describeModel(target)}`,
    );
  }

  /** Announces the step's end and keeps it, with its evidence, in the rollout's history. */
  private async completeStep(
    manager: EntityManager,
    rollout: RolloutRow,
    observedMetrics: Record<string, number>,
    healthy: boolean,
  ): Promise<void> {
    const event = rolloutStepCompleted(rollout, observedMetrics, healthy);
    await this.outbox.enqueue(manager, 'RolloutStepCompleted', event, {
      correlationId: rollout.correlationId,
    });
    rollout.completedSteps = [
      ...rollout.completedSteps,
      {
        stepIndex: event.stepIndex,
        trafficPercent: event.trafficPercent,
        healthy,
        observedMetrics,
        completedAt: new Date(event.completedAt).toISOString(),
      },
    ];
    await manager.save(RolloutRow, rollout);
  }

  async activeRollout(manager: EntityManager, endpointName: string): Promise<RolloutRow | null> {
    return manager
      .getRepository(RolloutRow)
      .createQueryBuilder('rollout')
      .where('rollout.endpoint_name = :endpointName', { endpointName })
      .andWhere('rollout.state IN (:...states)', { states: ACTIVE_STATES })
      .getOne();
  }

  private async end(
    manager: EntityManager,
    endpoint: EndpointRow,
    rollout: RolloutRow,
    state: 'rolled_back' | 'superseded',
    publish: PublishContext,
    facts: RollbackFacts,
  ): Promise<void> {
    assertRolloutTransition(rollout.state, state);
    rollout.state = state;
    rollout.endedAt = new Date();
    await manager.save(RolloutRow, rollout);
    await this.outbox.enqueue(
      manager,
      'RolloutRolledBack',
      rolloutRolledBack(rollout.rolloutId, rollout.candidate, endpoint.stable, facts),
      publish,
    );
    Object.assign(endpoint, NO_CANDIDATE);
    this.logger.warn(
      `rollout ${rollout.rolloutId} of ${describeModel(rollout.candidate)} ${state}: ${facts.detail}`,
    );
  }
}

const NO_CANDIDATE = {
  candidate: null,
  candidateMode: null,
  trafficPercent: 0,
  rolloutId: null,
  stepIndex: 0,
};

function servedBy(endpoint: EndpointRow): (DeployableModel | null)[] {
  return [endpoint.stable, endpoint.previous, endpoint.candidate];
}
