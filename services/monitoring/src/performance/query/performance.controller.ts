import { RequiresRole } from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MonitoringErrorCode } from '../../monitoring-error-code';
import { PerformanceReader } from './performance.reader';

const MODEL_NAME = /^[a-z][a-z0-9_-]{0,63}$/;
const DEFAULT_WINDOWS = 100;
const MAX_WINDOWS = 1_000;

/** Realized performance of a model over HTTP, for people and dashboards. */
@Controller('v1/models/:model/performance')
export class PerformanceController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: PerformanceReader,
  ) {}

  /**
   * Per version, its newest `limit` windows (oldest first): labelled count, realized metrics, the
   * version's baseline and whether the window degraded; plus how the model's labels fared.
   */
  @Get()
  @RequiresRole('viewer')
  async performance(@Param('model') modelName: string, @Query('limit') limit?: string) {
    if (!MODEL_NAME.test(modelName))
      throw invalidQuery(
        `'${modelName}' is not a model name: lower-case letters, digits, '-' and '_', starting with a letter, at most 64 characters`,
      );
    const found = await this.reader.read(this.dataSource.manager, modelName, parseLimit(limit));
    if (found === null)
      throw new PlatformError(
        MonitoringErrorCode.ModelNotMonitored,
        `Model ${modelName} has no logged predictions, labels or policy here. Performance appears once its prediction logs arrive; list watched models with GET /v1/models.`,
        { kind: ErrorKind.NotFound, details: { modelName } },
      );
    return found;
  }
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WINDOWS;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > MAX_WINDOWS)
    throw invalidQuery(`limit must be a whole number from 1 to ${MAX_WINDOWS} (got '${text}')`);
  return limit;
}

function invalidQuery(message: string): PlatformError {
  return new PlatformError(MonitoringErrorCode.InvalidQuery, `${message}.`, {
    kind: ErrorKind.InvalidInput,
  });
}
