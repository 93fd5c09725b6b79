// The deployment step of `npm run demo`. The approval of the first flights-delay version (previous
// step) reached deployment as PromotionApproved: this script shows that rollout (blue-green, the
// first deployment) completing and production moving, serves real flights through the prediction
// API, then trains a second version, has an approver approve it, and shows its canary rollout step
// by step under live traffic until production moves again, and times an operator's rollback.
// usage: node infra/dev/deploy-demo.mjs   (the services must be running, after gates-demo.mjs)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { call, get, poll } from './demo-http.mjs';

const TRAINING = process.env.TRAINING_URL ?? 'http://127.0.0.1:3003';
const EVALUATION = process.env.EVALUATION_URL ?? 'http://127.0.0.1:3004';
const REGISTRY = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3005';
const DEPLOYMENT = process.env.DEPLOYMENT_URL ?? 'http://127.0.0.1:3006';
const MODEL = 'flights-delay';
const FLIGHTS = join(import.meta.dirname, '../../node_modules/vega-datasets/data/flights-2k.json');
const CONCURRENCY = 16;

const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
const pct = (value) => (value === undefined ? '—' : `${(100 * value).toFixed(1)}%`);

/** Flights as a caller sends them: the model's raw inputs, the date as ISO-8601 (UTC). */
async function flights(inputs) {
  const rows = JSON.parse(await readFile(FLIGHTS, 'utf8'));
  return rows.map((row) => {
    const instance = {};
    for (const { name } of inputs)
      instance[name] =
        name === 'date' ? `${row.date.replaceAll('/', '-').replace(' ', 'T')}:00Z` : row[name];
    return instance;
  });
}

/** Single-instance predictions from `CONCURRENCY` loops until `stop()`; latencies and outcomes. */
function startTraffic(instances) {
  const latencies = [];
  const statuses = new Map();
  const servedBy = new Map();
  let stopped = false;
  const loop = async (offset) => {
    for (let i = offset; !stopped; i += CONCURRENCY) {
      const started = performance.now();
      const { status, body } = await call('POST', `${DEPLOYMENT}/v1/models/${MODEL}/predict`, {
        principal: 'local-viewer',
        body: { instances: [instances[i % instances.length]] },
      });
      latencies.push(performance.now() - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 200) {
        const key = `v${body.modelVersion} (${body.servedBy})`;
        servedBy.set(key, (servedBy.get(key) ?? 0) + 1);
      }
    }
  };
  const started = performance.now();
  const loops = Array.from({ length: CONCURRENCY }, (_, i) => loop(i));
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      latencies.sort((a, b) => a - b);
      const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
      return {
        requests: latencies.length,
        perSecond: latencies.length / ((performance.now() - started) / 1000),
        p50: at(0.5),
        p99: at(0.99),
        statuses: Object.fromEntries(statuses),
        servedBy: Object.fromEntries(servedBy),
      };
    },
  };
}

function describeTraffic(label, result) {
  console.log(
    `  ${label}: ${result.requests} requests at ${Math.round(result.perSecond)}/s from ${CONCURRENCY} connections, ` +
      `p50 ${ms(result.p50)}, p99 ${ms(result.p99)} (client side), statuses ${JSON.stringify(result.statuses)}, ` +
      `answered by ${JSON.stringify(result.servedBy)}`,
  );
}

/** The newest rollout of the model, once it ended. */
async function finishedRollout(what, where = () => true) {
  return poll(what, async () => {
    const { rollouts } = await get(`${DEPLOYMENT}/v1/rollouts?modelName=${MODEL}`, 'local-viewer');
    const rollout = rollouts.find(where);
    return rollout && rollout.state !== 'warming' && rollout.state !== 'in_progress'
      ? rollout
      : undefined;
  });
}

async function production() {
  const { aliases } = await get(`${REGISTRY}/models/${MODEL}/aliases`);
  return aliases.production;
}

function describeStep(step, total) {
  const m = step.observedMetrics;
  if (m.warmup_requests !== undefined) {
    console.log(
      `    warm-up: ${m.warmup_requests} replayed requests, ${m.warmup_errors} errors, p99 ${ms(m.warmup_p99_latency_ms)} — ${step.healthy ? 'switched' : 'NOT switched'}`,
    );
    return;
  }
  console.log(
    `    step ${step.stepIndex + 1}/${total} at ${step.trafficPercent}%: ${step.healthy ? 'healthy' : 'BREACHED'} — ` +
      `candidate ${m.candidate_requests ?? 0} req (errors ${pct(m.candidate_error_rate)}, p95 ${ms(m.candidate_p95_latency_ms)}), ` +
      `stable ${m.stable_requests ?? 0} req (errors ${pct(m.stable_error_rate)}, p95 ${ms(m.stable_p95_latency_ms)})` +
      (m.prediction_psi === undefined ? '' : `, prediction PSI ${m.prediction_psi.toFixed(3)}`),
  );
}

// 1. The first version's rollout, started by the approval in the previous step.
const first = await finishedRollout('the first flights-delay rollout');
console.log(
  `${MODEL} v${first.candidate.modelVersion}: rollout ${first.rolloutId} (${first.strategy}) ${first.state}`,
);
for (const step of first.completedSteps) describeStep(step, first.steps.length);
if (first.state !== 'completed') throw new Error(`the first rollout ended ${first.state}`);
const firstVersion = await poll('production to move', async () =>
  (await production()) === first.candidate.modelVersion ? first.candidate.modelVersion : undefined,
);
console.log(`  registry: production → v${firstVersion} (moved by RolloutCompleted)`);

// 2. Real flights through the prediction API.
const endpoint = await get(`${DEPLOYMENT}/v1/models/${MODEL}`, 'local-viewer');
const instances = await flights(endpoint.signature.inputs);
console.log(
  `  serves: inputs ${endpoint.signature.inputs.map((input) => `${input.name} (${input.type})`).join(', ')}; ` +
    `online ${endpoint.signature.onlineInputs.join(', ')} joined from the feature store's topic`,
);
const sample = await call('POST', `${DEPLOYMENT}/v1/models/${MODEL}/predict`, {
  principal: 'local-viewer',
  body: { instances: instances.slice(0, 3) },
});
for (const [i, prediction] of sample.body.predictions.entries()) {
  const flight = instances[i];
  console.log(
    `    ${flight.origin}→${flight.destination} ${flight.date}: P(delay > 15 min) = ${prediction.probabilities['1'].toFixed(3)}`,
  );
}
const warm = startTraffic(instances);
await new Promise((resolve) => setTimeout(resolve, 5000));
describeTraffic('5 s of traffic', await warm.stop());

// 3. A second version, rolled out by canary while traffic flows.
const flightsRuns = async () => {
  const filter = encodeURIComponent(`attributes.model_name = '${MODEL}'`);
  const url = `${TRAINING}/runs?filter=${filter}&orderBy=attributes.created_at%20DESC&limit=20`;
  return (await get(url, 'local-viewer')).runs;
};
const knownRuns = new Set((await flightsRuns()).map((run) => run.id));
const requested = await call('POST', `${TRAINING}/training-requests`, {
  principal: 'local-operator',
  body: { modelName: MODEL, reason: 'demo: a second version to roll out by canary' },
});
if (requested.status !== 202) throw new Error(JSON.stringify(requested.body));
console.log(`\ntraining a second ${MODEL} version (request ${requested.body.requestId})…`);
const secondRun = await poll('the second training run', async () => {
  const run = (await flightsRuns()).find((each) => !knownRuns.has(each.id));
  if (run?.status === 'failed') throw new Error(`training run ${run.id} failed`);
  return run?.status === 'succeeded' ? run : undefined;
});
const evaluation = await poll('its gate verdict', async () => {
  const { evaluations } = await get(`${EVALUATION}/evaluations?trainingRunId=${secondRun.id}`);
  return evaluations[0];
});
const second = await poll('its registry version', async () => {
  const { versions } = await get(`${REGISTRY}/models/${MODEL}/versions`);
  const found = versions.find((version) => version.trainingRunId === secondRun.id);
  return found?.gate.status === 'pending' ? undefined : found;
});
console.log(
  `  v${second.version}: gate ${
    evaluation.passed
      ? 'passed'
      : `failed (${evaluation.checks
          .filter((c) => !c.passed)
          .map((c) => c.checkName)
          .join(', ')})`
  }`,
);
const traffic = startTraffic(instances);
const approval = await call(
  'POST',
  `${REGISTRY}/models/${MODEL}/versions/${second.version}/approvals`,
  {
    principal: 'local-approver',
    body: {
      targetAlias: 'production',
      strategy: 'canary',
      ...(evaluation.passed
        ? { comment: 'demo: second version' }
        : {
            overrideFailedGate: true,
            comment:
              'demo: same recipe as the version in production, which shipped on the same override',
          }),
    },
  },
);
if (approval.status !== 201) throw new Error(JSON.stringify(approval.body));
console.log(
  `  local-approver approved v${second.version} for production: canary under live traffic`,
);
const canary = await finishedRollout(
  'the canary rollout',
  (rollout) => rollout.candidate.trainingRunId === secondRun.id,
);
describeTraffic('traffic during the canary', await traffic.stop());
console.log(`  rollout ${canary.rolloutId} (${canary.strategy}) ${canary.state}`);
for (const step of canary.completedSteps) describeStep(step, canary.steps.length);
if (canary.state === 'completed') {
  await poll('production to move', async () => (await production()) === second.version);
  console.log(
    `  registry: production → v${second.version}; v${firstVersion} stays loaded for an instant rollback`,
  );
} else {
  console.log(`  ${canary.lastJudgement?.detail ?? ''}: production stays on v${firstVersion}`);
}

// 4. A rollback an operator asks for, timed from the request to the previous version answering.
if (canary.state === 'completed') {
  const during = startTraffic(instances);
  const asked = performance.now();
  const rollback = await call('POST', `${DEPLOYMENT}/v1/models/${MODEL}/rollback`, {
    principal: 'local-operator',
    body: { reason: 'demo: rehearse a rollback to the previous version' },
  });
  if (rollback.status !== 202) throw new Error(JSON.stringify(rollback.body));
  await poll(
    `v${firstVersion} to answer again`,
    async () => {
      const { status, body } = await call('POST', `${DEPLOYMENT}/v1/models/${MODEL}/predict`, {
        principal: 'local-viewer',
        body: { instances: [instances[0]] },
      });
      return status === 200 && body.modelVersion === firstVersion;
    },
    { timeoutMs: 30_000, intervalMs: 5 },
  );
  const elapsed = performance.now() - asked;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await during.stop();
  console.log(
    `\nrollback requested by local-operator: v${firstVersion} answering ${Math.round(elapsed)} ms after the request`,
  );
  describeTraffic('traffic around the rollback', result);
  await poll('production to move back', async () => (await production()) === firstVersion);
  console.log(`  registry: production → v${firstVersion} (moved by RolloutRolledBack)`);
}
console.log(`  API description: ${DEPLOYMENT}/openapi.json   metrics: ${DEPLOYMENT}/metrics`);
