import type { ColumnDrift } from '@loopline/stats';
import type { WindowPerformance } from '../performance/prediction-outcomes';
import type { MonitoringWindowRow } from './monitoring-window.row';

/** One column's verdict in a window, as the HTTP API and charts read it. */
function columnView(column: ColumnDrift) {
  return {
    column: column.column,
    kind: column.kind,
    drifted: column.verdict.drifted,
    psi: column.verdict.statistic,
    threshold: column.verdict.threshold,
    noiseThreshold: column.verdict.noiseThreshold,
    minimumEffect: column.verdict.minimumEffect,
    ks: column.statistics.ks ?? null,
    wasserstein: column.statistics.wasserstein ?? null,
    chiSquare: column.statistics.chiSquare ?? null,
    jensenShannon: column.statistics.jensenShannon,
  };
}

export function windowView(
  window: MonitoringWindowRow,
  performance: WindowPerformance | undefined,
) {
  return {
    windowId: window.windowId,
    modelName: window.modelName,
    modelVersion: window.modelVersion,
    trainingRunId: window.trainingRunId,
    role: window.role,
    status: window.status,
    windowStart: new Date(window.windowStart).toISOString(),
    windowEnd: new Date(window.windowEnd).toISOString(),
    predictionCount: window.rowCount,
    closeReason: window.closeReason,
    closedAt: window.closedAt === null ? null : new Date(window.closedAt).toISOString(),
    drifting: window.drifting,
    driftedShare: window.drift?.driftedShare ?? null,
    columns: (window.drift?.columns ?? []).map(columnView),
    performance: performance ?? { labeledCount: 0, metrics: {} },
    report: window.report,
  };
}

/**
 * Windows oldest first as series a chart draws directly: one x axis (window ends), per column
 * its PSI, threshold and verdict, and the realized metrics.
 */
export function windowSeries(
  windows: readonly MonitoringWindowRow[],
  performance: ReadonlyMap<string, WindowPerformance>,
) {
  const closed = windows.filter((window) => window.status === 'closed');
  const columns = new Map<
    string,
    { psi: (number | null)[]; threshold: (number | null)[]; drifted: (boolean | null)[] }
  >();
  closed.forEach((window, index) => {
    for (const column of window.drift?.columns ?? []) {
      let series = columns.get(column.column);
      if (series === undefined) {
        series = { psi: [], threshold: [], drifted: [] };
        columns.set(column.column, series);
      }
      while (series.psi.length < index) {
        series.psi.push(null);
        series.threshold.push(null);
        series.drifted.push(null);
      }
      series.psi.push(column.verdict.statistic);
      series.threshold.push(column.verdict.threshold);
      series.drifted.push(column.verdict.drifted);
    }
  });
  const metricNames = new Set(
    closed.flatMap((window) => Object.keys(performance.get(window.windowId)?.metrics ?? {})),
  );
  return {
    windowEnd: closed.map((window) => new Date(window.windowEnd).toISOString()),
    predictionCount: closed.map((window) => window.rowCount),
    driftedShare: closed.map((window) => window.drift?.driftedShare ?? null),
    columns: Object.fromEntries(
      [...columns].map(([name, series]) => {
        while (series.psi.length < closed.length) {
          series.psi.push(null);
          series.threshold.push(null);
          series.drifted.push(null);
        }
        return [name, series];
      }),
    ),
    labeledCount: closed.map((window) => performance.get(window.windowId)?.labeledCount ?? 0),
    metrics: Object.fromEntries(
      [...metricNames].map((name) => [
        name,
        closed.map((window) => performance.get(window.windowId)?.metrics[name] ?? null),
      ]),
    ),
  };
}
