import type { EventPayloads } from '@loopline/contracts';
import type { DeployableModel } from '../projections/deployable-model';
import type { RolloutRow } from './rollout.row';

/** The alias a finished rollout moves: serving an endpoint is what production means. */
export const ROLLOUT_TARGET_ALIAS = 'production';

export function rolloutStarted(rollout: RolloutRow): EventPayloads['RolloutStarted'] {
  const { candidate, plan } = rollout;
  return {
    modelName: rollout.modelName,
    rolloutId: rollout.rolloutId,
    modelVersion: candidate.modelVersion,
    lineage: candidate.lineage,
    artifact: candidate.artifact,
    transform: candidate.transform,
    strategy: plan.strategy,
    endpointName: rollout.endpointName,
    previousModelVersion: rollout.stable?.modelVersion ?? null,
    targetAlias: ROLLOUT_TARGET_ALIAS,
    steps: plan.steps.map((step) => ({ ...step })),
    guardrails: plan.guardrails,
    startedAt: rollout.startedAt.getTime(),
  };
}

export function rolloutStepCompleted(
  rollout: RolloutRow,
  observedMetrics: Record<string, number>,
  healthy: boolean,
): EventPayloads['RolloutStepCompleted'] {
  const step = rollout.plan.steps[rollout.stepIndex];
  return {
    modelName: rollout.modelName,
    rolloutId: rollout.rolloutId,
    modelVersion: rollout.candidate.modelVersion,
    trainingRunId: rollout.candidate.trainingRunId,
    stepIndex: rollout.stepIndex,
    totalSteps: rollout.plan.steps.length,
    trafficPercent: step.trafficPercent,
    observedMetrics,
    healthy,
    completedAt: Date.now(),
  };
}

export function rolloutCompleted(
  rollout: RolloutRow,
  now: number,
): EventPayloads['RolloutCompleted'] {
  return {
    modelName: rollout.modelName,
    rolloutId: rollout.rolloutId,
    modelVersion: rollout.candidate.modelVersion,
    lineage: rollout.candidate.lineage,
    strategy: rollout.plan.strategy,
    endpointName: rollout.endpointName,
    previousModelVersion: rollout.stable?.modelVersion ?? null,
    targetAlias: ROLLOUT_TARGET_ALIAS,
    durationMs: now - rollout.startedAt.getTime(),
    completedAt: now,
  };
}

export interface RollbackFacts {
  reason: EventPayloads['RolloutRolledBack']['reason'];
  detail: string;
  breachedGuardrails?: Record<string, number>;
  requestId?: string | null;
}

export function rolloutRolledBack(
  rolloutId: string,
  rolledBack: DeployableModel,
  restored: DeployableModel | null,
  facts: RollbackFacts,
): EventPayloads['RolloutRolledBack'] {
  return {
    modelName: rolledBack.modelName,
    rolloutId,
    modelVersion: rolledBack.modelVersion,
    trainingRunId: rolledBack.trainingRunId,
    restoredModelVersion: restored?.modelVersion ?? null,
    reason: facts.reason,
    detail: facts.detail,
    breachedGuardrails: facts.breachedGuardrails ?? {},
    requestId: facts.requestId ?? null,
    rolledBackAt: Date.now(),
  };
}
