import type { TrackedRun } from './tracked-run';

/**
 * Runs side by side: each run's params, metrics, tags and lineage in the order asked, and the
 * keys whose values differ between them (a key missing from some runs differs too).
 */
export interface RunComparison {
  runs: Pick<
    TrackedRun,
    | 'id'
    | 'modelName'
    | 'status'
    | 'params'
    | 'metrics'
    | 'tags'
    | 'lineage'
    | 'createdAt'
    | 'durationMs'
  >[];
  paramKeys: string[];
  differingParams: string[];
  metricKeys: string[];
  differingMetrics: string[];
  differingTags: string[];
  differingLineage: string[];
}

export function compareRuns(runs: TrackedRun[]): RunComparison {
  const params = keysOf(runs.map((run) => run.params));
  const metrics = keysOf(runs.map((run) => run.metrics));
  return {
    runs: runs.map(
      ({ id, modelName, status, params, metrics, tags, lineage, createdAt, durationMs }) => ({
        id,
        modelName,
        status,
        params,
        metrics,
        tags,
        lineage,
        createdAt,
        durationMs,
      }),
    ),
    paramKeys: params,
    differingParams: differing(runs.map((run) => run.params)),
    metricKeys: metrics,
    differingMetrics: differing(runs.map((run) => run.metrics)),
    differingTags: differing(runs.map((run) => run.tags)),
    differingLineage: differing(runs.map((run) => run.lineage)),
  };
}

function keysOf(maps: Record<string, unknown>[]): string[] {
  return [...new Set(maps.flatMap((map) => Object.keys(map)))].sort();
}

function differing(maps: Record<string, unknown>[]): string[] {
  return keysOf(maps).filter((key) => {
    const values = maps.map((map) => (key in map ? JSON.stringify(map[key]) : undefined));
    return values.some((value) => value !== values[0]);
  });
}
