import type { AliasMoveView } from '../aliases/alias.reader';
import type { GateCheckColumn } from '../database/gate-verdict.row';
import type { ModelLineage } from '../lineage/lineage.reader';
import type { PromotionDecisionView } from '../model-versions/model-version.views';

export const MODEL_CARD_FORMAT = 'loopline.model-card/v1';

/** One slice's metrics, as the evaluation report holds them. */
export interface CardSlice {
  value: string;
  rows: number;
  metrics: Record<string, number>;
  judged: boolean;
}

/** Metrics of a model per value of one column (e.g. per origin airport). */
export interface CardSliceReport {
  checkName: string;
  slicedBy: string;
  slices: CardSlice[];
}

/**
 * A model version's card, generated from registry state on request: what it is for, what it
 * was made from, how it did, where it is weak, and who decided what about it.
 */
export interface ModelCard {
  format: typeof MODEL_CARD_FORMAT;
  modelName: string;
  version: number;
  stage: string;
  aliases: string[];
  generatedAt: string;
  intendedUse: {
    description: string;
    owners: string[];
    /** False when the model has no policy file (the card says so). */
    documented: boolean;
    approvalRequiredFor: string[];
  };
  task: string;
  lineage: ModelLineage;
  features: { names: string[]; label: string };
  training: {
    trainingRunId: string;
    backend: string;
    frameworkVersion: string;
    configHash: string;
    codeCommit: string;
    epochs: number;
    parameterCount: number;
    seed: number;
    durationMs: number;
    completedAt: string;
  };
  metrics: {
    /** ModelTrained's test-split metrics, as `test.<name>`. */
    test: Record<string, number>;
    validation: Record<string, number>;
    /** Every metric the gate evaluation computed; null before a verdict. */
    gate: Record<string, number> | null;
  };
  gate: {
    status: 'pending' | 'passed' | 'failed';
    evaluationId: string | null;
    policy: { name: string; version: number } | null;
    evaluatedAt: string | null;
    checks: GateCheckColumn[];
  };
  slices: {
    /** Why there are no slices, when there are none (no report, unreadable report, …). */
    note: string | null;
    reports: CardSliceReport[];
  };
  limitations: { documented: string[]; generated: string[] };
  decisions: PromotionDecisionView[];
  /** Moves of any alias to or off this version, oldest first. */
  aliasHistory: AliasMoveView[];
}
