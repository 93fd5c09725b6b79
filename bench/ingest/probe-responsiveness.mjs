// Does the ingestion service keep answering while it ingests 3M rows? Polls GET /health every
// 20 ms during one upload of flights-3m.parquet and prints the slowest answer.
// usage: node bench/ingest/probe-responsiveness.mjs [serviceUrl]   (the service must be running)
// Registers and uploads as local-operator (token from infra/auth.sh).
import { readFileSync } from 'node:fs';
import { authorizationFor } from '../../infra/dev/local-auth.mjs';

const SERVICE = process.argv[2] ?? 'http://127.0.0.1:3001';
const root = new URL('../../', import.meta.url);
const dataset = `probe-flights-${Date.now()}`;
const authorization = authorizationFor('local-operator');
const contract = JSON.parse(
  readFileSync(new URL('services/ingestion/data-contracts/flights/v1.json', root), 'utf8'),
);
const registered = await fetch(`${SERVICE}/data-contracts`, {
  method: 'POST',
  headers: { authorization, 'content-type': 'application/json' },
  body: JSON.stringify({ ...contract, dataset }),
});
if (!registered.ok)
  throw new Error(`POST /data-contracts answered ${registered.status}: ${await registered.text()}`);

let slowest = 0;
let probes = 0;
let done = false;
const probing = (async () => {
  while (!done) {
    const started = performance.now();
    await fetch(`${SERVICE}/health`);
    slowest = Math.max(slowest, performance.now() - started);
    probes++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})();
const started = performance.now();
const response = await fetch(`${SERVICE}/datasets/${dataset}/batches?format=parquet&wait=300`, {
  method: 'POST',
  headers: { authorization },
  body: readFileSync(new URL('node_modules/vega-datasets/data/flights-3m.parquet', root)),
});
const body = await response.json();
done = true;
await probing;
console.log(
  `${response.status} ${body.status}: ${body.rowCount} rows in ${Math.round(performance.now() - started)} ms; ` +
    `GET /health answered ${probes} times, slowest ${Math.round(slowest)} ms`,
);
