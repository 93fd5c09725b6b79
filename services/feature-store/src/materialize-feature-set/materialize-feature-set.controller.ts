import { randomUUID } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { FeatureViewStore } from '../database/feature-view.store';
import type { FeatureSet } from '../domain/feature-set';
import { MaterializationRequester } from './materialization.requester';

interface MaterializationBody {
  /** The view version; the newest when absent. */
  version?: unknown;
  /** The dataset version (id); the newest of the view's dataset when absent. */
  datasetVersionId?: unknown;
}

/**
 * Asks for a materialization by hand (a view registered after its data arrived, or a failed set
 * to retry): 202 when a job was queued, 200 when the set already exists; follow it at
 * `GET /feature-sets/:id`.
 */
@Controller('feature-views')
export class MaterializeFeatureSetController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: FeatureViewStore,
    private readonly datasets: DatasetVersionStore,
    private readonly requester: MaterializationRequester,
  ) {}

  @Post(':name/materializations')
  async request(
    @Param('name') name: string,
    @Body() body: MaterializationBody | undefined,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<FeatureSet> {
    const { version, datasetVersionId } = body ?? {};
    if (version !== undefined && !(Number.isSafeInteger(version) && (version as number) > 0))
      throw badRequest('"version" must be a positive integer (or left out for the newest)');
    if (datasetVersionId !== undefined && typeof datasetVersionId !== 'string')
      throw badRequest(
        '"datasetVersionId" must be a dataset version id (or left out for the newest)',
      );
    return this.dataSource.transaction(async (manager) => {
      const view =
        version === undefined
          ? await this.views.latest(manager, name)
          : await this.views.find(manager, name, version as number);
      if (view === null)
        throw notFound(
          `Feature view ${name}${version === undefined ? '' : ` v${String(version)}`} is not registered; list views at GET /feature-views.`,
        );
      const dataset =
        datasetVersionId === undefined
          ? await this.datasets.latest(manager, view.definition.source.dataset)
          : await this.datasets.find(manager, datasetVersionId);
      if (dataset === null || dataset.dataset !== view.definition.source.dataset)
        throw notFound(
          `No version of dataset ${view.definition.source.dataset}${datasetVersionId === undefined ? '' : ` with id ${String(datasetVersionId)}`} is known here yet; ingest a batch first.`,
        );
      const requested = await this.requester.request(manager, view, dataset, {
        correlationId: correlationId || randomUUID(),
      });
      response.status(requested.created ? 202 : 200);
      return requested.featureSet;
    });
  }
}

function badRequest(message: string): PlatformError {
  return new PlatformError('FEATURE_STORE.INVALID_MATERIALIZATION_REQUEST', message, {
    kind: ErrorKind.InvalidInput,
  });
}

function notFound(message: string): PlatformError {
  return new PlatformError('FEATURE_STORE.NOT_FOUND', message, { kind: ErrorKind.NotFound });
}
