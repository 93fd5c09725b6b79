// The ingestion step of `npm run demo`: real data through the ingestion service's HTTP API, as a
// data platform would send it. Flights arrive month by month (January now; February to June are
// held back for the later stages, which replay them as live traffic), seattle-weather whole, and
// a corrupted copy of February shows what a rejected batch looks like.
// usage: node infra/dev/ingest-demo.mjs [workDir]   (the ingestion service must be running)
// Uploads as local-operator (token from infra/auth.sh).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { authorizationFor } from './local-auth.mjs';

const require = createRequire(import.meta.url);
const { TabularSession, sqlString } = require('../../libs/tabular/dist/index.js');

const INGESTION = process.env.INGESTION_URL ?? 'http://127.0.0.1:3001';
const DATA = new URL('../../node_modules/vega-datasets/data/', import.meta.url).pathname;
const workDir = process.argv[2] ?? join(new URL('../../.local/demo', import.meta.url).pathname);
mkdirSync(workDir, { recursive: true });

const count = (n) => n.toLocaleString('en-US');
const authorization = authorizationFor('local-operator');

async function upload(dataset, path, format, label) {
  const started = performance.now();
  const response = await fetch(
    `${INGESTION}/datasets/${dataset}/batches?format=${format}&wait=300`,
    {
      method: 'POST',
      headers: { authorization },
      body: readFileSync(path),
    },
  );
  const body = await response.json();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (body.status === 'versioned') {
    const again =
      response.status === 200 ? ' (same bytes as before: answered from the first time)' : '';
    console.log(
      `${label}: ${dataset} version ${body.version}, ${count(body.rowCount)} rows in the batch, ${seconds} s${again}`,
    );
    for (const warning of body.violations) {
      console.log(`    warning ${warning.rule} ${warning.column ?? ''}: ${warning.observed}`);
    }
  } else if (body.status === 'rejected') {
    console.log(
      `${label}: ${dataset} batch REJECTED (${body.reason}) in ${seconds} s; violations:`,
    );
    for (const v of body.violations) {
      const rows = v.sampleRows.length > 0 ? `, e.g. rows ${v.sampleRows.join(', ')}` : '';
      console.log(
        `    ${v.severity.padEnd(7)} ${v.rule.padEnd(20)} ${String(v.column ?? '-').padEnd(12)} observed ${v.observed}; expected ${v.expected}${rows}`,
      );
    }
  } else {
    throw new Error(`${label}: unexpected answer ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}

/** January and February 2001 cut from flights-3m, and February corrupted the way exports break. */
async function prepareFlights() {
  const session = await TabularSession.open({ memoryLimitMb: 512 });
  try {
    const source = sqlString(join(DATA, 'flights-3m.parquet'));
    await session.run(`CREATE TABLE flights AS SELECT * FROM read_parquet(${source})`);
    const month = (from, to) =>
      `SELECT * FROM flights WHERE date >= TIMESTAMP '${from}' AND date < TIMESTAMP '${to}' ORDER BY rowid`;
    const january = join(workDir, 'flights-2001-01.parquet');
    const corrupted = join(workDir, 'flights-2001-02-corrupted.parquet');
    await session.run(
      `COPY (${month('2001-01-01', '2001-02-01')}) TO ${sqlString(january)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    // Every 500th delay in seconds instead of minutes, every 1000th origin lower-cased, and
    // every 2000th date lost: the kinds of damage a broken export does.
    await session.run(
      `COPY (SELECT CASE WHEN n % 2000 = 0 THEN NULL ELSE date END AS date,
                    CASE WHEN n % 500 = 0 THEN delay * 60 ELSE delay END AS delay,
                    distance,
                    CASE WHEN n % 1000 = 0 THEN lower(origin) ELSE origin END AS origin,
                    destination
               FROM (SELECT *, row_number() OVER () AS n FROM (${month('2001-02-01', '2001-03-01')})))
         TO ${sqlString(corrupted)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    return { january, corrupted };
  } finally {
    session.close();
  }
}

const { january, corrupted } = await prepareFlights();
await upload('flights', january, 'parquet', 'flights January 2001');
console.log(
  'flights February to June 2001: held back; the later stages replay them as live traffic',
);
await upload(
  'seattle-weather',
  join(DATA, 'seattle-weather.csv'),
  'csv',
  'seattle-weather 2012-2015',
);
await upload('flights', corrupted, 'parquet', 'corrupted copy of flights February 2001');

const datasets = await (await fetch(`${INGESTION}/datasets`)).json();
console.log('\ndatasets now:');
for (const d of datasets.items) {
  console.log(
    `    ${d.dataset.padEnd(16)} version ${d.latestVersion}, ${count(d.rowCount)} rows, contract v${d.contractVersion}`,
  );
}
console.log(`browse: ${INGESTION}/datasets/flights/versions/1 (manifest), .../profile, .../rows`);
