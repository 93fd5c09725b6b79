import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArtifactStore, ArtifactsErrorCode } from '@loopline/artifacts';
import { PlatformError } from '@loopline/errors';
import { type DataProfile } from '@loopline/stats';
import {
  loadTable,
  profileRelation,
  sqlString,
  TabularErrorCode,
  TabularSession,
  writeParquet,
} from '@loopline/tabular';
import type { BatchSubmission, ObjectRef } from '../domain/batch';
import type { DataContract } from '../domain/data-contract/data-contract';
import {
  columnSchemaSha256,
  contentSha256,
  DATASET_MANIFEST_FORMAT,
  type DatasetManifest,
  type DatasetPart,
} from '../domain/dataset-manifest';
import { validateBatch, type Violation, wholeBatchError } from '../validation';
import type { IngestionOutcome, RejectedOutcome } from './ingestion-outcome';
import type { PartCache } from './part-cache';
import { StageTimer } from './stage-timer';

/** The version a new batch extends. */
export interface ParentVersion {
  id: string;
  version: number;
  manifest: DatasetManifest;
}

export interface PipelineSettings {
  bucket: string;
  workDir: string;
  engineMemoryMb: number;
  engineThreads: number;
  /** Called once the parts are stored and before anything is committed (fault injection). */
  afterPartsStored?: () => void;
}

const PARQUET_MEDIA_TYPE = 'application/vnd.apache.parquet';
const JSON_MEDIA_TYPE = 'application/json';

/**
 * Turns one submitted batch into a dataset version or a rejection, writing only
 * content-addressed objects, so a rerun after a crash overwrites nothing and publishes nothing
 * twice: the commit (version row plus event) happens afterwards, in the job's `complete`.
 * The columnar work runs on the engine's threads; this code only awaits it.
 */
export class BatchIngestionPipeline {
  constructor(
    private readonly store: ArtifactStore,
    private readonly parts: PartCache,
    private readonly settings: PipelineSettings,
  ) {}

  async ingest(
    batch: BatchSubmission,
    contract: DataContract,
    parent: ParentVersion | null,
    now: number,
    stages: StageTimer = new StageTimer(),
  ): Promise<IngestionOutcome> {
    const workDir = join(this.settings.workDir, 'jobs', `${batch.batchId}-${randomUUID()}`);
    await mkdir(workDir, { recursive: true });
    const session = await TabularSession.open({
      memoryLimitMb: this.settings.engineMemoryMb,
      threads: this.settings.engineThreads,
      tempDirectory: join(workDir, 'spill'),
    });
    try {
      const fetched = await stages.time('fetch', () => this.fetchRaw(batch, workDir));
      if ('kind' in fetched) return fetched;
      const loaded = await stages.time('load', () =>
        this.load(session, fetched.path, batch, workDir),
      );
      if (loaded !== null) return loaded;
      const parentPaths =
        parent === null
          ? []
          : await stages.time('parent', () => this.parts.ensureLocal(parent.manifest.parts));
      if (parent !== null)
        await session.run(`CREATE VIEW parent_snapshot AS ${readParts(parentPaths)}`);
      const validation = await stages.time('validate', () =>
        validateBatch(session, {
          rawTable: 'raw_batch',
          contract,
          parent: parent === null ? null : { relation: 'parent_snapshot' },
          claimedRowCount: batch.claimedRowCount,
          now,
          normalizedTable: 'batch',
        }),
      );
      if (validation.reason !== null) {
        return {
          kind: 'rejected',
          reason: validation.reason,
          violations: validation.violations,
          batchRowCount: await countRows(session, 'raw_batch'),
        };
      }
      return await this.version(
        session,
        batch,
        contract,
        parent,
        parentPaths,
        validation.violations,
        workDir,
        stages,
      );
    } finally {
      session.close();
      await rm(workDir, { recursive: true, force: true });
    }
  }

  /** The raw bytes on local disk, verified against the sha256 the submission claims. */
  private async fetchRaw(
    batch: BatchSubmission,
    workDir: string,
  ): Promise<{ path: string } | RejectedOutcome> {
    const path = join(workDir, `raw.${batch.format}`);
    try {
      await this.store.download(batch.raw.uri, path, { expectedSha256: batch.raw.sha256 });
      return { path };
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      if (error.code === ArtifactsErrorCode.NotFound) {
        return rejectedBy(
          'unreadable',
          'object',
          `The batch object ${batch.raw.uri} does not exist; upload it, then submit the batch again.`,
          null,
        );
      }
      if (error.code === ArtifactsErrorCode.ChecksumMismatch) {
        return rejectedBy(
          'checksum_mismatch',
          'sha256',
          `The batch object ${batch.raw.uri} does not hash to the submitted sha256; it changed after submission or the sha256 is wrong. Submit the object's real sha256.`,
          `sha256=${String(error.details.actual)}`,
          `sha256=${batch.raw.sha256}`,
        );
      }
      throw error;
    }
  }

  private async load(
    session: TabularSession,
    path: string,
    batch: BatchSubmission,
    workDir: string,
  ): Promise<RejectedOutcome | null> {
    try {
      await loadTable(session, {
        table: 'raw_batch',
        path,
        format: batch.format,
        workDirectory: workDir,
      });
      return null;
    } catch (error) {
      if (error instanceof PlatformError && error.code === TabularErrorCode.Unreadable) {
        return rejectedBy('unreadable', 'format', error.message, null, batch.format);
      }
      throw error;
    }
  }

  private async version(
    session: TabularSession,
    batch: BatchSubmission,
    contract: DataContract,
    parent: ParentVersion | null,
    parentPaths: string[],
    warnings: Violation[],
    workDir: string,
    stages: StageTimer,
  ): Promise<IngestionOutcome> {
    const batchProfile = await stages.time('profile', () => profileRelation(session, 'batch'));
    const partPath = join(workDir, 'part.parquet');
    await stages.time('write', () => writeParquet(session, 'batch', partPath));
    const stored = await stages.time('store', () =>
      this.store.putFile(this.settings.bucket, partPath, {
        contentType: PARQUET_MEDIA_TYPE,
        metadata: { dataset: batch.dataset, role: 'part' },
      }),
    );
    const part: DatasetPart = {
      uri: stored.uri,
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      rowCount: batchProfile.rowCount,
      batchId: batch.batchId,
    };
    const parts = [...(parent?.manifest.parts ?? []), part];
    await session.run(`CREATE VIEW snapshot AS ${readParts([...parentPaths, partPath])}`);
    // A first version is its batch: one profile serves both.
    const profile =
      parent === null
        ? batchProfile
        : await stages.time('profile', () => profileRelation(session, 'snapshot'));
    this.settings.afterPartsStored?.();
    const columns = contract.columns.map(({ name, type }) => ({ name, type }));
    const manifest: DatasetManifest = {
      format: DATASET_MANIFEST_FORMAT,
      dataset: batch.dataset,
      datasetVersionId: randomUUID(),
      version: (parent?.version ?? 0) + 1,
      parentVersionId: parent?.id ?? null,
      dataContractVersion: contract.version,
      columns,
      columnSchemaSha256: columnSchemaSha256(columns),
      rowCount: profile.rowCount,
      contentSha256: contentSha256(parts),
      eventTime: eventTimeRange(contract, profile),
      parts,
      sourceBatchIds: parts.map((each) => each.batchId),
      createdAt: Date.now(),
    };
    return {
      kind: 'versioned',
      manifest,
      manifestRef: await this.storeJson(manifest, batch.dataset, 'manifest'),
      profile,
      profileRef: await this.storeJson(profile, batch.dataset, 'profile'),
      batchProfile,
      batchRowCount: batchProfile.rowCount,
      warnings,
    };
  }

  private async storeJson(value: unknown, dataset: string, role: string): Promise<ObjectRef> {
    const stored = await this.store.putContentAddressed(
      this.settings.bucket,
      Buffer.from(JSON.stringify(value)),
      { contentType: JSON_MEDIA_TYPE, metadata: { dataset, role } },
    );
    return { ...stored, mediaType: JSON_MEDIA_TYPE };
  }
}

function rejectedBy(
  reason: RejectedOutcome['reason'],
  rule: string,
  message: string,
  observed: string | null,
  expected: string | null = null,
): RejectedOutcome {
  const violation = wholeBatchError(rule, null, message, observed, expected);
  return { kind: 'rejected', reason, violations: [violation], batchRowCount: null };
}

async function countRows(session: TabularSession, relation: string): Promise<number> {
  const [row] = await session.rows<{ n: number }>(`SELECT count(*) AS n FROM ${relation}`);
  return row.n;
}

function eventTimeRange(
  contract: DataContract,
  profile: DataProfile,
): DatasetManifest['eventTime'] {
  if (contract.eventTime === null) return null;
  const column = profile.columns.find((each) => each.name === contract.eventTime);
  return {
    column: contract.eventTime,
    start: column?.numeric?.min ?? null,
    end: column?.numeric?.max ?? null,
  };
}

function readParts(paths: readonly string[]): string {
  return `SELECT * FROM read_parquet([${paths.map(sqlString).join(', ')}])`;
}
