import { ErrorKind, PlatformError } from '@loopline/errors';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import { MonitoringErrorCode } from '../monitoring-error-code';
import { PredictionOutcomes } from '../performance/prediction-outcomes';
import { MonitoringWindowRow } from './monitoring-window.row';
import { VersionReferences } from './version-references';
import { windowSeries, windowView } from './window-views';

const MAX_LIMIT = 1_000;

/** Per model: drift status, windows with their statistics over time, one window in full. */
@Controller()
export class WindowsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: MonitoringCatalog,
    private readonly outcomes: PredictionOutcomes,
    private readonly references: VersionReferences,
  ) {}

  @Get('v1/models')
  async models() {
    const rows: { model_name: string; windows: string; last_end: string | null }[] =
      await this.dataSource.manager
        .createQueryBuilder(MonitoringWindowRow, 'w')
        .select('w.model_name', 'model_name')
        .addSelect('count(*)', 'windows')
        .addSelect('max(w.window_end)', 'last_end')
        .groupBy('w.model_name')
        .orderBy('w.model_name')
        .getRawMany();
    return {
      models: rows.map((row) => ({
        modelName: row.model_name,
        windows: Number(row.windows),
        lastPredictionAt:
          row.last_end === null ? null : new Date(Number(row.last_end) - 1).toISOString(),
      })),
    };
  }

  /** Current drift status: the champion and the newest closed window of each serving version. */
  @Get('v1/models/:model')
  async status(@Param('model') modelName: string) {
    const manager = this.dataSource.manager;
    const windows = await manager.find(MonitoringWindowRow, {
      where: { modelName },
      order: { windowStart: 'DESC' },
      take: 200,
    });
    const champion = await this.catalog.champion(manager, modelName);
    if (windows.length === 0 && champion === null) throw notMonitored(modelName);
    const newestClosed = new Map<string, MonitoringWindowRow>();
    for (const window of windows)
      if (window.status === 'closed' && !newestClosed.has(window.trainingRunId))
        newestClosed.set(window.trainingRunId, window);
    const performance = await this.outcomes.windowPerformance(
      manager,
      [...newestClosed.values()].map((window) => window.windowId),
    );
    const championWindow = champion ? newestClosed.get(champion.trainingRunId) : undefined;
    const reference =
      champion && (await this.references.forVersion(manager, champion.trainingRunId));
    return {
      modelName,
      champion:
        champion === null
          ? null
          : {
              ...champion,
              since: new Date(champion.since).toISOString(),
              // What its windows are compared with; null until its feature set's reference is known.
              watched: reference
                ? { inputs: reference.inputColumns, prediction: reference.hasOutput }
                : null,
            },
      drift: championWindow
        ? {
            status:
              championWindow.drifting === null
                ? 'not_judged'
                : championWindow.drifting
                  ? 'drifting'
                  : 'stable',
            windowId: championWindow.windowId,
            driftedShare: championWindow.drift?.driftedShare ?? null,
            driftedColumns: championWindow.drift?.driftedColumns ?? [],
          }
        : { status: 'no_window' },
      openWindows: windows
        .filter((window) => window.status === 'open')
        .map((window) => windowView(window, undefined)),
      latestWindows: [...newestClosed.values()].map((window) =>
        windowView(window, performance.get(window.windowId)),
      ),
    };
  }

  /** Windows, newest `limit` of them, oldest first; `?series=true` adds chart-ready series. */
  @Get('v1/models/:model/windows')
  async windows(
    @Param('model') modelName: string,
    @Query('trainingRunId') trainingRunId?: string,
    @Query('role') role?: string,
    @Query('limit') limit?: string,
  ) {
    const take = parseLimit(limit);
    const where: FindOptionsWhere<MonitoringWindowRow> = { modelName };
    if (trainingRunId) where.trainingRunId = trainingRunId;
    if (role) where.role = role;
    const manager = this.dataSource.manager;
    const windows = (
      await manager.find(MonitoringWindowRow, { where, order: { windowStart: 'DESC' }, take })
    ).reverse();
    if (windows.length === 0 && (await this.catalog.champion(manager, modelName)) === null)
      throw notMonitored(modelName);
    const performance = await this.outcomes.windowPerformance(
      manager,
      windows.map((window) => window.windowId),
    );
    return {
      modelName,
      windows: windows.map((window) => windowView(window, performance.get(window.windowId))),
      series: windowSeries(windows, performance),
    };
  }

  @Get('v1/models/:model/windows/:windowId')
  async window(@Param('model') modelName: string, @Param('windowId') windowId: string) {
    const window = /^[0-9a-f-]{36}$/i.test(windowId)
      ? await this.dataSource.manager.findOneBy(MonitoringWindowRow, { modelName, windowId })
      : null;
    if (window === null)
      throw new PlatformError(
        MonitoringErrorCode.WindowNotFound,
        `No window ${windowId} of ${modelName}; list them with GET /v1/models/${modelName}/windows.`,
        { kind: ErrorKind.NotFound, details: { modelName, windowId } },
      );
    const performance = await this.outcomes.windowPerformance(this.dataSource.manager, [windowId]);
    return { ...windowView(window, performance.get(windowId)), drift: window.drift };
  }
}

function parseLimit(limit: string | undefined): number {
  if (limit === undefined) return 100;
  const value = Number(limit);
  if (Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT) return value;
  throw new PlatformError(
    MonitoringErrorCode.InvalidQuery,
    `limit must be a whole number from 1 to ${MAX_LIMIT} (got '${limit}').`,
    { kind: ErrorKind.InvalidInput, details: { limit } },
  );
}

function notMonitored(modelName: string): PlatformError {
  return new PlatformError(
    MonitoringErrorCode.ModelNotMonitored,
    `Model ${modelName} has no monitoring windows and no version in production yet. Windows open when its prediction logs arrive; list watched models with GET /v1/models.`,
    { kind: ErrorKind.NotFound, details: { modelName } },
  );
}
