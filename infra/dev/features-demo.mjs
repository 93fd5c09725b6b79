// The feature-store step of `npm run demo`: ingestion's DatasetVersionCreated events have reached
// the feature store over Kafka, which materializes each feature view reading that dataset. This
// script only watches over HTTP: it waits for each view's feature set, then prints its splits,
// row counts, time taken per stage, and an online lookup.
// usage: node infra/dev/features-demo.mjs   (the feature store must be running)
const FEATURE_STORE = process.env.FEATURE_STORE_URL ?? 'http://127.0.0.1:3002';
const INGESTION = process.env.INGESTION_URL ?? 'http://127.0.0.1:3001';
const VIEWS = [
  { view: 'flights-delay', dataset: 'flights' },
  { view: 'seattle-weather', dataset: 'seattle-weather' },
];
const TIMEOUT_MS = 10 * 60_000;

const count = (n) => n.toLocaleString('en-US');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function get(path, base = FEATURE_STORE) {
  const response = await fetch(`${base}${path}`);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** The id of the dataset's newest version, as ingestion (which just made it) knows it. */
async function newestDatasetVersion(dataset) {
  const [newest] = (await get(`/datasets/${dataset}/versions?limit=1`, INGESTION)).items;
  if (!newest)
    throw new Error(`ingestion has no version of ${dataset}: run the ingestion step first`);
  return newest;
}

/** The view's feature set over a dataset version, once completed or failed; progress lines meanwhile. */
async function settledFeatureSet(view, datasetVersionId) {
  const deadline = Date.now() + TIMEOUT_MS;
  let lastLine = '';
  while (Date.now() < deadline) {
    const query = `view=${view}&datasetVersionId=${datasetVersionId}&limit=1`;
    const [newest] = (await get(`/feature-sets?${query}`)).featureSets;
    if (newest?.status === 'completed' || newest?.status === 'failed') return newest;
    const line = newest
      ? `    ${view}: ${newest.status}${newest.stage ? `, ${newest.stage}` : ''} ${count(newest.rowsDone)}/${count(newest.rowsTotal ?? 0)} rows`
      : `    ${view}: waiting for its dataset version`;
    if (line !== lastLine) console.log(line);
    lastLine = line;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${view}: no feature set settled within ${TIMEOUT_MS / 60_000} minutes`);
}

for (const { view, dataset } of VIEWS) {
  const version = await newestDatasetVersion(dataset);
  const set = await settledFeatureSet(view, version.datasetVersionId);
  if (set.status === 'failed')
    throw new Error(`${view} v${set.viewVersion} failed: ${set.error.code}: ${set.error.message}`);
  const { result } = set;
  const splits = result.splits.map((split) => `${split.name} ${count(split.rowCount)}`).join(', ');
  const stages = Object.entries(result.timingsMs)
    .map(([stage, ms]) => `${stage} ${ms}`)
    .join(', ');
  console.log(
    `${view} v${set.viewVersion} over ${dataset} v${version.version}: ${count(result.rowCount)} rows -> ${splits}; ${result.featureNames.length} tensor columns; ` +
      `${seconds(set.elapsedMs)} (ms per stage: ${stages})`,
  );
  if (result.droppedRows > 0)
    console.log(`    ${count(result.droppedRows)} rows left out (no event time or label)`);
  if (result.onlineEntities > 0) {
    console.log(
      `    online values for ${count(result.onlineEntities)} entities, as of ${new Date(result.asOf).toISOString()}`,
    );
  }
}

const sea = await get('/online-features/flights-delay/SEA');
const shown = Object.entries(sea.values)
  .map(([name, value]) => `${name}=${value === null ? 'null' : Number(value.toFixed(4))}`)
  .join(', ');
console.log(`online lookup flights-delay/SEA: ${shown}`);
console.log(
  `browse: ${FEATURE_STORE}/feature-views, ${FEATURE_STORE}/feature-sets, ${FEATURE_STORE}/online-features/flights-delay/ATL`,
);
