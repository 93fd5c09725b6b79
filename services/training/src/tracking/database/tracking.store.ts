import { ErrorKind, PlatformError } from '@loopline/errors';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AttemptOutcome, canMoveRun, RunStatus } from '../domain/run-status';
import type {
  AttemptStart,
  MetricPoint,
  NewTrackedRun,
  RunOutcome,
  TrackedRun,
} from '../domain/tracked-run';
import { runNotFound } from '../tracking.errors';
import { TrackingErrorCode } from '../tracking-error-code';
import { encodeMetrics, RUN_COLUMNS, type RunRecord, toTrackedRun } from './run-record.mapper';
import { trackingTables } from './tracking-tables';
import {
  checkFinalMetrics,
  checkMetricPoints,
  checkNewRun,
  invalidRun,
  isUuid,
  stringMapProblems,
} from './tracking-input.validator';
import { toMetricColumns } from './metric-columns';

/**
 * Records training runs. Every write takes the caller's EntityManager, so it commits or rolls
 * back with the caller's own work (the run orchestrator's job step, its outbox event).
 */
@Injectable()
export class TrackingStore {
  /** Records a new run as queued. */
  async createRun(manager: EntityManager, run: NewTrackedRun): Promise<TrackedRun> {
    checkNewRun(run);
    const { runs } = trackingTables(manager);
    const rows: RunRecord[] = await manager.query(
      `INSERT INTO ${runs} AS r (id, model_name, status, trigger, reason, requested_by, request_ids,
         feature_set_id, config_version, config_hash, params, config, tags, lineage)
       VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (id) DO NOTHING
       RETURNING ${RUN_COLUMNS}`,
      [
        run.id,
        run.modelName,
        run.trigger,
        run.reason,
        run.requestedBy,
        run.requestIds,
        run.featureSetId,
        run.configVersion,
        run.configHash,
        JSON.stringify(run.params),
        run.config === undefined ? null : JSON.stringify(run.config),
        JSON.stringify(run.tags ?? {}),
        JSON.stringify(run.lineage ?? {}),
      ],
    );
    if (rows.length === 0)
      throw new PlatformError(
        TrackingErrorCode.RunExists,
        `Run ${run.id} is already tracked; create each run once and record later attempts with startAttempt.`,
        { kind: ErrorKind.Conflict, details: { runId: run.id } },
      );
    return toTrackedRun(rows[0]);
  }

  /**
   * Starts attempt `attempt` of a run (1 for the first). An earlier attempt still running never
   * ended: its process died, so it is closed as interrupted, and the run's attempts tell so.
   * What the attempt resolved (feature set, configuration, params, lineage) is recorded on the
   * run; fields left out keep their values. Returns the attempts that were found interrupted.
   */
  async startAttempt(
    manager: EntityManager,
    runId: string,
    attempt: number,
    start: AttemptStart,
  ): Promise<{ interrupted: number[] }> {
    const run = await this.lockRun(manager, runId, RunStatus.Running);
    if (!Number.isSafeInteger(attempt) || attempt <= run.attempts)
      throw new PlatformError(
        TrackingErrorCode.AttemptNotNewer,
        `Run ${runId} already had ${run.attempts} attempt(s); attempt ${attempt} must be a number above that.`,
        { kind: ErrorKind.Conflict, details: { runId, attempt, attempts: run.attempts } },
      );
    const { runs, attempts } = trackingTables(manager);
    const interrupted: { attempt: number }[] = await manager
      .query(
        `UPDATE ${attempts} SET outcome = 'interrupted', ended_at = $2,
         note = 'interrupted: attempt ' || $3 || ' started before this one ended (its process stopped)'
       WHERE run_id = $1 AND outcome = 'running' RETURNING attempt`,
        [runId, start.startedAt, attempt],
      )
      .then(([rows]: [{ attempt: number }[]]) => rows);
    await manager.query(
      `INSERT INTO ${attempts} (run_id, attempt, backend, outcome, started_at) VALUES ($1, $2, $3, 'running', $4)`,
      [runId, attempt, start.backend, start.startedAt],
    );
    if (start.params !== undefined) {
      const problems = stringMapProblems('params', start.params);
      if (problems.length > 0) throw invalidRun(runId, problems);
    }
    await manager.query(
      `UPDATE ${runs} SET status = 'running', attempts = $2, backend = $3,
         started_at = COALESCE(started_at, $4), ended_at = NULL, error = NULL,
         feature_set_id = COALESCE($5, feature_set_id), config_version = COALESCE($6, config_version),
         config_hash = COALESCE($7, config_hash), params = COALESCE($8::jsonb, params),
         config = COALESCE($9::jsonb, config), lineage = lineage || COALESCE($10::jsonb, '{}')
       WHERE id = $1`,
      [
        runId,
        attempt,
        start.backend,
        start.startedAt,
        start.featureSetId ?? null,
        start.configVersion ?? null,
        start.configHash ?? null,
        start.params === undefined ? null : JSON.stringify(start.params),
        start.config === undefined ? null : JSON.stringify(start.config),
        start.lineage === undefined ? null : JSON.stringify(start.lineage),
      ],
    );
    return { interrupted: interrupted.map((row) => row.attempt).sort((a, b) => a - b) };
  }

  /**
   * Logs metric points in one statement, however many; logging a step again replaces its value
   * (the last of duplicates in one batch wins). Returns how many points were written.
   */
  async logMetrics(
    manager: EntityManager,
    runId: string,
    points: readonly MetricPoint[],
  ): Promise<number> {
    if (!isUuid(runId)) throw runNotFound(runId);
    checkMetricPoints(runId, points);
    if (points.length === 0) return 0;
    const { runs, points: table } = trackingTables(manager);
    const columns = toMetricColumns(points, Date.now());
    const [{ written, found }]: { written: number; found: boolean }[] = await manager.query(
      `WITH written AS (
         INSERT INTO ${table} (run_id, key, step, value, recorded_at)
         SELECT $1, p.key, p.step, p.value, to_timestamp(p.ms / 1000.0)
         FROM unnest($2::text[], $3::int[], $4::float8[], $5::float8[]) AS p(key, step, value, ms)
         WHERE EXISTS (SELECT 1 FROM ${runs} WHERE id = $1)
         ON CONFLICT (run_id, key, step)
           DO UPDATE SET value = EXCLUDED.value, recorded_at = EXCLUDED.recorded_at
         RETURNING 1)
       SELECT (SELECT count(*) FROM written)::int AS written,
              EXISTS (SELECT 1 FROM ${runs} WHERE id = $1) AS found`,
      [runId, columns.keys, columns.steps, columns.values, columns.timestamps],
    );
    if (!found) throw runNotFound(runId);
    return written;
  }

  /** Ends a run as succeeded (with its results) or failed (with why), closing its attempt. */
  async finishRun(
    manager: EntityManager,
    runId: string,
    outcome: RunOutcome,
    endedAt: Date = new Date(),
  ): Promise<TrackedRun> {
    const succeeded = outcome.status === 'succeeded';
    if (outcome.status === 'succeeded') checkFinalMetrics(runId, outcome.metrics);
    const run = await this.lockRun(
      manager,
      runId,
      succeeded ? RunStatus.Succeeded : RunStatus.Failed,
    );
    const { runs, attempts } = trackingTables(manager);
    await manager.query(
      `UPDATE ${attempts} SET outcome = $2, ended_at = $3, note = $4
       WHERE run_id = $1 AND outcome = 'running'`,
      [
        runId,
        succeeded ? AttemptOutcome.Succeeded : AttemptOutcome.Failed,
        endedAt,
        outcome.note ?? (outcome.status === 'succeeded' ? null : outcome.error.message),
      ],
    );
    const durationMs =
      outcome.durationMs ??
      (run.startedAt === null ? null : endedAt.getTime() - run.startedAt.getTime());
    const [rows]: [RunRecord[]] = await manager.query(
      `UPDATE ${runs} AS r SET status = $2, ended_at = $3, duration_ms = $4,
         metrics = r.metrics || $5::jsonb, artifacts = $6::jsonb, samples_per_second = $7, error = $8::jsonb
       WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
      outcome.status === 'succeeded'
        ? [
            runId,
            RunStatus.Succeeded,
            endedAt,
            durationMs,
            JSON.stringify(encodeMetrics(outcome.metrics)),
            JSON.stringify(outcome.artifacts),
            outcome.samplesPerSecond,
            null,
          ]
        : [
            runId,
            RunStatus.Failed,
            endedAt,
            durationMs,
            '{}',
            JSON.stringify(run.artifacts),
            run.samplesPerSecond,
            JSON.stringify(outcome.error),
          ],
    );
    return toTrackedRun(rows[0]);
  }

  /** The run as recorded now (without its configuration), or null. */
  async getRun(manager: EntityManager, runId: string): Promise<TrackedRun | null> {
    if (!isUuid(runId)) return null;
    const rows: RunRecord[] = await manager.query(
      `SELECT ${RUN_COLUMNS} FROM ${trackingTables(manager).runs} r WHERE r.id = $1`,
      [runId],
    );
    return rows.length === 0 ? null : toTrackedRun(rows[0]);
  }

  /** Adds or replaces tags; tags not named are kept. */
  async setTags(
    manager: EntityManager,
    runId: string,
    tags: Record<string, string>,
  ): Promise<void> {
    const problems = stringMapProblems('tags', tags);
    if (problems.length > 0) throw invalidRun(runId, problems);
    if (!isUuid(runId)) throw runNotFound(runId);
    const { runs } = trackingTables(manager);
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE ${runs} SET tags = tags || $2::jsonb WHERE id = $1`,
      [runId, JSON.stringify(tags)],
    );
    if (count === 0) throw runNotFound(runId);
  }

  /**
   * Folds another training request into a run instead of starting a second one. Recording the
   * same request twice changes nothing; returns whether it was new to the run.
   */
  async addCoalescedRequest(
    manager: EntityManager,
    runId: string,
    requestId: string,
  ): Promise<boolean> {
    if (!isUuid(runId)) throw runNotFound(runId);
    const { runs } = trackingTables(manager);
    const [[row]]: [{ added: boolean }[]] = await manager.query(
      `UPDATE ${runs} AS r
       SET request_ids = CASE WHEN $2 = ANY(r.request_ids) THEN r.request_ids ELSE array_append(r.request_ids, $2) END,
           coalesced = r.coalesced + CASE WHEN $2 = ANY(r.request_ids) THEN 0 ELSE 1 END
       FROM ${runs} AS before
       WHERE r.id = $1 AND before.id = r.id
       RETURNING NOT ($2 = ANY(before.request_ids)) AS added`,
      [runId, requestId],
    );
    if (row === undefined) throw runNotFound(runId);
    return row.added;
  }

  /** The run locked for this transaction, refused unless it may move to `to`. */
  private async lockRun(manager: EntityManager, runId: string, to: RunStatus): Promise<TrackedRun> {
    if (!isUuid(runId)) throw runNotFound(runId);
    const { runs } = trackingTables(manager);
    const rows: RunRecord[] = await manager.query(
      `SELECT ${RUN_COLUMNS} FROM ${runs} r WHERE r.id = $1 FOR UPDATE`,
      [runId],
    );
    if (rows.length === 0) throw runNotFound(runId);
    const run = toTrackedRun(rows[0]);
    if (!canMoveRun(run.status, to))
      throw new PlatformError(
        TrackingErrorCode.IllegalRunTransition,
        `Run ${runId} is ${run.status} and cannot become ${to}.`,
        { kind: ErrorKind.Conflict, details: { runId, from: run.status, to } },
      );
    return run;
  }
}
