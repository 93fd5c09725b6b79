import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RunAttempt, TrackedRun, TrackedRunDetail } from '../domain/tracked-run';
import type { AttemptOutcome } from '../domain/run-status';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type MetricHistory,
  type MetricSummary,
  type RunSearchPage,
  type RunSearchQuery,
} from '../domain/run-search';
import { decodePageToken, encodePageToken, searchFingerprint } from '../search/page-token';
import { parseRunFilter } from '../search/run-filter.parser';
import { parseRunOrder } from '../search/run-order.parser';
import { compileRunSearch } from '../search/run-search.compiler';
import { invalidQuery } from '../tracking.errors';
import { RUN_COLUMNS, type RunRecord, toTrackedRun } from './run-record.mapper';
import { trackingTables } from './tracking-tables';
import { isUuid } from './tracking-input.validator';

type SortedRecord = RunRecord & Record<`sort_${number}`, string | null>;

/** Reads runs: search, one run with its attempts, several side by side, metric histories. */
@Injectable()
export class TrackingReader {
  /** One page of runs matching an MLflow-style filter, in the requested order; one query. */
  async search(manager: EntityManager, query: RunSearchQuery): Promise<RunSearchPage> {
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
      throw invalidQuery(`limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`, { limit });
    const filter = parseRunFilter(query.filter ?? '');
    const order = parseRunOrder(query.orderBy ?? '');
    const fingerprint = searchFingerprint(filter, order);
    const after =
      query.pageToken === undefined || query.pageToken === ''
        ? null
        : decodePageToken(query.pageToken, fingerprint, order.length + 1);
    const { sql, params } = compileRunSearch(trackingTables(manager).runs, RUN_COLUMNS, {
      filter,
      order,
      after,
      limit: limit + 1,
    });
    const rows: SortedRecord[] = await manager.query(sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextPageToken =
      rows.length > limit
        ? encodePageToken(fingerprint, [...order.map((_, index) => last[`sort_${index}`]), last.id])
        : null;
    return { runs: page.map(toTrackedRun), nextPageToken };
  }

  /** A run with its full configuration and its attempts, or null. */
  async find(manager: EntityManager, runId: string): Promise<TrackedRunDetail | null> {
    if (!isUuid(runId)) return null;
    const { runs, attempts } = trackingTables(manager);
    const [rows, attemptRows]: [(RunRecord & { config: unknown })[], AttemptRecord[]] =
      await Promise.all([
        manager.query(`SELECT ${RUN_COLUMNS}, r.config FROM ${runs} r WHERE r.id = $1`, [runId]),
        manager.query(
          `SELECT attempt, backend, outcome, note, started_at AS "startedAt", ended_at AS "endedAt"
           FROM ${attempts} WHERE run_id = $1 ORDER BY attempt`,
          [runId],
        ),
      ]);
    if (rows.length === 0) return null;
    const attemptHistory: RunAttempt[] = attemptRows.map((row) => ({
      ...row,
      outcome: row.outcome as AttemptOutcome,
    }));
    return { ...toTrackedRun(rows[0]), config: rows[0].config, attemptHistory };
  }

  /** The runs with these ids (any order), without their configurations. */
  async findMany(manager: EntityManager, runIds: string[]): Promise<TrackedRun[]> {
    const ids = runIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows: RunRecord[] = await manager.query(
      `SELECT ${RUN_COLUMNS} FROM ${trackingTables(manager).runs} r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toTrackedRun);
  }

  /**
   * A metric's points by step. With `maxPoints` (2 or more), a longer history is thinned to at
   * most that many evenly spaced points, always keeping the first and the last.
   */
  async metricHistory(
    manager: EntityManager,
    runId: string,
    key: string,
    maxPoints?: number,
  ): Promise<MetricHistory> {
    if (maxPoints !== undefined && (!Number.isSafeInteger(maxPoints) || maxPoints < 2))
      throw invalidQuery('maxPoints must be an integer of at least 2', { maxPoints });
    const rows: { step: number; value: number; timestamp: number; total: number }[] =
      await manager.query(
        `SELECT step, value, timestamp, total FROM (
           SELECT step, value, (extract(epoch FROM recorded_at) * 1000)::float8 AS timestamp,
                  row_number() OVER (ORDER BY step) - 1 AS position, count(*) OVER ()::int AS total
           FROM ${trackingTables(manager).points} WHERE run_id = $1 AND key = $2) p
         WHERE $3::int IS NULL OR total <= $3::int
            OR position % ceil((total - 1)::float8 / ($3::int - 1))::int = 0 OR position = total - 1
         ORDER BY step`,
        [runId, key, maxPoints ?? null],
      );
    const totalPoints = rows[0]?.total ?? 0;
    return {
      runId,
      key,
      totalPoints,
      downsampled: rows.length < totalPoints,
      points: rows.map(({ step, value, timestamp }) => ({ step, value, timestamp })),
    };
  }

  /** Every metric key logged for a run, with its count, range and last value. */
  async metricSummaries(manager: EntityManager, runId: string): Promise<MetricSummary[]> {
    return manager.query(
      `SELECT key, count(*)::int AS count, max(step) AS "lastStep",
              (array_agg(value ORDER BY step DESC))[1] AS "lastValue",
              min(value) AS min, max(value) AS max, max(recorded_at) AS "lastRecordedAt"
       FROM ${trackingTables(manager).points} WHERE run_id = $1 GROUP BY key ORDER BY key`,
      [runId],
    );
  }
}

interface AttemptRecord {
  attempt: number;
  backend: string | null;
  outcome: string;
  note: string | null;
  startedAt: Date;
  endedAt: Date | null;
}
