// The monitoring step of `npm run demo`. Flights from June 2001, five months after the January
// data flights-delay v1 was trained on, go through the prediction API; monitoring counts them
// into windows and compares each with the training inputs. Their real delays then arrive late,
// as GroundTruthObserved events (second half first), and the realized performance of each window
// is measured against the version's test metrics. Last, an upstream export starts sending
// distances in kilometres: that is drift, and the retraining decision it leads to is shown.
// usage: node infra/dev/monitoring-demo.mjs   (services running, after deploy-demo.mjs)
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { call, get, poll } from './demo-http.mjs';

const require = createRequire(import.meta.url);
const { TabularSession, sqlString } = require('../../libs/tabular/dist/index.js');
const { OutsidePublisher } = require('../../libs/testing/dist/index.js');

const DEPLOYMENT = process.env.DEPLOYMENT_URL ?? 'http://127.0.0.1:3006';
const MONITORING = process.env.MONITORING_URL ?? 'http://127.0.0.1:3007';
const MODEL = 'flights-delay';
const DATA = new URL('../../node_modules/vega-datasets/data/', import.meta.url).pathname;
const ROWS = 40_000;
const PER_REQUEST = 50;
const CONCURRENCY = 8;

const fixed = (value, digits = 3) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** A seeded sample of June 2001 flights, as raw rows with their real delay. */
async function juneFlights() {
  const session = await TabularSession.open({ memoryLimitMb: 512 });
  try {
    const source = sqlString(`${DATA}flights-3m.parquet`);
    // The sample is drawn from June's rows (a sample clause on the scan would sample first).
    return await session.rows(
      `SELECT * FROM (
         SELECT date, delay, distance, origin, destination FROM read_parquet(${source})
          WHERE date >= TIMESTAMP '2001-06-01' AND date < TIMESTAMP '2001-07-01')
        USING SAMPLE reservoir(${ROWS} ROWS) REPEATABLE (11)`,
    );
  } finally {
    session.close();
  }
}

/** Sends every row through the prediction API; returns each prediction id with the row's delay. */
async function serve(rows, transform = (row) => row) {
  const outcomes = [];
  let next = 0;
  const started = performance.now();
  const loop = async () => {
    while (next < rows.length) {
      const batch = rows.slice(next, (next += PER_REQUEST));
      const instances = batch.map((row) => {
        const { distance, origin, destination } = transform(row);
        return { distance, origin, destination, date: new Date(row.date).toISOString() };
      });
      const { status, body } = await call('POST', `${DEPLOYMENT}/v1/models/${MODEL}/predict`, {
        principal: 'local-viewer',
        body: { instances },
      });
      if (status !== 200) throw new Error(`predict answered ${status}: ${JSON.stringify(body)}`);
      body.predictions.forEach((prediction, i) =>
        outcomes.push({ predictionId: prediction.predictionId, delay: batch[i].delay }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${outcomes.length} predictions in ${seconds.toFixed(1)} s (${PER_REQUEST} flights per request)`,
  );
  return outcomes;
}

/**
 * The closed windows that began at or after `since` (epoch ms of request time): the phase's own
 * traffic, not the rest of an earlier phase's window. Waits for at least one.
 */
async function windowsOfPhase(since) {
  return poll(
    'a window of this traffic to close',
    async () => {
      const { windows } = await get(
        `${MONITORING}/v1/models/${MODEL}/windows?limit=50`,
        'local-viewer',
      );
      const own = windows.filter(
        (window) => window.status === 'closed' && Date.parse(window.windowStart) >= since,
      );
      return own.length > 0 ? own : undefined;
    },
    { timeoutMs: 5 * 60_000 },
  );
}

function describeWindow(window) {
  const verdict = window.drifting === null ? 'not judged' : window.drifting ? 'DRIFTING' : 'stable';
  console.log(
    `  window ${window.windowId.slice(0, 8)} v${window.modelVersion} ${window.role}: ${window.predictionCount} predictions, ` +
      `${verdict}${window.driftedShare === null ? '' : `, drifted share ${fixed(window.driftedShare, 2)}`}`,
  );
  for (const column of window.columns)
    console.log(
      `    ${column.column.padEnd(22)} PSI ${fixed(column.psi, 4)} vs threshold ${fixed(column.threshold)} ` +
        `(noise ${fixed(column.noiseThreshold, 4)})${column.ks ? `, KS ${fixed(column.ks.statistic, 4)} p=${column.ks.pValue.toPrecision(2)}` : ''}` +
        `${column.chiSquare ? `, chi² p=${column.chiSquare.pValue.toPrecision(2)}` : ''} → ${column.drifted ? 'drifted' : 'ok'}`,
    );
}

/** Publishes the delays of `outcomes` as one labels file, the way a data platform reports them. */
async function reportDelays(publisher, outcomes, label) {
  const csv = ['prediction_id,delay', ...outcomes.map((o) => `${o.predictionId},${o.delay}`)].join(
    '\n',
  );
  const observationBatchId = randomUUID();
  const labels = await publisher.putObject(
    'loopline-demo-labels',
    `flights/${observationBatchId}.csv`,
    Buffer.from(csv),
    'text/csv',
  );
  const now = Date.now();
  await publisher.publish('GroundTruthObserved', {
    datasetName: 'flights',
    observationBatchId,
    labels,
    format: 'csv',
    joinKey: 'prediction_id',
    labelColumn: 'delay',
    rowCount: outcomes.length,
    modelName: MODEL,
    eventTimeStart: now,
    eventTimeEnd: now,
    observedAt: now,
  });
  console.log(
    `  ${label}: ${outcomes.length} delays published as GroundTruthObserved (${labels.uri})`,
  );
}

// 1. What monitoring compares flights-delay with.
const status = await poll('flights-delay to be watched', async () => {
  const { status: code, body } = await call('GET', `${MONITORING}/v1/models/${MODEL}`, {
    principal: 'local-viewer',
  });
  return code === 200 && body.champion?.watched ? body : undefined;
});
console.log(
  `${MODEL} v${status.champion.modelVersion} serves all traffic; its windows are compared with its training inputs ` +
    `(${status.champion.watched.inputs.join(', ')}) and its test-split scores (prediction: ${status.champion.watched.prediction})`,
);

// 2. June traffic.
const june = await juneFlights();
const since = Date.now();
console.log(`\nJune 2001 flights through the prediction API (the model saw January):`);
const served = await serve(june);
for (const window of await windowsOfPhase(since)) describeWindow(window);

// 3. Their delays arrive later, out of order.
const publisher = new OutsidePublisher();
try {
  const half = Math.floor(served.length / 2);
  await reportDelays(publisher, served.slice(half), 'later flights first');
  await reportDelays(publisher, served.slice(0, half), 'then the earlier ones');
  const performance = await poll(
    'the labels to be joined',
    async () => {
      const body = await get(`${MONITORING}/v1/models/${MODEL}/performance`, 'local-viewer');
      const joined = body.labels?.joined ?? 0;
      return joined >= served.length ? body : undefined;
    },
    { timeoutMs: 5 * 60_000 },
  );
  console.log(`  labels: ${JSON.stringify(performance.labels)}`);
  for (const version of performance.versions ?? [])
    for (const window of version.windows.filter((each) => each.labeledCount > 0))
      console.log(
        `  window ${window.windowId.slice(0, 8)} v${version.modelVersion}: ${window.labeledCount} labelled, ` +
          `realized ${Object.entries(window.metrics)
            .map(([name, value]) => `${name} ${fixed(value)}`)
            .join(', ')}; ` +
          `baseline ${performance.policy.metric} ${fixed(version.baseline)} → ${window.degraded ? 'DEGRADED' : window.verdict}`,
      );

  // 4. An export bug: distances in kilometres.
  console.log(`\nan upstream export starts sending distances in kilometres:`);
  const shiftedSince = Date.now();
  await serve(june, (row) => ({ ...row, distance: Math.round(row.distance * 1.609) }));
  for (const window of await windowsOfPhase(shiftedSince)) describeWindow(window);
  const { decisions } = await get(
    `${MONITORING}/v1/models/${MODEL}/retraining-decisions?limit=20`,
    'local-viewer',
  );
  const recent = decisions.filter((decision) => Date.parse(decision.decidedAt) >= shiftedSince);
  for (const decision of recent.slice(0, 2))
    console.log(
      `  retraining decision (${decision.trigger}): ${decision.outcome} — ${decision.reason}`,
    );
  if (recent.length === 0) console.log('  retraining decisions: none (no window drifted)');
} finally {
  await publisher.close();
}
console.log(
  `  browse: ${MONITORING}/v1/models/${MODEL}/windows (series for charts), .../performance, .../retraining`,
);
