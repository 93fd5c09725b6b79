import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, LessThanOrEqual } from 'typeorm';
import {
  emptyObservation,
  judgeRollout,
  latencyQuantileMs,
  mergeObservations,
  type RolloutJudgement,
  type ServingObservation,
} from './domain';
import { RolloutObservationRow } from './rollout-observation.row';
import { RolloutRow } from './rollout.row';
import { RolloutWriter } from './rollout.writer';

/**
 * Judges the current step of one rollout from what every instance observed during it, and acts
 * on the verdict: wait, advance (or complete), or roll back with the evidence.
 */
@Injectable()
export class RolloutStepJudge {
  private readonly logger = new Logger(RolloutStepJudge.name);

  constructor(private readonly writer: RolloutWriter) {}

  async judge(manager: EntityManager, rollout: RolloutRow, now: number): Promise<RolloutJudgement> {
    const { stable, candidate, stepCandidateRequests } = await this.observed(manager, rollout);
    const { plan } = rollout;
    const judgement = judgeRollout({
      strategy: plan.strategy,
      step: plan.steps[rollout.stepIndex],
      stepStartedAt: rollout.stepStartedAt.getTime(),
      now,
      maxStepSeconds: plan.maxStepSeconds,
      stable,
      candidate,
      stepCandidateRequests,
      lastStep: rollout.stepIndex === plan.steps.length - 1,
      guardrails: plan.guardrails,
      shadowMinAgreement: plan.shadowMinAgreement ?? undefined,
      warmup:
        plan.strategy === 'blue_green'
          ? {
              requests: candidate.requests,
              errors: candidate.errors,
              p99LatencyMs: latencyQuantileMs(candidate, 0.99) ?? 0,
              maxP99LatencyMs: plan.warmup.maxP99LatencyMs,
            }
          : undefined,
    });
    rollout.lastJudgement = judgement;
    if (judgement.verdict === 'wait') {
      await manager.update(
        RolloutRow,
        { rolloutId: rollout.rolloutId },
        { lastJudgement: judgement as object },
      );
      return judgement;
    }
    this.logger.log(
      `rollout ${rollout.rolloutId} step ${rollout.stepIndex + 1}/${plan.steps.length}: ${judgement.verdict} (${judgement.detail})`,
    );
    if (judgement.verdict === 'advance')
      await this.writer.advance(manager, rollout, judgement.observedMetrics);
    else
      await this.writer.rollBack(
        manager,
        rollout,
        {
          reason: 'guardrail_breached',
          detail: judgement.detail,
          breachedGuardrails: judgement.breached,
        },
        judgement.observedMetrics,
      );
    return judgement;
  }

  /**
   * Every instance's observations so far in the rollout, added up per role over its steps: the
   * guardrails compare on all the evidence gathered (the last step, at 100 %, keeps the stable
   * baseline of the earlier ones), while the step's own minimum counts this step's requests.
   */
  private async observed(
    manager: EntityManager,
    rollout: RolloutRow,
  ): Promise<{
    stable: ServingObservation | null;
    candidate: ServingObservation;
    stepCandidateRequests: number;
  }> {
    const rows = await manager.findBy(RolloutObservationRow, {
      rolloutId: rollout.rolloutId,
      stepIndex: LessThanOrEqual(rollout.stepIndex),
    });
    const candidateRole = rollout.plan.strategy === 'shadow' ? 'shadow' : 'challenger';
    const sum = (role: string) =>
      rows
        .filter((row) => row.role === role)
        .map((row) => row.observation)
        .reduce<ServingObservation | null>(
          (total, each) => (total === null ? each : mergeObservations(total, each)),
          null,
        );
    const stepCandidateRequests = rows
      .filter((row) => row.role === candidateRole && row.stepIndex === rollout.stepIndex)
      .reduce((total, row) => total + row.observation.requests, 0);
    return {
      stable: rollout.stable === null ? null : sum('champion'),
      candidate: sum(candidateRole) ?? emptyObservation(0),
      stepCandidateRequests,
    };
  }
}
