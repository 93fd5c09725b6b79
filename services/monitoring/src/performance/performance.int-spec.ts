import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ArtifactRef, DataFormat } from '@loopline/contracts';
import { rocAuc } from '@loopline/model-metrics';
import {
  dropSchema,
  ServiceWorld,
  TEST_PRINCIPALS,
  uniqueIdentifier,
  waitFor,
} from '@loopline/testing';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { PredictionOutcomes } from './prediction-outcomes';
import {
  csvOf,
  jsonArrayOf,
  type LabelCell,
  ndjsonOf,
  parquetOf,
} from './test-support/label-files';
import { flightsTransformSpec, seeded, shuffled } from './test-support/performance-fixtures';
import { startPerformanceService, TEST_BUCKET } from './test-support/performance-test-service';
import { recordingTriggers, testCatalog, testPolicies } from './test-support/test-monitoring-core';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const DAY_MS = 86_400_000;
const JAN_1_2001 = Date.UTC(2001, 0, 1);

interface Prediction {
  id: string;
  at: number;
  /** Float32, as the prediction log stores it. */
  score: number;
  /** The outcome in minutes, for raw-outcome label files. */
  delay: number;
}

interface BatchRow {
  status: string;
  row_count: string | null;
  joined_count: string | null;
  pending_count: string | null;
  rejected_count: string | null;
  duplicate_count: string | null;
  rejections: { row: number; reason: string }[];
  error: string | null;
}

const world = new ServiceWorld('it-performance');
const schema = uniqueIdentifier('it_performance');
let app: INestApplication;
let dataSource: DataSource;
let baseUrl: string;

before(async () => {
  app = await startPerformanceService(world, schema);
  dataSource = app.get(DataSource);
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  await world.start([], ['PerformanceDegraded']);
});

after(async () => {
  await app?.close();
  await world.close();
  await dropSchema(world.stack.databaseUrl, schema);
});

/** A model with one trained version whose label rule is flights' (delay > 15). */
async function declareModel(testMetrics: Record<string, number>) {
  const modelName = `m-${randomUUID().slice(0, 8)}`;
  const trainingRunId = randomUUID();
  const transform = await world.putObject(
    TEST_BUCKET,
    `it/${trainingRunId}/transform.json`,
    flightsTransformSpec(),
    'application/json',
  );
  testCatalog.versions.set(trainingRunId, {
    trainingRunId,
    modelName,
    modelVersion: 3,
    task: 'binary_classification',
    featureSetId: randomUUID(),
    featureViewName: 'flights-delay',
    featureViewVersion: 1,
    datasetName: 'flights',
    datasetVersionId: randomUUID(),
    testMetrics,
    transform,
    evaluationReport: null,
  });
  return { modelName, trainingRunId };
}

/** Predictions a minute apart from `start`; outcomes follow the score, so the AUC is about 0.75. */
function predictions(prefix: string, count: number, start: number, seed: number): Prediction[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const score = Math.fround(random());
    const positive = random() < score;
    const delay = positive ? 16 + Math.round(random() * 120) : Math.round(random() * 20) - 5;
    return {
      id: `${prefix}-${i}`,
      at: start + i * 60_000,
      score,
      delay,
    };
  });
}

async function record(
  model: { modelName: string; trainingRunId: string },
  windowId: string,
  rows: Prediction[],
): Promise<void> {
  const outcomes = app.get(PredictionOutcomes);
  await dataSource.transaction((manager) =>
    outcomes.record(manager, {
      ...model,
      modelVersion: 3,
      windowId,
      predictionIds: rows.map((r) => r.id),
      requestTimes: Float64Array.from(rows, (r) => r.at),
      predicted: rows.map((r) => (r.score >= 0.5 ? '1' : '0')),
      outputs: { probability: Float32Array.from(rows, (r) => r.score) },
    }),
  );
}

/** Uploads a labels file and announces it as a data platform would; returns the batch id. */
async function sendLabels(
  modelName: string | null,
  file: { bytes: Buffer; format: DataFormat; mediaType: string },
  labelColumn: string,
  options: { batchId?: string; labels?: ArtifactRef; rowCount?: number } = {},
): Promise<string> {
  const batchId = options.batchId ?? randomUUID();
  const labels =
    options.labels ??
    (await world.putObject(TEST_BUCKET, `it/labels/${batchId}`, file.bytes, file.mediaType));
  await world.publish('GroundTruthObserved', {
    datasetName: 'flights-outcomes',
    observationBatchId: batchId,
    labels,
    format: file.format,
    joinKey: 'prediction_id',
    labelColumn,
    rowCount: options.rowCount ?? 0,
    modelName,
    eventTimeStart: JAN_1_2001,
    eventTimeEnd: JAN_1_2001 + 10 * DAY_MS,
    observedAt: Date.now(),
  });
  return batchId;
}

async function loadedBatch(batchId: string): Promise<BatchRow> {
  return waitFor(
    async () => {
      const [row]: BatchRow[] = await dataSource.query(
        `SELECT * FROM "${schema}".performance_label_batches WHERE batch_id = $1`,
        [batchId],
      );
      return row !== undefined && row.status !== 'loading' && row;
    },
    { timeoutMs: 60_000, description: `labels batch ${batchId} to load` },
  );
}

async function windowOf(windowId: string) {
  const outcomes = app.get(PredictionOutcomes);
  return (await outcomes.windowPerformance(dataSource.manager, [windowId])).get(windowId)!;
}

async function get(path: string, headers: Record<string, string> = TEST_PRINCIPALS.viewer.headers) {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as Json };
}

/** Accuracy and exact AUC of predictions against 0/1 labels. */
function expected(rows: Prediction[], labels: Map<string, number>) {
  const labelled = rows.filter((r) => labels.has(r.id));
  const y = labelled.map((r) => labels.get(r.id)!);
  const correct = labelled.filter((r, i) => (r.score >= 0.5 ? 1 : 0) === y[i]).length;
  return {
    count: labelled.length,
    accuracy: correct / labelled.length,
    auc: rocAuc(
      y,
      labelled.map((r) => r.score),
    ),
  };
}

const csv = (columns: string[], rows: LabelCell[][]) => ({
  bytes: csvOf(columns, rows),
  format: 'csv' as const,
  mediaType: 'text/csv',
});

describe('late labels against the real Postgres, Kafka and MinIO', { timeout: 180_000 }, () => {
  it('joins labels that arrive before their predictions, out of order, twice, and days later', async () => {
    const model = await declareModel({ roc_auc: 0.75, accuracy: 0.7 });
    testPolicies.performance.set(model.modelName, {
      metric: 'roc_auc',
      maxDrop: 0.05,
      minLabels: 1_000_000,
    });
    const random = seeded(42);
    const early = predictions(`${model.modelName}-a`, 300, JAN_1_2001, 1);
    const later = predictions(`${model.modelName}-b`, 200, JAN_1_2001 + 5 * DAY_MS, 2);
    const [w1, w2] = [randomUUID(), randomUUID()];
    const truth = new Map<string, number>();

    // 1. Raw outcomes (delay minutes) for half of the first window, before any prediction is logged.
    const firstHalf = early.slice(0, 150);
    const ghosts = ['ghost-1', 'ghost-2', 'ghost-3'].map((g) => `${model.modelName}-${g}`);
    const file1: LabelCell[][] = [
      ...shuffled(firstHalf, random).map((p) => [p.id, p.delay]),
      ...ghosts.map((id) => [id, 30]),
      [null, 20],
      [early[200].id, null],
    ];
    const batch1 = await sendLabels(
      model.modelName,
      csv(['prediction_id', 'delay'], file1),
      'delay',
    );
    const loaded1 = await loadedBatch(batch1);
    assert.equal(loaded1.status, 'loaded');
    assert.deepEqual(
      [loaded1.row_count, loaded1.joined_count, loaded1.pending_count, loaded1.rejected_count],
      ['155', '0', '153', '2'],
    );
    assert.deepEqual(
      loaded1.rejections.map((r) => r.reason),
      ['missing prediction_id', 'missing label'],
    );
    for (const p of firstHalf) truth.set(p.id, p.delay > 15 ? 1 : 0);

    // 2. The predictions are logged: the waiting labels join at once.
    await record(model, w1, early);
    await record(model, w2, later);
    const afterLogs = await windowOf(w1);
    const want1 = expected(early, truth);
    assert.equal(afterLogs.labeledCount, 150);
    assert.equal(afterLogs.metrics.accuracy, want1.accuracy);
    assert.ok(
      Math.abs(afterLogs.metrics.roc_auc - want1.auc) < 2e-3,
      `${afterLogs.metrics.roc_auc} vs ${want1.auc}`,
    );
    assert.equal((await windowOf(w2)).labeledCount, 0);

    // 3. Days later, class labels for everything else, shuffled, with 50 labels sent again
    //    unchanged, 5 corrected ones and one that is not a class.
    const corrected = early.slice(50, 55);
    const rest = [...early.slice(150), ...later];
    for (const p of rest) truth.set(p.id, p.delay > 15 ? 1 : 0);
    for (const p of corrected) truth.set(p.id, 1 - truth.get(p.id)!);
    const file2: LabelCell[][] = shuffled(
      [
        ...rest.map((p) => [p.id, truth.get(p.id) === 1]),
        ...early.slice(0, 50).map((p) => [p.id, truth.get(p.id) === 1]),
        ...corrected.map((p) => [p.id, truth.get(p.id) === 1]),
        [early[299].id, 'maybe'],
      ],
      random,
    );
    const batch2 = await sendLabels(
      model.modelName,
      {
        bytes: ndjsonOf(['prediction_id', 'delayed'], file2),
        format: 'ndjson',
        mediaType: 'application/x-ndjson',
      },
      'delayed',
    );
    const loaded2 = await loadedBatch(batch2);
    assert.deepEqual(
      [
        loaded2.row_count,
        loaded2.joined_count,
        loaded2.duplicate_count,
        loaded2.pending_count,
        loaded2.rejected_count,
      ],
      ['406', '405', '50', '0', '1'],
    );
    assert.match(loaded2.rejections[0].reason, /'maybe' is not a binary class/);

    const final1 = await windowOf(w1);
    const final2 = await windowOf(w2);
    const want2 = [expected(early, truth), expected(later, truth)];
    assert.deepEqual([final1.labeledCount, final2.labeledCount], [300, 200]);
    assert.equal(final1.metrics.accuracy, want2[0].accuracy);
    assert.equal(final2.metrics.accuracy, want2[1].accuracy);
    assert.ok(Math.abs(final1.metrics.roc_auc - want2[0].auc) < 2e-3);
    assert.ok(Math.abs(final2.metrics.roc_auc - want2[1].auc) < 2e-3);

    // 4. The same batch announced again starts nothing; a file of the same labels changes nothing.
    await sendLabels(model.modelName, csv(['prediction_id', 'delay'], []), 'delay', {
      batchId: batch2,
    });
    const batch3 = await sendLabels(
      model.modelName,
      csv(
        ['prediction_id', 'delay'],
        later.slice(0, 10).map((p) => [p.id, p.delay]),
      ),
      'delay',
    );
    const loaded3 = await loadedBatch(batch3);
    assert.deepEqual([loaded3.joined_count, loaded3.duplicate_count], ['10', '10']);
    assert.deepEqual(await windowOf(w2), final2);
    const [{ jobs }]: { jobs: number }[] = await dataSource.query(
      `SELECT count(*)::int AS jobs FROM "${schema}".jobs WHERE aggregate_key = ANY($1)`,
      [[batch1, batch2, batch3]],
    );
    assert.equal(jobs, 3);

    // 5. Over HTTP, per window of the version, with the label counters.
    const { status, body } = await get(`/v1/models/${model.modelName}/performance`);
    assert.equal(status, 200);
    assert.deepEqual(body.labels, {
      batches: 3,
      failedBatches: 0,
      received: 155 + 406 + 10,
      joined: 500,
      pending: 3,
      rejected: 3,
    });
    assert.equal(body.versions.length, 1);
    assert.equal(body.versions[0].baseline, 0.75);
    assert.deepEqual(
      body.versions[0].windows.map(
        (w: { windowId: string; labeledCount: number; verdict: string }) => [
          w.windowId,
          w.labeledCount,
          w.verdict,
        ],
      ),
      [
        [w1, 300, 'not-judged'],
        [w2, 200, 'not-judged'],
      ],
    );
    assert.equal(body.versions[0].windows[1].windowStart, new Date(later[0].at).toISOString());
  });

  it('publishes exactly one PerformanceDegraded with its evidence once enough labels show the drop', async () => {
    const model = await declareModel({ roc_auc: 0.9 });
    testPolicies.performance.set(model.modelName, {
      metric: 'roc_auc',
      maxDrop: 0.05,
      minLabels: 200,
    });
    const rows = predictions(`${model.modelName}-p`, 300, JAN_1_2001 + 20 * DAY_MS, 3);
    const windowId = randomUUID();
    await record(model, windowId, rows);
    // Labels unrelated to the scores: the realized AUC is about 0.5.
    const random = seeded(9);
    const truth = new Map(rows.map((p) => [p.id, random() < 0.3 ? 1 : 0]));

    const first = await sendLabels(
      model.modelName,
      {
        bytes: await parquetOf(
          ['prediction_id', 'delayed'],
          rows.slice(0, 150).map((p) => [p.id, truth.get(p.id)!]),
        ),
        format: 'parquet',
        mediaType: 'application/vnd.apache.parquet',
      },
      'delayed',
    );
    await loadedBatch(first);
    assert.equal((await windowOf(windowId)).labeledCount, 150);
    assert.equal(degradedOf(model.modelName).length, 0, 'below minLabels nothing is judged');

    const second = await sendLabels(
      model.modelName,
      {
        bytes: jsonArrayOf(
          ['prediction_id', 'delayed'],
          rows.slice(150).map((p) => [p.id, truth.get(p.id)!]),
        ),
        format: 'json',
        mediaType: 'application/json',
      },
      'delayed',
    );
    const loaded = await loadedBatch(second);
    assert.equal(loaded.joined_count, '150');
    const event = await world.waitForEvent(
      'PerformanceDegraded',
      (p) => p.modelName === model.modelName,
      30_000,
    );
    const realized = await windowOf(windowId);
    const want = expected(rows, truth);
    assert.equal(event.key, model.modelName);
    assert.equal(event.payload.windowId, windowId);
    assert.equal(event.payload.trainingRunId, model.trainingRunId);
    assert.equal(event.payload.modelVersion, 3);
    assert.equal(event.payload.metric, 'roc_auc');
    assert.equal(event.payload.baseline, 0.9);
    assert.equal(event.payload.threshold, 0.05);
    assert.equal(event.payload.labeledSampleSize, 300);
    assert.equal(event.payload.observed, realized.metrics.roc_auc);
    assert.ok(
      Math.abs(event.payload.observed - want.auc) < 2e-3,
      `${event.payload.observed} vs ${want.auc}`,
    );
    assert.ok(event.payload.observed < 0.85);
    assert.equal(event.payload.metrics.accuracy, want.accuracy);
    assert.equal(event.payload.windowStart, rows[0].at);
    assert.equal(event.payload.windowEnd, rows[299].at + 1);

    const considered = recordingTriggers.considered.filter(
      (c) => c.trigger.modelName === model.modelName,
    );
    assert.equal(considered.length, 1);
    assert.deepEqual(
      { ...considered[0].trigger, reason: undefined },
      {
        modelName: model.modelName,
        trigger: 'performance',
        trainingRunId: model.trainingRunId,
        windowId,
        reason: undefined,
      },
    );
    assert.match(
      considered[0].trigger.reason,
      /roc_auc 0\.\d{4} on 300 labelled predictions .* below the test value 0\.9000/,
    );
    assert.equal(considered[0].cause.name, 'PerformanceDegraded');
    assert.deepEqual(plain(considered[0].cause.payload), plain(event.payload));

    // More labels that move the metric again do not publish a second event for the window.
    const third = await sendLabels(
      model.modelName,
      csv(
        ['prediction_id', 'delayed'],
        rows.slice(0, 100).map((p) => [p.id, 1 - truth.get(p.id)!]),
      ),
      'delayed',
    );
    await loadedBatch(third);
    assert.notEqual((await windowOf(windowId)).metrics.roc_auc, realized.metrics.roc_auc);
    const [{ published }]: { published: number }[] = await dataSource.query(
      `SELECT count(*)::int AS published FROM "${schema}".outbox_messages
       WHERE event_type = 'PerformanceDegraded' AND message_key = $1`,
      [model.modelName],
    );
    assert.equal(published, 1);
    assert.equal(degradedOf(model.modelName).length, 1);
    assert.equal(
      recordingTriggers.considered.filter((c) => c.trigger.modelName === model.modelName).length,
      1,
    );

    const { body } = await get(`/v1/models/${model.modelName}/performance`);
    const [window] = body.versions[0].windows;
    assert.equal(window.degraded, true);
    assert.equal(window.verdict, 'degraded');
    assert.ok(window.degradedEventId);
  });

  it('fails the load with a clear error for a file that cannot be read, and answers bad paths', async () => {
    const model = await declareModel({ roc_auc: 0.8 });
    const good = csv(['prediction_id', 'delay'], [['x', 1]]);
    const ref = await world.putObject(
      TEST_BUCKET,
      `it/labels/${randomUUID()}`,
      good.bytes,
      'text/csv',
    );
    const tampered = await sendLabels(model.modelName, good, 'delay', {
      labels: { ...ref, sha256: 'f'.repeat(64) },
    });
    const mismatch = await loadedBatch(tampered);
    assert.equal(mismatch.status, 'failed');
    assert.match(mismatch.error!, /^ARTIFACTS\.CHECKSUM_MISMATCH: /);

    const noLabel = await sendLabels(
      model.modelName,
      csv(['prediction_id', 'minutes'], [['x', 1]]),
      'delay',
    );
    const missing = await loadedBatch(noLabel);
    assert.equal(missing.status, 'failed');
    assert.match(
      missing.error!,
      /^MONITORING\.UNREADABLE_LABELS: .*no column 'delay' \(its columns: prediction_id, minutes\)/,
    );

    const { body } = await get(`/v1/models/${model.modelName}/performance`);
    assert.equal(body.labels.failedBatches, 2);

    const bad = await get('/v1/models/Not%20A%20Model/performance');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'MONITORING.INVALID_QUERY');
    const badLimit = await get(`/v1/models/${model.modelName}/performance?limit=0`);
    assert.equal(badLimit.status, 400);
    const unknown = await get('/v1/models/never-seen-model/performance');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'MONITORING.MODEL_NOT_MONITORED');
    const anonymous = await get(`/v1/models/${model.modelName}/performance`, {});
    assert.equal(anonymous.status, 401);
  });
});

/** Decoded Avro records are class instances; compare their fields. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function degradedOf(modelName: string) {
  return world.eventsOf('PerformanceDegraded', (p) => p.modelName === modelName);
}
