import { ErrorKind, PlatformError } from '@loopline/errors';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TrackingReader } from '../database/tracking.reader';
import { compareRuns, type RunComparison } from '../domain/run-comparison';
import type { MetricHistory, MetricSummary, RunSearchPage } from '../domain/run-search';
import type { TrackedRunDetail } from '../domain/tracked-run';
import { invalidQuery, runNotFound } from '../tracking.errors';
import { TrackingErrorCode } from '../tracking-error-code';

/** Most runs one comparison shows; more do not fit side by side. */
const MAX_COMPARED = 50;

/**
 * Training runs for people and tools: search in MLflow's filter syntax, one run with its
 * attempts, runs side by side, and metric histories.
 */
@Controller('runs')
export class RunsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: TrackingReader,
  ) {}

  /** `GET /runs?filter=metrics.test_roc_auc > 0.7&orderBy=metrics.test_roc_auc DESC&limit=50` */
  @Get()
  async search(
    @Query('filter') filter?: string,
    @Query('orderBy') orderBy?: string,
    @Query('limit') limit?: string,
    @Query('pageToken') pageToken?: string,
  ): Promise<RunSearchPage> {
    return this.reader.search(this.dataSource.manager, {
      filter: single('filter', filter),
      orderBy: single('orderBy', orderBy),
      limit: limit === undefined ? undefined : integer('limit', limit),
      pageToken: single('pageToken', pageToken),
    });
  }

  /** `GET /runs/compare?ids=a,b,c`: the runs in that order, and what differs between them. */
  @Get('compare')
  async compare(@Query('ids') ids?: string): Promise<RunComparison> {
    const wanted = [
      ...new Set((single('ids', ids) ?? '').split(',').map((id) => id.trim())),
    ].filter((id) => id !== '');
    if (wanted.length < 2 || wanted.length > MAX_COMPARED)
      throw invalidQuery(`ids must list 2 to ${MAX_COMPARED} run ids, separated by commas`, {
        count: wanted.length,
      });
    const found = new Map(
      (await this.reader.findMany(this.dataSource.manager, wanted)).map((run) => [run.id, run]),
    );
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw new PlatformError(
        TrackingErrorCode.RunNotFound,
        `No run has the id(s) ${missing.join(', ')}; search runs at GET /runs.`,
        { kind: ErrorKind.NotFound, details: { missing } },
      );
    return compareRuns(wanted.map((id) => found.get(id)!));
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<TrackedRunDetail> {
    const run = await this.reader.find(this.dataSource.manager, id);
    if (run === null) throw runNotFound(id);
    return run;
  }

  /** Every metric key the run logged, with its count, range and last value. */
  @Get(':id/metrics')
  async metrics(@Param('id') id: string): Promise<{ runId: string; metrics: MetricSummary[] }> {
    await this.get(id);
    return { runId: id, metrics: await this.reader.metricSummaries(this.dataSource.manager, id) };
  }

  /** `GET /runs/:id/metrics/val_loss/history?maxPoints=200`; encode `/` in keys as %2F. */
  @Get(':id/metrics/:key/history')
  async history(
    @Param('id') id: string,
    @Param('key') key: string,
    @Query('maxPoints') maxPoints?: string,
  ): Promise<MetricHistory> {
    const thinTo = maxPoints === undefined ? undefined : integer('maxPoints', maxPoints);
    await this.get(id);
    const history = await this.reader.metricHistory(this.dataSource.manager, id, key, thinTo);
    if (history.totalPoints === 0)
      throw new PlatformError(
        TrackingErrorCode.MetricNotFound,
        `Run ${id} logged no metric '${key}'; its metric keys are at GET /runs/${id}/metrics.`,
        { kind: ErrorKind.NotFound, details: { runId: id, key } },
      );
    return history;
  }
}

/** A query parameter given once; `?filter=a&filter=b` is refused rather than guessed at. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw invalidQuery(`${name} must be given once, as a single string`);
}

function integer(name: string, value: unknown): number {
  const text = single(name, value) ?? '';
  if (!/^\d+$/.test(text)) throw invalidQuery(`${name} must be a whole number, not '${text}'`);
  return Number(text);
}
