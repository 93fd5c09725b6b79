import type { GateCheckResult, ModelGatePassed } from '@loopline/contracts';
import type { PlatformError } from '@loopline/errors';
import type { Job } from '@loopline/jobs';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EvaluationRow } from '../evaluations/evaluation.row';
import { EvaluationProjections } from '../projections/evaluation-projections';
import type { EvaluateModelInput } from './evaluate-model.input';
import type { EvaluateModelOutcome } from './evaluate-model.outcome';
import { evaluationFailedCheck, unjudgedEvaluation } from './unjudged-evaluation';

/**
 * Writes a verdict and announces it in one transaction: ModelGatePassed when every check passed,
 * else ModelGateFailed, with every check, the metrics and the report.
 */
@Injectable()
export class GateVerdictRecorder {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly projections: EvaluationProjections,
  ) {}

  async record(
    manager: EntityManager,
    job: Job<EvaluateModelInput>,
    outcome: EvaluateModelOutcome,
  ): Promise<void> {
    const { evaluationId, trained } = job.input;
    const { evaluation, policy, report, evaluatedAt } = outcome;
    const checks: GateCheckResult[] = evaluation.checks.map((check) => ({ ...check }));
    const verdict: ModelGatePassed = {
      modelName: trained.modelName,
      evaluationId,
      lineage: trained.lineage,
      artifact: trained.artifact,
      transform: trained.transform,
      modelVersion: await this.projections.versionOfRun(manager, trained.lineage.trainingRunId),
      policyName: policy.name,
      policyVersion: policy.version,
      checks,
      baselineModelVersion: evaluation.champion?.modelVersion ?? null,
      metrics: evaluation.metrics,
      report,
      evaluatedAt,
    };
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvaluationRow)
      .values({
        id: evaluationId,
        modelName: trained.modelName,
        trainingRunId: trained.lineage.trainingRunId,
        modelVersion: verdict.modelVersion,
        policyName: policy.name,
        policyVersion: policy.version,
        passed: evaluation.passed,
        checks,
        metrics: evaluation.metrics,
        baselineModelVersion: verdict.baselineModelVersion,
        report,
        evaluatedAt: new Date(evaluatedAt),
      })
      .execute();
    await this.outbox.enqueue(
      manager,
      evaluation.passed ? 'ModelGatePassed' : 'ModelGateFailed',
      verdict,
      job.publishContext,
    );
  }

  /** The evaluation failed for good: the gate fails with the reason, and nothing is promoted. */
  async failed(
    manager: EntityManager,
    job: Job<EvaluateModelInput>,
    error: PlatformError,
  ): Promise<void> {
    const evaluation = unjudgedEvaluation(evaluationFailedCheck(error.code, error.message));
    await this.record(manager, job, {
      evaluation,
      policy: { name: 'none', version: 0 },
      report: null,
      evaluatedAt: Date.now(),
    });
  }
}
