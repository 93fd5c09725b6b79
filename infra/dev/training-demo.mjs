// The training step of `npm run demo`: the feature store's FeatureSetMaterialized events have
// reached training over Kafka, which trains every model with auto-train on from its new feature
// set. This script only watches over HTTP: it waits for each model's run on the newest feature
// set, following its epochs, then prints its test metrics, throughput and lineage.
// usage: node infra/dev/training-demo.mjs   (ingestion, feature store and training must be running)
const TRAINING = process.env.TRAINING_URL ?? 'http://127.0.0.1:3003';
const FEATURE_STORE = process.env.FEATURE_STORE_URL ?? 'http://127.0.0.1:3002';
const INGESTION = process.env.INGESTION_URL ?? 'http://127.0.0.1:3001';
const MODELS = [
  { model: 'flights-delay', view: 'flights-delay', dataset: 'flights' },
  { model: 'seattle-weather', view: 'seattle-weather', dataset: 'seattle-weather' },
];
const TIMEOUT_MS = 15 * 60_000;
const SHOWN_METRICS = {
  binary_classification: ['roc_auc', 'pr_auc', 'accuracy', 'f1', 'log_loss'],
  multiclass_classification: ['accuracy', 'f1', 'roc_auc', 'log_loss'],
  regression: ['rmse', 'mae', 'r2'],
};

const count = (n) => Math.round(n).toLocaleString('en-US');

async function get(base, path) {
  const response = await fetch(`${base}${path}`);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`GET ${base}${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** The feature set of a view over its dataset's newest version, as the feature store made it. */
async function newestFeatureSet(view, dataset) {
  const [version] = (await get(INGESTION, `/datasets/${dataset}/versions?limit=1`)).items;
  const query = `view=${view}&datasetVersionId=${version.datasetVersionId}&status=completed&limit=1`;
  const [set] = (await get(FEATURE_STORE, `/feature-sets?${query}`)).featureSets;
  if (!set) throw new Error(`no completed ${view} feature set: run the feature store step first`);
  return set;
}

/** The model's run on that feature set once it ended; its epochs as they complete meanwhile. */
async function settledRun(model, featureSetId) {
  const filter = `attributes.model_name = '${model}' and attributes.feature_set_id = '${featureSetId}'`;
  const deadline = Date.now() + TIMEOUT_MS;
  let shownEpochs = 0;
  while (Date.now() < deadline) {
    const [run] = (
      await get(
        TRAINING,
        `/runs?filter=${encodeURIComponent(filter)}&orderBy=attributes.created_at%20DESC&limit=1`,
      )
    ).runs;
    if (run) {
      // A run logs its first points when its first epoch ends; until then there is no history.
      const history = async (key) => {
        const response = await fetch(`${TRAINING}/runs/${run.id}/metrics/${key}/history`);
        return response.status === 404 ? [] : (await response.json()).points;
      };
      const [losses, validationLosses] = await Promise.all([history('loss'), history('val_loss')]);
      for (const point of losses.slice(shownEpochs)) {
        const validation = validationLosses.find((candidate) => candidate.step === point.step);
        console.log(
          `    ${model} epoch ${point.step}: loss ${point.value.toFixed(4)}` +
            (validation ? `, val_loss ${validation.value.toFixed(4)}` : ''),
        );
      }
      shownEpochs = losses.length;
      if (run.status === 'succeeded' || run.status === 'failed') return run;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${model}: no run on feature set ${featureSetId} ended within 15 minutes`);
}

for (const { model, view, dataset } of MODELS) {
  const featureSet = await newestFeatureSet(view, dataset);
  const run = await settledRun(model, featureSet.id);
  if (run.status === 'failed')
    throw new Error(`${model} run ${run.id} failed: ${run.error.code}: ${run.error.message}`);
  const task = (await get(TRAINING, `/runs/${run.id}`)).config.task;
  const test = SHOWN_METRICS[task]
    .map((name) => `${name} ${run.metrics[`test_${name}`]?.toFixed(4)}`)
    .join(', ');
  console.log(
    `${model}: trained on feature set ${featureSet.id} (${view} v${featureSet.viewVersion}) in ${(run.durationMs / 1000).toFixed(1)} s ` +
      `on ${run.backend}, ${count(run.samplesPerSecond)} samples/s; test ${test}`,
  );
  console.log(
    `    run ${run.id}, config ${run.configHash.slice(0, 12)}, code ${String(run.lineage.codeCommit).slice(0, 12)}, seed ${run.lineage.seed}`,
  );
}
console.log(
  `browse: ${TRAINING}/runs, ${TRAINING}/runs?orderBy=metrics.test_roc_auc%20DESC, ${TRAINING}/training-configs`,
);
