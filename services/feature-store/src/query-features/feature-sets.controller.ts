import { ErrorKind, PlatformError } from '@loopline/errors';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeatureSetStore } from '../database/feature-set.store';
import { type FeatureSet, FeatureSetStatus } from '../domain/feature-set';
import { notFound } from './not-found';

/** A feature set as the API shows it: its record plus how long it has been (or was) running. */
export type FeatureSetView = FeatureSet & { elapsedMs: number | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = Object.values(FeatureSetStatus) as string[];

/** Feature sets with their progress while they materialize and their files once done. */
@Controller('feature-sets')
export class FeatureSetsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly featureSets: FeatureSetStore,
  ) {}

  @Get()
  async list(
    @Query('view') view?: string,
    @Query('status') status?: string,
    @Query('datasetVersionId') datasetVersionId?: string,
    @Query('limit') limit = '50',
  ): Promise<{ featureSets: FeatureSetView[] }> {
    if (status !== undefined && !STATUSES.includes(status))
      throw invalidQuery(`status must be one of ${STATUSES.join(', ')}`);
    if (datasetVersionId !== undefined && !UUID.test(datasetVersionId))
      throw invalidQuery('datasetVersionId must be a dataset version id (a UUID)');
    const take = Number(limit);
    if (!Number.isSafeInteger(take) || take < 1 || take > 500)
      throw invalidQuery('limit must be an integer from 1 to 500');
    const found = await this.featureSets.list(
      this.dataSource.manager,
      {
        ...(view === undefined ? {} : { viewName: view }),
        ...(status === undefined ? {} : { status: status as FeatureSetStatus }),
        ...(datasetVersionId === undefined ? {} : { datasetVersionId }),
      },
      take,
    );
    return { featureSets: found.map(withElapsed) };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<FeatureSetView> {
    const found = await this.featureSets.find(this.dataSource.manager, id);
    if (found === null)
      throw notFound(`Feature set ${id} does not exist; list them at GET /feature-sets.`);
    return withElapsed(found);
  }
}

function withElapsed(featureSet: FeatureSet): FeatureSetView {
  const { startedAt, finishedAt } = featureSet;
  const elapsedMs =
    startedAt === null ? null : (finishedAt ?? new Date()).getTime() - startedAt.getTime();
  return { ...featureSet, elapsedMs };
}

function invalidQuery(message: string): PlatformError {
  return new PlatformError('FEATURE_STORE.INVALID_QUERY', `Invalid query: ${message}.`, {
    kind: ErrorKind.InvalidInput,
  });
}
