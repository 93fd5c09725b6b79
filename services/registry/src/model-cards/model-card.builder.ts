import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AliasMoveView } from '../aliases/alias.reader';
import { AliasMoveRow } from '../database/alias-move.row';
import { PromotionDecisionRow } from '../database/promotion-decision.row';
import { LineageReader } from '../lineage/lineage.reader';
import { ModelPolicies } from '../model-policies/model-policies';
import { ModelVersionReader } from '../model-versions/model-version.reader';
import { testMetricsOf, toDecisionView } from '../model-versions/model-version.views';
import { EvaluationReportReader } from './evaluation-report.reader';
import { MODEL_CARD_FORMAT, type ModelCard } from './model-card';
import { generatedLimitations } from './model-card-limitations';

/** Puts a version's card together from registry state, the model's policy and its gate report. */
@Injectable()
export class ModelCardBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: ModelVersionReader,
    private readonly lineage: LineageReader,
    private readonly policies: ModelPolicies,
    private readonly reports: EvaluationReportReader,
  ) {}

  async build(modelName: string, versionNumber: number): Promise<ModelCard> {
    const manager = this.dataSource.manager;
    const row = await this.versions.require(modelName, versionNumber);
    const verdict = await this.versions.verdictOf(row);
    const policy = this.policies.for(modelName);
    const decisions = (
      await manager.find(PromotionDecisionRow, {
        where: { modelName, version: versionNumber },
        order: { decidedAt: 'ASC' },
      })
    ).map(toDecisionView);
    const moves = await manager.find(AliasMoveRow, {
      where: [
        { modelName, version: versionNumber },
        { modelName, previousVersion: versionNumber },
      ],
      order: { id: 'ASC' },
    });
    const slices = await this.reports.slices(verdict);
    const gateStatus = verdict === null ? 'pending' : verdict.passed ? 'passed' : 'failed';
    return {
      format: MODEL_CARD_FORMAT,
      modelName,
      version: versionNumber,
      stage: row.stage,
      aliases: await this.versions.aliasesOf(row),
      generatedAt: new Date().toISOString(),
      intendedUse: {
        description: policy.intendedUse,
        owners: policy.owners,
        documented: policy.documented,
        approvalRequiredFor: policy.approval.requiredFor,
      },
      task: row.task,
      lineage: await this.lineage.ofModelVersion(modelName, versionNumber),
      features: { names: row.featureNames, label: row.labelColumn },
      training: {
        trainingRunId: row.trainingRunId,
        backend: row.backend,
        frameworkVersion: row.frameworkVersion,
        configHash: row.configHash,
        codeCommit: row.codeCommit,
        epochs: row.epochs,
        parameterCount: row.parameterCount,
        seed: row.seed,
        durationMs: row.durationMs,
        completedAt: row.completedAt.toISOString(),
      },
      metrics: {
        test: testMetricsOf(row),
        validation: row.validationMetrics,
        gate: verdict?.metrics ?? null,
      },
      gate: {
        status: gateStatus,
        evaluationId: verdict?.evaluationId ?? null,
        policy: verdict ? { name: verdict.policyName, version: verdict.policyVersion } : null,
        evaluatedAt: verdict?.evaluatedAt.toISOString() ?? null,
        checks: verdict?.checks ?? [],
      },
      slices,
      limitations: {
        documented: policy.limitations,
        generated: generatedLimitations({
          backend: row.backend,
          frameworkVersion: row.frameworkVersion,
          gateStatus,
          checks: verdict?.checks ?? [],
          decisions,
          sliceReports: slices.reports,
        }),
      },
      decisions,
      aliasHistory: moves.map((move): AliasMoveView => ({
        alias: move.alias,
        modelVersion: move.version,
        previousModelVersion: move.previousVersion,
        reason: move.reason,
        assignedBy: move.assignedBy,
        assignedAt: move.assignedAt.toISOString(),
      })),
    };
  }
}
