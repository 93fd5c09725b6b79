import { ErrorKind, PlatformError } from '@loopline/errors';
import type { MetricPoint, NewTrackedRun } from '../domain/tracked-run';
import { TrackingErrorCode } from '../tracking-error-code';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT32 = 2 ** 31;
/** Keys longer than this are almost certainly a value logged as a key. */
const MAX_KEY_LENGTH = 250;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function checkNewRun(run: NewTrackedRun): void {
  const problems: string[] = [];
  if (!isUuid(run.id)) problems.push(`id must be a UUID, not '${run.id}'`);
  if (typeof run.modelName !== 'string' || run.modelName === '')
    problems.push('modelName must be a non-empty string');
  for (const name of ['trigger', 'reason', 'requestedBy'] as const)
    if (typeof run[name] !== 'string') problems.push(`${name} must be a string`);
  if (!Array.isArray(run.requestIds) || !run.requestIds.every((id) => typeof id === 'string'))
    problems.push('requestIds must be an array of strings');
  problems.push(
    ...stringMapProblems('params', run.params),
    ...stringMapProblems('tags', run.tags ?? {}),
  );
  if (run.configVersion !== null && !Number.isSafeInteger(run.configVersion))
    problems.push('configVersion must be an integer or null');
  if (problems.length > 0) throw invalidRun(run.id, problems);
}

export function invalidRun(runId: string, problems: string[]): PlatformError {
  return new PlatformError(
    TrackingErrorCode.InvalidRun,
    `Run ${runId} cannot be recorded: ${problems.join('; ')}.`,
    { kind: ErrorKind.InvalidInput, details: { runId, problems } },
  );
}

/** Params and tags are string maps, as in MLflow, so every value compares the same way. */
export function stringMapProblems(name: string, map: Record<string, string>): string[] {
  if (typeof map !== 'object' || map === null || Array.isArray(map))
    return [`${name} must be an object of strings`];
  return Object.entries(map)
    .filter(
      ([key, value]) => key === '' || key.length > MAX_KEY_LENGTH || typeof value !== 'string',
    )
    .map(
      ([key]) => `${name}.${key} must be a string under a key of 1 to ${MAX_KEY_LENGTH} characters`,
    );
}

export function checkMetricPoints(runId: string, points: readonly MetricPoint[]): void {
  for (const [index, point] of points.entries()) {
    const problem =
      typeof point.key !== 'string' || point.key === '' || point.key.length > MAX_KEY_LENGTH
        ? `key must be a string of 1 to ${MAX_KEY_LENGTH} characters`
        : !Number.isInteger(point.step) || point.step < -INT32 || point.step >= INT32
          ? 'step must be a 32-bit integer'
          : typeof point.value !== 'number'
            ? 'value must be a number'
            : point.timestamp !== undefined && !Number.isFinite(point.timestamp)
              ? 'timestamp must be epoch milliseconds'
              : undefined;
    if (problem !== undefined)
      throw new PlatformError(
        TrackingErrorCode.InvalidMetricPoints,
        `Metric point ${index} of run ${runId} is invalid: ${problem}; nothing of this batch was logged.`,
        { kind: ErrorKind.InvalidInput, details: { runId, index, problem } },
      );
  }
}

export function checkFinalMetrics(runId: string, metrics: Record<string, number>): void {
  const bad = Object.entries(metrics).filter(
    ([key, value]) => key === '' || typeof value !== 'number',
  );
  if (bad.length > 0)
    throw new PlatformError(
      TrackingErrorCode.InvalidRun,
      `Final metrics of run ${runId} must be numbers under non-empty keys; check ${bad.map(([key]) => key || "''").join(', ')}.`,
      { kind: ErrorKind.InvalidInput, details: { runId, keys: bad.map(([key]) => key) } },
    );
}
