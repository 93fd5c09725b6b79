import type { RunStatus } from '../domain/run-status';
import type { RunArtifact, RunError, RunLineage, TrackedRun } from '../domain/tracked-run';

/**
 * The run columns every read selects, named as the mapper expects them. The full configuration
 * is left out: only the single-run read returns it.
 */
export const RUN_COLUMNS = [
  'r.id',
  'r.model_name AS "modelName"',
  'r.status',
  'r.trigger',
  'r.reason',
  'r.requested_by AS "requestedBy"',
  'r.request_ids AS "requestIds"',
  'r.coalesced',
  'r.feature_set_id AS "featureSetId"',
  'r.config_version AS "configVersion"',
  'r.config_hash AS "configHash"',
  'r.params',
  'r.metrics',
  'r.tags',
  'r.lineage',
  'r.backend',
  'r.samples_per_second AS "samplesPerSecond"',
  'r.attempts',
  'r.artifacts',
  'r.error',
  'r.created_at AS "createdAt"',
  'r.started_at AS "startedAt"',
  'r.ended_at AS "endedAt"',
  'r.duration_ms AS "durationMs"',
].join(', ');

/** A row selected with RUN_COLUMNS. */
export interface RunRecord {
  id: string;
  modelName: string;
  status: string;
  trigger: string;
  reason: string;
  requestedBy: string;
  requestIds: string[];
  coalesced: number;
  featureSetId: string | null;
  configVersion: number | null;
  configHash: string | null;
  params: Record<string, string>;
  metrics: Record<string, number | string>;
  tags: Record<string, string>;
  lineage: Record<string, unknown>;
  backend: string | null;
  samplesPerSecond: number | null;
  attempts: number;
  artifacts: unknown[];
  error: unknown;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  durationMs: string | number | null;
}

export function toTrackedRun(record: RunRecord): TrackedRun {
  return {
    id: record.id,
    modelName: record.modelName,
    status: record.status as RunStatus,
    trigger: record.trigger,
    reason: record.reason,
    requestedBy: record.requestedBy,
    requestIds: record.requestIds,
    coalesced: record.coalesced,
    featureSetId: record.featureSetId,
    configVersion: record.configVersion,
    configHash: record.configHash,
    params: record.params,
    metrics: decodeMetrics(record.metrics),
    tags: record.tags,
    lineage: record.lineage as RunLineage,
    backend: record.backend,
    samplesPerSecond: record.samplesPerSecond,
    attempts: record.attempts,
    artifacts: record.artifacts as RunArtifact[],
    error: record.error as RunError | null,
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    durationMs: record.durationMs === null ? null : Number(record.durationMs),
  };
}

/** jsonb has no NaN or infinities; they are stored as the strings PostgreSQL's float8 reads. */
export function encodeMetrics(metrics: Record<string, number>): Record<string, number | string> {
  const encoded: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(metrics))
    encoded[key] = Number.isFinite(value) ? value : String(value);
  return encoded;
}

export function decodeMetrics(metrics: Record<string, number | string>): Record<string, number> {
  const decoded: Record<string, number> = {};
  for (const [key, value] of Object.entries(metrics)) decoded[key] = Number(value);
  return decoded;
}
