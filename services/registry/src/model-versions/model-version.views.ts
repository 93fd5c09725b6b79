import type { GateCheckColumn, GateVerdictRow } from '../database/gate-verdict.row';
import type { ModelVersionRow } from '../database/model-version.row';
import type { PromotionDecisionRow } from '../database/promotion-decision.row';

/** The gate verdict of a version as the HTTP API shows it. */
export interface GateVerdictView {
  status: 'passed' | 'failed';
  evaluationId: string;
  policy: { name: string; version: number };
  failedChecks: string[];
  checks: GateCheckColumn[];
  metrics: Record<string, number>;
  report: GateVerdictRow['report'];
  baselineModelVersion: number | null;
  evaluatedAt: string;
}

/** An approval or a rejection of a version's promotion. */
export interface PromotionDecisionView {
  approvalId: string;
  decision: 'approved' | 'rejected';
  targetAlias: string;
  strategy: string | null;
  decidedBy: string;
  /** The approval's comment or the rejection's reason. */
  comment: string | null;
  overriddenEvaluationId: string | null;
  decidedAt: string;
}

export interface ModelVersionSummary {
  modelName: string;
  version: number;
  stage: string;
  stageChangedAt: string;
  aliases: string[];
  trainingRunId: string;
  task: string;
  /** ModelTrained's test metrics as `test.<name>`. */
  metrics: Record<string, number>;
  gate: { status: 'pending' | 'passed' | 'failed'; evaluationId: string | null };
  registeredAt: string;
}

export interface ModelVersionDetail extends ModelVersionSummary {
  lineage: {
    trainingRunId: string;
    featureSetId: string;
    featureViewName: string;
    featureViewVersion: number;
    datasetName: string;
    datasetVersionId: string;
    datasetContentSha256: string;
    configHash: string;
    codeCommit: string;
  };
  training: {
    backend: string;
    frameworkVersion: string;
    epochs: number;
    parameterCount: number;
    seed: number;
    durationMs: number;
    completedAt: string;
    featureNames: string[];
    labelColumn: string;
    trainingMetrics: Record<string, number>;
    validationMetrics: Record<string, number>;
  };
  artifact: ModelVersionRow['artifact'];
  transform: ModelVersionRow['transform'];
  gateVerdict: GateVerdictView | null;
  approvals: PromotionDecisionView[];
  rejections: PromotionDecisionView[];
}

export function testMetricsOf(row: ModelVersionRow): Record<string, number> {
  return Object.fromEntries(
    Object.entries(row.testMetrics).map(([name, value]) => [`test.${name}`, value]),
  );
}

export function toSummary(
  row: ModelVersionRow,
  aliases: string[],
  verdict: GateVerdictRow | null,
): ModelVersionSummary {
  return {
    modelName: row.modelName,
    version: row.version,
    stage: row.stage,
    stageChangedAt: row.stageChangedAt.toISOString(),
    aliases,
    trainingRunId: row.trainingRunId,
    task: row.task,
    metrics: testMetricsOf(row),
    gate: {
      status: verdict === null ? 'pending' : verdict.passed ? 'passed' : 'failed',
      evaluationId: verdict?.evaluationId ?? null,
    },
    registeredAt: row.registeredAt.toISOString(),
  };
}

export function toGateVerdictView(verdict: GateVerdictRow): GateVerdictView {
  return {
    status: verdict.passed ? 'passed' : 'failed',
    evaluationId: verdict.evaluationId,
    policy: { name: verdict.policyName, version: verdict.policyVersion },
    failedChecks: verdict.checks.filter((check) => !check.passed).map((check) => check.checkName),
    checks: verdict.checks,
    metrics: verdict.metrics,
    report: verdict.report,
    baselineModelVersion: verdict.baselineModelVersion,
    evaluatedAt: verdict.evaluatedAt.toISOString(),
  };
}

export function toDecisionView(row: PromotionDecisionRow): PromotionDecisionView {
  return {
    approvalId: row.approvalId,
    decision: row.decision as PromotionDecisionView['decision'],
    targetAlias: row.targetAlias,
    strategy: row.strategy,
    decidedBy: row.decidedBy,
    comment: row.comment,
    overriddenEvaluationId: row.overriddenEvaluationId,
    decidedAt: row.decidedAt.toISOString(),
  };
}

export function toDetail(
  row: ModelVersionRow,
  aliases: string[],
  verdict: GateVerdictRow | null,
  decisions: PromotionDecisionRow[],
): ModelVersionDetail {
  const views = decisions.map(toDecisionView);
  return {
    ...toSummary(row, aliases, verdict),
    lineage: {
      trainingRunId: row.trainingRunId,
      featureSetId: row.featureSetId,
      featureViewName: row.featureViewName,
      featureViewVersion: row.featureViewVersion,
      datasetName: row.datasetName,
      datasetVersionId: row.datasetVersionId,
      datasetContentSha256: row.datasetContentSha256,
      configHash: row.configHash,
      codeCommit: row.codeCommit,
    },
    training: {
      backend: row.backend,
      frameworkVersion: row.frameworkVersion,
      epochs: row.epochs,
      parameterCount: row.parameterCount,
      seed: row.seed,
      durationMs: row.durationMs,
      completedAt: row.completedAt.toISOString(),
      featureNames: row.featureNames,
      labelColumn: row.labelColumn,
      trainingMetrics: row.trainingMetrics,
      validationMetrics: row.validationMetrics,
    },
    artifact: row.artifact,
    transform: row.transform,
    gateVerdict: verdict && toGateVerdictView(verdict),
    approvals: views.filter((view) => view.decision === 'approved'),
    rejections: views.filter((view) => view.decision === 'rejected'),
  };
}
