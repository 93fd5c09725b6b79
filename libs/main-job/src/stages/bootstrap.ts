import type { Json } from '../http/service-client';
import { count, fixed, type Progress } from '../progress';
import type { FlightsData } from '../data/flights';
import { SEATTLE_CSV } from '../data/seattle';
import type { PipelineSteps } from './pipeline-steps';

export const FLIGHTS_MODEL = 'flights-delay';
export const SEATTLE_MODEL = 'seattle-weather';

/** What the first pass through the pipeline produced for one model. */
export interface FirstVersion {
  modelName: string;
  featureSet: Json;
  run: Json;
  evaluation: Json;
  version: Json;
  rollout: Json;
}

const SHOWN: Record<string, string[]> = {
  [FLIGHTS_MODEL]: ['roc_auc', 'pr_auc', 'accuracy'],
  [SEATTLE_MODEL]: ['accuracy', 'f1', 'roc_auc'],
};

/**
 * Ingest January and seattle-weather (and see a broken export rejected), materialize, train,
 * gate, register, approve and deploy both models to production: the state the live traffic
 * then meets. flights-delay is trained on request (its retraining is monitoring's decision);
 * seattle-weather trains on its new data by itself.
 */
export async function bootstrap(
  steps: PipelineSteps,
  progress: Progress,
  flights: FlightsData,
): Promise<Record<string, FirstVersion>> {
  const january = await steps.upload('flights', flights.january.file, 'parquet');
  progress.line(
    'ingest',
    `flights January 2001: version ${january.version}, ${count(january.rowCount)} rows`,
  );
  const seattle = await steps.upload('seattle-weather', SEATTLE_CSV, 'csv');
  progress.line(
    'ingest',
    `seattle-weather 2012-2015: version ${seattle.version}, ${count(seattle.rowCount)} rows`,
  );
  const broken = await steps.upload('flights', flights.corruptedFebruary, 'parquet');
  progress.line(
    'ingest',
    `a broken February export: ${broken.status} (${broken.violations
      .filter((v: Json) => v.severity === 'error')
      .map((v: Json) => `${v.rule} ${v.column}`)
      .join(', ')})`,
  );

  const models = [
    { modelName: FLIGHTS_MODEL, datasetVersionId: january.datasetVersionId, onRequest: true },
    { modelName: SEATTLE_MODEL, datasetVersionId: seattle.datasetVersionId, onRequest: false },
  ];
  const first: Record<string, FirstVersion> = {};
  await Promise.all(
    models.map(async ({ modelName, datasetVersionId, onRequest }) => {
      const featureSet = await steps.featureSet(modelName, datasetVersionId);
      progress.line(
        'features',
        `${modelName}: feature set ${featureSet.id.slice(0, 8)}, ${count(featureSet.result.rowCount)} rows`,
      );
      if (onRequest) await steps.requestTraining(modelName, 'first version of the model');
      const run = await steps.run(modelName, featureSet.id);
      const metrics = SHOWN[modelName]
        .map((name) => `${name} ${fixed(run.metrics[`test_${name}`])}`)
        .join(', ');
      progress.line(
        'training',
        `${modelName}: run ${run.id.slice(0, 8)} in ${fixed(run.durationMs / 1000, 1)} s, test ${metrics}`,
      );
      const evaluation = await steps.evaluation(run.id);
      const version = await steps.version(modelName, run.id);
      const failed = evaluation.checks
        .filter((check: Json) => !check.passed)
        .map((check: Json) => check.checkName);
      progress.line(
        'gate',
        `${modelName} v${version.version}: ${evaluation.passed ? 'passed' : `FAILED (${[...new Set(failed)].join(', ')})`}`,
      );
      const decision = await steps.approve(
        modelName,
        version,
        'first version of the model, no model serves today: the weak slices are named in the model card and watched by monitoring',
      );
      progress.line(
        'approval',
        `${modelName} v${version.version} approved for production${evaluation.passed ? '' : ', overriding the failed gate with a reason'} (${decision.approvalId.slice(0, 8)})`,
      );
      const rollout = await steps.rollout(modelName, run.id);
      if (rollout.state !== 'completed')
        throw new Error(
          `the first ${modelName} rollout ended ${rollout.state}: ${JSON.stringify(rollout.lastJudgement)}`,
        );
      progress.line(
        'deploy',
        `${modelName} v${version.version} serves production (${rollout.strategy})`,
      );
      first[modelName] = { modelName, featureSet, run, evaluation, version, rollout };
    }),
  );
  return first;
}
