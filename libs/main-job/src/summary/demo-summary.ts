import type { ClosedLoop } from '../events/loop-tracker';
import type { KillRecord } from '../kill/kill-round';
import type { AuditLedgerResult } from '../proof/audit-ledger';
import type { PredictionLedgerResult } from '../proof/prediction-ledger';

export const DEMO_SUMMARY_FORMAT = 'loopline.demo-summary/v1';
export const LOOP_TARGET_SECONDS = 60;

export interface DemoSummary {
  format: typeof DEMO_SUMMARY_FORMAT;
  generatedAt: string;
  mode: 'normal' | 'kill';
  /** The replay's accelerated clock. */
  replay: {
    months: number[];
    sampleEvery: number;
    replayedDays: number;
    wallSeconds: number;
    /** Replayed time over wall time. */
    acceleration: number;
  };
  datasets: {
    name: string;
    versions: { version: number; rows: number; from: string; to: string }[];
    rejectedBatches: { reason: string; errors: string[] }[];
  }[];
  models: {
    name: string;
    versions: {
      version: number | null;
      trainingRunId: string;
      trigger: string;
      featureSetId: string;
      gate: { passed: boolean; againstChampion: number | null; failedChecks: string[] } | null;
      metrics: Record<string, number>;
    }[];
  }[];
  rollouts: {
    model: string;
    rolloutId: string;
    version: number | null;
    strategy: string;
    trigger: 'approval' | 'gate pass';
    outcome: 'completed' | 'rolled_back' | 'unfinished';
    steps: { trafficPercent: number; healthy: boolean; metrics: Record<string, number> }[];
    seconds: number | null;
    detail: string | null;
  }[];
  monitoring: {
    windows: Record<string, number>;
    drift: {
      model: string;
      version: number | null;
      windowId: string;
      detectedAt: string;
      sampleSize: number;
      driftedShare: number;
      severity: string;
      drifted: { feature: string; test: string; statistic: number; threshold: number }[];
    }[];
    performance: {
      model: string;
      version: number | null;
      windowId: string;
      detectedAt: string;
      metric: string;
      observed: number;
      baseline: number;
      threshold: number;
      labels: number;
    }[];
    labels: Record<string, { batches: number; rows: number }>;
  };
  retraining: {
    model: string;
    decidedAt: string;
    trigger: string;
    outcome: string;
    reason: string;
    trainingRequestId: string | null;
  }[];
  predictions: Record<
    string,
    {
      served: number;
      failed: number;
      requests: number;
      failedRequests: number;
      servedBy: Record<string, number>;
    }
  >;
  audit: AuditLedgerResult;
  loop:
    | (ClosedLoop & { closed: true; targetSeconds: number; met: boolean })
    | { closed: false; targetSeconds: number };
  /** First detection that led to a retrain → the retrained version on 100% of traffic. */
  loop_seconds: number | null;
  reliability: {
    kills: KillRecord[];
    predictionLog: PredictionLedgerResult;
    effectsDoneTwice: string[];
    auditIntact: boolean;
    loopClosed: boolean;
    /** Nothing lost, nothing done twice, the chain intact and the loop closed. */
    passed: boolean;
  };
}

/** The verdict the kill mode (and the tests) hold the run to. */
export function reliabilityPassed(
  predictionLog: PredictionLedgerResult,
  audit: AuditLedgerResult,
  effectsDoneTwice: string[],
  loopClosed: boolean,
): boolean {
  return (
    predictionLog.missing === 0 &&
    predictionLog.duplicated === 0 &&
    predictionLog.conflictingBatches === 0 &&
    audit.missing === 0 &&
    audit.duplicated === 0 &&
    audit.chainIntact &&
    effectsDoneTwice.length === 0 &&
    loopClosed
  );
}
