import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { quoteIdentifier, sqlString, TabularSession } from '@loopline/tabular';
import { ServiceWorld, uniqueName, VEGA_DATA, type WorldService } from '@loopline/testing';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The training service's environment in tests: a short lease, so a killed run is retaken fast. */
export const TRAINING_TEST_ENV = { TRAINING_JOB_LEASE_MS: '3000', TRAINING_BACKEND: 'wasm' };

/**
 * Ingestion, the feature store and training on the real stack, meeting only on Kafka under a
 * topic prefix of their own, with recorders of the feature-view and training-run topics. Data
 * reaches training only as the feature store's events, as in production.
 */
export class TrainingTestWorld extends ServiceWorld {
  readonly store = new ArtifactStore(createMinioClient(this.stack.minio));

  static async start(): Promise<TrainingTestWorld> {
    return new TrainingTestWorld('training-it').start(
      [
        {
          name: 'ingestion',
          env: { INGESTION_WORK_DIR: join('/tmp', uniqueName('training-it-ingestion')) },
        },
        {
          name: 'feature-store',
          env: { FEATURE_STORE_WORK_DIR: join('/tmp', uniqueName('training-it-features')) },
        },
        TrainingTestWorld.trainingService(),
      ],
      ['FeatureSetMaterialized', 'TrainingRunStarted'],
    );
  }

  static trainingService(): WorldService {
    return {
      name: 'training',
      env: { ...TRAINING_TEST_ENV, TRAINING_WORK_DIR: join('/tmp', uniqueName('training-it')) },
    };
  }

  /** The first `rows` flights of flights-3m (in time order) as one Parquet batch. */
  async ingestFlights(rows: number): Promise<Json> {
    const path = join('/tmp', `${uniqueName('training-flights')}.parquet`);
    const session = await TabularSession.open();
    try {
      const source = `read_parquet(${sqlString(join(VEGA_DATA, 'flights-3m.parquet'))})`;
      await session.run(
        `COPY (SELECT * FROM ${source} ORDER BY ${quoteIdentifier('date')} LIMIT ${rows}) TO ${sqlString(path)} (FORMAT parquet)`,
      );
      return await this.ingest('flights', await readFile(path), 'application/vnd.apache.parquet');
    } finally {
      await session.close();
      await rm(path, { force: true });
    }
  }

  trainingApi(method: string, path: string, body?: Json) {
    return this.request('training', method, path, body);
  }

  /** The events of one run on the training-runs topic, in order. */
  runEvents(runId: string) {
    return this.events().filter(
      (event) => (event.payload.trainingRunId ?? event.payload.lineage?.trainingRunId) === runId,
    );
  }
}
