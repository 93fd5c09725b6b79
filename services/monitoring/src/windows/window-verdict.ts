import type { DriftSeverity } from '@loopline/contracts';
import type { ColumnDrift, DriftComparison } from '@loopline/stats';
import type { DriftPolicy } from '../policies/monitoring-policy';
import { PREDICTION_COLUMN } from './output-reference';

/** What a closed window's comparison says, inputs and output apart. */
export interface WindowVerdict {
  inputs: ColumnDrift[];
  prediction: ColumnDrift | null;
  /** Share of watched inputs that drifted. */
  driftedShare: number;
  drifting: boolean;
  severity: DriftSeverity;
}

/**
 * A window drifts when at least the policy's share of its inputs drifted (dataset drift) or its
 * output did: either can mislead the model without the other. Severity: high when both hold or
 * twice the share drifted, medium for input drift alone, low for output drift alone.
 */
export function judgeWindow(comparison: DriftComparison, policy: DriftPolicy): WindowVerdict {
  const inputs = comparison.columns.filter((column) => column.column !== PREDICTION_COLUMN);
  const prediction =
    comparison.columns.find((column) => column.column === PREDICTION_COLUMN) ?? null;
  const drifted = inputs.filter((column) => column.verdict.drifted).length;
  const driftedShare = inputs.length === 0 ? 0 : drifted / inputs.length;
  const inputDrift = inputs.length > 0 && driftedShare >= policy.driftedShare;
  const outputDrift = prediction?.verdict.drifted ?? false;
  const severity: DriftSeverity =
    (inputDrift && outputDrift) || driftedShare >= Math.min(1, 2 * policy.driftedShare)
      ? 'high'
      : inputDrift
        ? 'medium'
        : 'low';
  return { inputs, prediction, driftedShare, drifting: inputDrift || outputDrift, severity };
}

/** e.g. "PSI of origin 0.31 > 0.12 and distance 0.2 > 0.1 (2 of 7 inputs); prediction stable". */
export function describeDrift(verdict: WindowVerdict): string {
  const drifted = verdict.inputs.filter((column) => column.verdict.drifted);
  const inputs =
    drifted.length === 0
      ? `no input drifted (of ${verdict.inputs.length})`
      : `PSI of ${drifted
          .slice(0, 4)
          .map(
            (column) =>
              `${column.column} ${round(column.verdict.statistic)} > ${round(column.verdict.threshold)}`,
          )
          .join(
            ', ',
          )}${drifted.length > 4 ? ', …' : ''} (${drifted.length} of ${verdict.inputs.length} inputs)`;
  const output =
    verdict.prediction === null
      ? 'prediction not watched'
      : verdict.prediction.verdict.drifted
        ? `prediction PSI ${round(verdict.prediction.verdict.statistic)} > ${round(verdict.prediction.verdict.threshold)}`
        : 'prediction stable';
  return `${inputs}; ${output}`;
}

function round(value: number): string {
  return value >= 0.01 ? value.toFixed(3) : value.toPrecision(2);
}
