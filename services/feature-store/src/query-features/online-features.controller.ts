import { ErrorKind, PlatformError } from '@loopline/errors';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OnlineFeatureStore, type OnlineFeatureValues } from '../database/online-feature.store';
import { notFound } from './not-found';

/**
 * Lookup of an entity's latest aggregation values, for people and tools. Serving does not call
 * it: it keeps the same values in memory from the compacted `loopline.online-features` topic.
 */
@Controller('online-features')
export class OnlineFeaturesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly online: OnlineFeatureStore,
  ) {}

  @Get(':view/:entity')
  async lookup(
    @Param('view') view: string,
    @Param('entity') entity: string,
    @Query('version') version?: string,
  ): Promise<OnlineFeatureValues> {
    const parsed = version === undefined ? undefined : Number(version);
    if (parsed !== undefined && !(Number.isSafeInteger(parsed) && parsed > 0)) {
      throw new PlatformError(
        'FEATURE_STORE.INVALID_QUERY',
        'Invalid query: version must be a positive integer.',
        {
          kind: ErrorKind.InvalidInput,
        },
      );
    }
    const found = await this.online.find(this.dataSource.manager, view, entity, parsed);
    if (found === null)
      throw notFound(
        `No online values for ${entity} in feature view ${view}${version === undefined ? '' : ` v${version}`}; they appear once a feature set of the view is materialized.`,
      );
    return found;
  }
}
