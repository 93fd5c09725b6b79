import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { JOBS_ENTITIES, JOBS_MIGRATIONS, JobsModule } from '@loopline/jobs';
import {
  ServiceWorld,
  TEST_PRINCIPALS,
  testStackConfig,
  uniqueName,
  waitFor,
} from '@loopline/testing';
import { tableFromIPC } from 'apache-arrow';
import { DataSource } from 'typeorm';
import { DeploymentSliceApp } from '../prediction-logs/test-support/deployment-slice-app';
import { BatchScoringRequester } from './batch-scoring.requester';
import { BatchScoringPartRow } from './batch-scoring-part.row';
import {
  BATCH_SCORING_ENTITIES,
  BATCH_SCORING_MIGRATIONS,
  BatchScoringModule,
  MODEL_ARTIFACT_LOOKUP,
  type ModelArtifact,
} from './index';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const MODEL = 'seattle-weather';
const ONE_MINUTE = 60_000;
/** Small parts so the 1,461 weather days make several. */
const CHUNK_ROWS = 400;

describe('batch scoring a real dataset version with a real model', () => {
  let world: ServiceWorld;
  let slice: DeploymentSliceApp;
  let datasetVersionId: string;
  const models = new Map<string, ModelArtifact>();
  const store = new ArtifactStore(createMinioClient(testStackConfig().minio));

  before(
    async () => {
      const scratch = (label: string) => join('/tmp', uniqueName(`batch-scoring-it-${label}`));
      world = await new ServiceWorld('batch-scoring-it').start(
        [
          { name: 'ingestion', env: { INGESTION_WORK_DIR: scratch('ingestion') } },
          { name: 'feature-store', env: { FEATURE_STORE_WORK_DIR: scratch('features') } },
          {
            name: 'training',
            env: { TRAINING_BACKEND: 'wasm', TRAINING_WORK_DIR: scratch('training') },
          },
        ],
        ['ModelTrained', 'DatasetVersionCreated'],
      );
      slice = await DeploymentSliceApp.start({
        label: 'batch',
        imports: [
          JobsModule.forRoot({
            leaseMs: 5_000,
            pollIntervalMs: 200,
            backoff: { initialDelayMs: 50 },
          }),
          BatchScoringModule,
        ],
        providers: [
          {
            provide: MODEL_ARTIFACT_LOOKUP,
            useValue: {
              find: async (name: string, version: number) =>
                models.get(`${name}@${version}`) ?? null,
            },
          },
        ],
        entities: [...JOBS_ENTITIES, ...BATCH_SCORING_ENTITIES],
        migrations: [...JOBS_MIGRATIONS, ...BATCH_SCORING_MIGRATIONS],
        env: {
          ...process.env,
          KAFKA_TOPIC_PREFIX: world.prefix,
          BATCH_SCORING_CHUNK_ROWS: String(CHUNK_ROWS),
          DEPLOYMENT_BACKEND: 'wasm',
          DEPLOYMENT_WORK_DIR: scratch('deployment'),
        },
      });
      await world.ingestSeattleWeather();
      const created = await world.waitForEvent(
        'DatasetVersionCreated',
        (p) => p.datasetName === MODEL,
      );
      datasetVersionId = created.payload.datasetVersionId;
      const trained = await world.waitForEvent(
        'ModelTrained',
        (p) => p.modelName === MODEL,
        3 * ONE_MINUTE,
      );
      models.set(`${MODEL}@1`, {
        artifact: trained.payload.artifact,
        trainingRunId: trained.payload.lineage.trainingRunId,
        modelVersion: 1,
      });
    },
    { timeout: 5 * ONE_MINUTE },
  );
  after(async () => {
    await slice?.close();
    await world?.close();
  });

  async function finished(id: string): Promise<Json> {
    return waitFor(
      async () => {
        const { body } = await slice.request('GET', `/batch-scoring-jobs/${id}`);
        return ['succeeded', 'failed'].includes(body.state) && body;
      },
      { timeoutMs: 2 * ONE_MINUTE, description: `batch scoring job ${id} to finish` },
    );
  }

  let first: Json;

  it(
    'scores every row of the version in parts, reporting progress and a manifest',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      // The version reaches the service through its own DatasetVersionCreated consumer.
      const body = { modelName: MODEL, modelVersion: 1, datasetVersionId };
      const accepted = await waitFor(
        async () => {
          const response = await slice.request('POST', '/batch-scoring-jobs', body);
          return response.status !== 404 && response;
        },
        { timeoutMs: 30_000, description: 'the dataset version to reach the deployment service' },
      );
      assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
      assert.equal(accepted.body.state, 'queued');
      assert.equal(accepted.body.totalRows, 1461);
      assert.equal(accepted.body.partsTotal, 4);

      first = await finished(accepted.body.id);
      assert.equal(first.state, 'succeeded', JSON.stringify(first.error));
      assert.equal(first.rowsScored, 1461);
      assert.equal(first.partsDone, 4);

      const manifest = JSON.parse(
        (await store.get(first.output.uri, { expectedSha256: first.output.sha256 })).toString(),
      );
      assert.equal(manifest.format, 'loopline.batch-scores/v1');
      assert.equal(manifest.model.trainingRunId, models.get(`${MODEL}@1`)!.trainingRunId);
      assert.equal(manifest.datasetVersion.id, datasetVersionId);
      assert.deepEqual(
        manifest.parts.map((p: Json) => p.rowCount),
        [400, 400, 400, 261],
      );
      const last = tableFromIPC(
        await store.get(manifest.parts[3].uri, { expectedSha256: manifest.parts[3].sha256 }),
      );
      assert.equal(last.numRows, 261);
      assert.equal(last.getChild('row_index')!.get(0), 1200);
      const classes = ['drizzle', 'fog', 'rain', 'snow', 'sun'];
      const sums = Array.from({ length: last.numRows }, (_, i) =>
        classes.reduce((sum, c) => sum + (last.getChild(`probability:${c}`)!.get(i) as number), 0),
      );
      assert.ok(
        sums.every((sum) => Math.abs(sum - 1) < 1e-4),
        'class probabilities sum to 1',
      );
      const predicted = new Set(last.getChild('predicted')!.toArray() as string[]);
      assert.ok(
        [...predicted].every((label) => classes.includes(label)),
        [...predicted].join(),
      );

      const listed = await slice.request(
        'GET',
        `/batch-scoring-jobs?modelName=${MODEL}`,
        undefined,
        TEST_PRINCIPALS.viewer.headers.authorization,
      );
      assert.equal(listed.status, 200);
      assert.ok(listed.body.jobs.some((job: Json) => job.id === first.id));
    },
  );

  it(
    'resumes a job from its stored parts, writing only the rest, to the same output',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      assert.ok(first, 'needs the first test');
      const dataSource = slice.app.get(DataSource);
      const requester = slice.app.get(BatchScoringRequester);
      // A job that crashed after storing its first two parts: same model, same version.
      const resumed = await dataSource.transaction(async (manager) => {
        const row = await requester.request(
          manager,
          { modelName: MODEL, modelVersion: 1, datasetVersionId },
          'test-operator',
        );
        const stored = await manager.find(BatchScoringPartRow, {
          where: { jobId: first.id },
          order: { partIndex: 'ASC' },
        });
        await manager.insert(
          BatchScoringPartRow,
          stored.slice(0, 2).map((part) => ({ ...part, jobId: row.id })),
        );
        return row;
      });
      const done = await finished(resumed.id);
      assert.equal(done.state, 'succeeded', JSON.stringify(done.error));
      const [job] = await dataSource.query(
        `SELECT result FROM "${slice.config.DATABASE_SCHEMA}".jobs WHERE input->>'batchScoringJobId' = $1`,
        [resumed.id],
      );
      assert.equal(job.result.partsWritten, 2);
      assert.equal(done.partsDone, 4);
      assert.equal(done.rowsScored, 1461);
      // Same parts, same bytes: the manifest is the first job's, hash for hash.
      const partsOf = async (id: string) =>
        (
          await dataSource.manager.find(BatchScoringPartRow, {
            where: { jobId: id },
            order: { partIndex: 'ASC' },
          })
        ).map((part) => `${part.partIndex}:${part.rowCount}:${part.sha256}`);
      assert.deepEqual(await partsOf(resumed.id), await partsOf(first.id));
      assert.equal(done.output.sha256, first.output.sha256);
    },
  );

  it('refuses a bad body naming each field, and unknown versions saying what to do', async () => {
    const bad = await slice.request('POST', '/batch-scoring-jobs', { modelVersion: 0, extra: 1 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'DEPLOYMENT.INVALID_BATCH_SCORING_REQUEST');
    const problems = JSON.stringify(bad.body.details.problems);
    for (const field of ['modelName', 'modelVersion', 'datasetVersionId', 'extra'])
      assert.match(problems, new RegExp(field));
    const noDataset = await slice.request('POST', '/batch-scoring-jobs', {
      modelName: MODEL,
      modelVersion: 1,
      datasetVersionId: 'no-such-version',
    });
    assert.equal(noDataset.status, 404);
    assert.equal(noDataset.body.code, 'DEPLOYMENT.DATASET_VERSION_NOT_FOUND');
    const noModel = await slice.request('POST', '/batch-scoring-jobs', {
      modelName: MODEL,
      modelVersion: 9,
      datasetVersionId,
    });
    assert.equal(noModel.status, 404);
    assert.equal(noModel.body.code, 'DEPLOYMENT.MODEL_VERSION_NOT_FOUND');
    const viewer = await slice.request(
      'POST',
      '/batch-scoring-jobs',
      { modelName: MODEL, modelVersion: 1, datasetVersionId },
      TEST_PRINCIPALS.viewer.headers.authorization,
    );
    assert.equal(viewer.status, 403);
  });
});
