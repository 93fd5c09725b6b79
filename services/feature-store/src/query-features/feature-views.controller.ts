import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeatureViewStore } from '../database/feature-view.store';
import type { FeatureViewVersion } from '../domain/feature-view-version';
import { notFound } from './not-found';

/** Feature views and their versions, as registered. */
@Controller('feature-views')
export class FeatureViewsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: FeatureViewStore,
  ) {}

  /** The newest version of every view. */
  @Get()
  async list(): Promise<{ views: FeatureViewVersion[] }> {
    return { views: await this.views.latestOfEach(this.dataSource.manager) };
  }

  /** Every version of one view, newest first. */
  @Get(':name')
  async versions(
    @Param('name') name: string,
  ): Promise<{ name: string; versions: FeatureViewVersion[] }> {
    const versions = await this.views.versions(this.dataSource.manager, name);
    if (versions.length === 0)
      throw notFound(`Feature view ${name} is not registered; list views at GET /feature-views.`);
    return { name, versions };
  }

  @Get(':name/versions/:version')
  async version(
    @Param('name') name: string,
    @Param('version', ParseIntPipe) version: number,
  ): Promise<FeatureViewVersion> {
    const found = await this.views.find(this.dataSource.manager, name, version);
    if (found === null)
      throw notFound(
        `Feature view ${name} has no version ${version}; see GET /feature-views/${name}.`,
      );
    return found;
  }
}
