import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore } from '@loopline/artifacts';
import type { ArtifactRef, ModelTrained } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { type Job, JobHandler } from '@loopline/jobs';
import type { GateEvaluation, GatePolicy } from '@loopline/model-evaluation';
import { VersionedDocumentStore } from '@loopline/versioned-documents';
import { Inject } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVALUATION_SETTINGS, type EvaluationSettings } from '../config/evaluation.settings';
import { GATE_POLICY_KIND } from '../gate-policies/gate-policy.kind';
import { EvaluationProjections } from '../projections/evaluation-projections';
import { EVALUATE_MODEL_JOB, type EvaluateModelInput } from './evaluate-model.input';
import type { EvaluateModelOutcome } from './evaluate-model.outcome';
import { EvaluationFilesFetcher } from './evaluation-files.fetcher';
import { runEvaluationWorker } from './evaluation-worker.runner';
import { GateVerdictRecorder } from './gate-verdict.recorder';
import { noPolicyCheck, unjudgedEvaluation } from './unjudged-evaluation';

/**
 * One candidate judged as a tracked job: `run` resolves the model's newest gate policy, its
 * champion (the production alias, from the registry's events) and its test rows, scores both
 * models in a worker thread, and stores the report, with no transaction held open; `complete`
 * commits the verdict. An evaluation that fails for good becomes a failed gate saying why.
 */
@JobHandler(EVALUATE_MODEL_JOB)
export class EvaluateModelJob implements JobHandler<EvaluateModelInput, EvaluateModelOutcome> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly artifacts: ArtifactStore,
    private readonly documents: VersionedDocumentStore,
    private readonly projections: EvaluationProjections,
    private readonly fetcher: EvaluationFilesFetcher,
    private readonly verdicts: GateVerdictRecorder,
    @Inject(EVALUATION_SETTINGS) private readonly settings: EvaluationSettings,
  ) {}

  async run(job: Job<EvaluateModelInput>, signal: AbortSignal): Promise<EvaluateModelOutcome> {
    const { evaluationId, trained } = job.input;
    const policy = await this.documents.newest(GATE_POLICY_KIND, trained.modelName);
    const evaluation =
      policy === null
        ? unjudgedEvaluation(noPolicyCheck(trained.modelName))
        : await this.evaluate(evaluationId, trained, policy.document, signal);
    const policyRef = { name: policy?.name ?? 'none', version: policy?.version ?? 0 };
    const evaluatedAt = Date.now();
    const report = await this.putReport({
      evaluationId,
      modelName: trained.modelName,
      trainingRunId: trained.lineage.trainingRunId,
      policy: { ...policyRef, sha256: policy?.sha256 ?? null },
      evaluatedAt: new Date(evaluatedAt).toISOString(),
      ...evaluation,
    });
    return { evaluation, policy: policyRef, report, evaluatedAt };
  }

  complete(
    manager: EntityManager,
    job: Job<EvaluateModelInput>,
    outcome: EvaluateModelOutcome,
  ): Promise<void> {
    return this.verdicts.record(manager, job, outcome);
  }

  fail(manager: EntityManager, job: Job<EvaluateModelInput>, error: PlatformError): Promise<void> {
    return this.verdicts.failed(manager, job, error);
  }

  private async evaluate(
    evaluationId: string,
    trained: ModelTrained,
    policy: GatePolicy,
    signal: AbortSignal,
  ): Promise<GateEvaluation> {
    const manager = this.dataSource.manager;
    const featureSet = await this.projections.featureSet(manager, trained.lineage.featureSetId);
    if (featureSet === null)
      throw new PlatformError(
        'EVALUATION.FEATURE_SET_NOT_SEEN',
        `Feature set ${trained.lineage.featureSetId} of ${trained.modelName} has not reached the evaluation service yet (its FeatureSetMaterialized event); the evaluation is retried.`,
        { kind: ErrorKind.Unavailable, retriable: true },
      );
    const champion = await this.projections.champion(manager, trained.modelName);
    const workDir = join(this.settings.workDir, evaluationId);
    await rm(workDir, { recursive: true, force: true });
    try {
      const candidateFiles = await this.fetcher.model(trained.artifact, join(workDir, 'candidate'));
      const championFiles =
        champion === null || champion.lineage.trainingRunId === trained.lineage.trainingRunId
          ? null
          : {
              ...(await this.fetcher.model(champion.artifact, join(workDir, 'champion'))),
              modelVersion: champion.modelVersion,
            };
      const rows = await this.fetcher.testRows(featureSet, join(workDir, 'test'));
      return await runEvaluationWorker(
        {
          policy,
          task: trained.task,
          backend: this.settings.backend,
          candidate: candidateFiles,
          champion: championFiles,
          testSplit: rows.testSplit,
          testInputs: rows.testInputs,
        },
        signal,
      );
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  private async putReport(report: object): Promise<ArtifactRef> {
    const stored = await this.artifacts.putContentAddressed(
      this.settings.bucket,
      Buffer.from(JSON.stringify(report), 'utf8'),
      { contentType: 'application/json' },
    );
    return { ...stored, mediaType: 'application/json' };
  }
}
