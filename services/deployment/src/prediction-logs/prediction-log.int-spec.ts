import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { AvroSingleObjectCodec, type PredictionsLogged } from '@loopline/contracts';
import { TopicNamer } from '@loopline/messaging';
import { readPredictionLog } from '@loopline/prediction-logs';
import { testStackConfig, TopicRecorder } from '@loopline/testing';
import type { ServedPrediction } from '../serving/served-prediction';
import { PredictionLog } from './prediction-log';
import { PredictionLogModule } from './prediction-log.module';
import {
  PREDICTION_LOG_SIGNATURES,
  type PredictionLogSignatures,
} from './prediction-log-signatures';
import { DeploymentSliceApp } from './test-support/deployment-slice-app';

const stack = testStackConfig();
const store = new ArtifactStore(createMinioClient(stack.minio));
const codec = new AvroSingleObjectCodec();

const SIGNATURES: PredictionLogSignatures = {
  signatureOf: (run) =>
    run === 'run-7'
      ? {
          inputs: [
            { name: 'date', type: 'timestamp' },
            { name: 'distance', type: 'numeric' },
            { name: 'origin', type: 'categorical' },
          ],
          outputs: ['probability'],
        }
      : undefined,
};

function served(i: number, role: 'champion' | 'challenger'): ServedPrediction {
  return {
    predictionId: `prediction-${role}-${i}`,
    requestId: `request-${i}`,
    requestTime: 1_760_000_000_000 + i * 10,
    endpointName: 'flights-delay',
    modelName: 'flights-delay',
    modelVersion: role === 'champion' ? 7 : 8,
    trainingRunId: role === 'champion' ? 'run-7' : 'run-8',
    role,
    rolloutId: role === 'champion' ? null : 'rollout-1',
    inputs: {
      date: 978_307_200_000 + i * 3_600_000,
      distance: 300 + i,
      origin: i % 3 ? 'SEA' : 'LAX',
    },
    outputs: [(i % 10) / 10],
    prediction: i % 10 >= 5 ? '1' : '0',
    latencyMs: 1 + (i % 7),
  };
}

function decode(value: Buffer | null): PredictionsLogged {
  return codec.decode('PredictionsLogged', value!) as PredictionsLogged;
}

describe('prediction log on the real stack (MinIO, PostgreSQL outbox, Kafka)', () => {
  let slice: DeploymentSliceApp;
  let recorder: TopicRecorder;

  before(async () => {
    slice = await DeploymentSliceApp.start({
      label: 'predlog',
      imports: [PredictionLogModule],
      providers: [{ provide: PREDICTION_LOG_SIGNATURES, useValue: SIGNATURES }],
      env: {
        ...process.env,
        PREDICTION_LOG_FLUSH_ROWS: '50',
        PREDICTION_LOG_FLUSH_INTERVAL_MS: '600000',
      },
    });
    const topic = new TopicNamer(slice.config.KAFKA_TOPIC_PREFIX).topicFor('PredictionsLogged');
    recorder = await new TopicRecorder(stack.brokers, topic).start();
  });
  after(async () => {
    await recorder?.stop();
    await slice?.close();
  });

  it('writes a batch of recorded predictions as one file per model version and announces each', async () => {
    const log = slice.app.get(PredictionLog);
    const champion = Array.from({ length: 30 }, (_, i) => served(i, 'champion'));
    const challenger = Array.from({ length: 20 }, (_, i) => served(i, 'challenger'));
    const started = performance.now();
    for (let i = 0; i < 30; i++) {
      log.record(champion[i]);
      if (i < 20) log.record(challenger[i]);
    }
    const recordMs = performance.now() - started;
    assert.ok(recordMs < 50, `record() took ${recordMs} ms for 50 rows`);

    const messages = await recorder.waitForCount(2);
    const events = messages.map((message) => decode(message.value));
    const byRole = Object.fromEntries(events.map((event) => [event.role, event]));
    assert.deepEqual(Object.keys(byRole).sort(), ['challenger', 'champion']);

    const event = byRole.champion;
    assert.equal(event.rowCount, 30);
    assert.equal(event.format, 'arrow');
    assert.equal(event.modelVersion, 7);
    assert.equal(event.trainingRunId, 'run-7');
    assert.equal(event.rolloutId, null);
    assert.equal(event.windowStart, champion[0].requestTime);
    assert.equal(event.windowEnd, champion[29].requestTime);
    assert.equal(event.outputStats.positive_rate, 15 / 30);
    assert.ok(event.servingMetrics.p95_latency_ms >= event.servingMetrics.p50_latency_ms);
    assert.equal(messages[0].key, 'flights-delay');

    const file = readPredictionLog(
      await store.get(event.predictions.uri, { expectedSha256: event.predictions.sha256 }),
    );
    assert.deepEqual(
      file.predictionIds,
      champion.map((p) => p.predictionId),
    );
    assert.deepEqual(
      [...file.latencyMs],
      champion.map((p) => p.latencyMs),
    );
    assert.deepEqual(
      file.predicted,
      champion.map((p) => p.prediction),
    );
    assert.deepEqual(
      [...file.outputs.probability],
      champion.map((p) => Math.fround(p.outputs[0])),
    );
    const date = file.inputs.columns.date;
    assert.equal(date.type, 'timestamp');
    assert.deepEqual(
      date.type === 'timestamp' ? [...date.values] : [],
      champion.map((p) => p.inputs.date),
    );

    // The challenger's run has no known signature: its layout is inferred from the values.
    const inferred = readPredictionLog(await store.get(byRole.challenger.predictions.uri));
    assert.equal(inferred.rolloutIds[0], 'rollout-1');
    assert.equal(inferred.inputs.columns.date.type, 'numeric');
    assert.equal(inferred.inputs.columns.origin.type, 'categorical');

    const metrics = await (await fetch(`${slice.url}/metrics`)).text();
    assert.match(metrics, /loopline_prediction_log_rows_total\{[^}]*\} 50/);
    assert.match(metrics, /loopline_prediction_log_batches_total\{[^}]*\} 2/);
  });

  it('writes what is still waiting when the service shuts down', async () => {
    const log = slice.app.get(PredictionLog);
    const before = recorder.messages.length;
    for (let i = 100; i < 105; i++) log.record(served(i, 'champion'));
    assert.equal(log.state.waiting, 5);
    await slice.stop();
    const messages = await recorder.waitForCount(before + 1);
    const last = decode(messages[messages.length - 1].value);
    assert.equal(last.rowCount, 5);
    const file = readPredictionLog(await store.get(last.predictions.uri));
    assert.deepEqual(file.requestIds, [
      'request-100',
      'request-101',
      'request-102',
      'request-103',
      'request-104',
    ]);
  });
});
