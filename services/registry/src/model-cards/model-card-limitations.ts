import type { GateCheckColumn } from '../database/gate-verdict.row';
import type { PromotionDecisionView } from '../model-versions/model-version.views';
import type { CardSliceReport } from './model-card';

/** Metrics where higher is better; slices are only compared on these. */
const HIGHER_IS_BETTER = /(^|_)(auc|roc_auc|pr_auc|accuracy|precision|recall|f1|macro_f1|r2)$/;
/** How far below the median of its siblings a slice must be to be named. */
export const SLICE_GAP = 0.05;
const MAX_NAMED_SLICES = 5;

export interface LimitationFacts {
  backend: string;
  frameworkVersion: string;
  gateStatus: 'pending' | 'passed' | 'failed';
  checks: GateCheckColumn[];
  decisions: PromotionDecisionView[];
  sliceReports: CardSliceReport[];
}

/** Limitations the registry can state from what it knows, beyond those the owners wrote. */
export function generatedLimitations(facts: LimitationFacts): string[] {
  const found: string[] = [];
  if (facts.gateStatus === 'pending')
    found.push('Not evaluated yet: no gate verdict has reached the registry for this version.');
  for (const check of facts.checks.filter((each) => !each.passed))
    found.push(`Failed gate check ${check.checkName} (${check.metric}): ${check.message}.`);
  for (const decision of facts.decisions.filter((each) => each.overriddenEvaluationId !== null))
    found.push(
      `Promoted to ${decision.targetAlias} over the failed gate evaluation ${decision.overriddenEvaluationId} by ${decision.decidedBy} on ${decision.decidedAt}: ${decision.comment ?? 'no reason given'}.`,
    );
  for (const report of facts.sliceReports) found.push(...weakSlices(report));
  found.push(
    `Trained and evaluated on the TensorFlow.js ${facts.backend} backend (${facts.frameworkVersion}); scores from another backend may differ in the last digits.`,
  );
  return found;
}

/** Slices at least SLICE_GAP below the median of the judged slices of their report. */
function weakSlices(report: CardSliceReport): string[] {
  const judged = report.slices.filter((slice) => slice.judged);
  const metrics = new Set(judged.flatMap((slice) => Object.keys(slice.metrics)));
  const found: string[] = [];
  for (const metric of [...metrics].filter((name) => HIGHER_IS_BETTER.test(name)).sort()) {
    const scored = judged.filter((slice) => Number.isFinite(slice.metrics[metric]));
    if (scored.length < 3) continue; // too few to call any of them below the others
    const median = medianOf(scored.map((slice) => slice.metrics[metric]));
    const weak = scored
      .filter((slice) => slice.metrics[metric] <= median - SLICE_GAP)
      .sort((a, b) => a.metrics[metric] - b.metrics[metric]);
    if (weak.length === 0) continue;
    const named = weak
      .slice(0, MAX_NAMED_SLICES)
      .map((slice) => `${slice.value} ${round(slice.metrics[metric])} (${slice.rows} rows)`);
    const more =
      weak.length > MAX_NAMED_SLICES ? ` and ${weak.length - MAX_NAMED_SLICES} more` : '';
    found.push(
      `Weaker on some ${report.slicedBy} slices: ${metric} ${named.join(', ')}${more}, against a median of ${round(median)} over ${scored.length} slices.`,
    );
  }
  return found;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Four significant decimals, as the card prints every metric. */
export function round(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10_000) / 10_000) : String(value);
}
