import { isUuid } from '../domain/identifiers';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { diffProfiles, type DataProfile, type ProfileDiff } from '@loopline/stats';
import { DataSource } from 'typeorm';
import { BatchOutcomeReader } from '../accept-batch/batch-outcome.reader';
import type { BatchView } from '../accept-batch/batch-view';
import { BatchStore } from '../database/batch.store';
import { DataContractStore } from '../database/data-contract.store';
import { DatasetVersionStore } from '../database/dataset-version.store';
import type { DatasetVersion } from '../domain/dataset-version';
import { batchNotFound, datasetVersionNotFound, parseVersionNumber } from './not-found';
import { pageOf, type PageOf, parsePage } from './page-query';
import { toVersionSummary, type VersionSummary } from './version-summary';
import { VersionRowsReader } from './version-rows.reader';

/** Read side of datasets: versions with their lineage, manifests, profiles, diffs and rows. */
@Controller('datasets')
export class DatasetsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: DatasetVersionStore,
    private readonly batches: BatchStore,
    private readonly contracts: DataContractStore,
    private readonly outcomes: BatchOutcomeReader,
    private readonly rows: VersionRowsReader,
  ) {}

  @Get()
  async list(@Query('limit') limit?: unknown, @Query('offset') offset?: unknown) {
    const page = parsePage(limit, offset);
    const manager = this.dataSource.manager;
    const contracted = await this.contracts.datasets(manager);
    const selected = contracted.slice(page.offset, page.offset + page.limit);
    const items = await Promise.all(
      selected.map(async ({ dataset, latestVersion }) => {
        const head = await this.versions.head(manager, dataset);
        return {
          dataset,
          contractVersion: latestVersion,
          latestVersion: head?.version ?? null,
          latestVersionId: head?.id ?? null,
          rowCount: head?.rowCount ?? 0,
          updatedAt: head?.createdAt.toISOString() ?? null,
        };
      }),
    );
    return pageOf(items, page);
  }

  @Get(':dataset/versions')
  async versionsOf(
    @Param('dataset') dataset: string,
    @Query('limit') limit?: unknown,
    @Query('offset') offset?: unknown,
  ): Promise<PageOf<VersionSummary>> {
    const page = parsePage(limit, offset);
    const versions = await this.versions.list(this.dataSource.manager, dataset, page);
    return pageOf(versions.map(toVersionSummary), page);
  }

  @Get(':dataset/versions/:version')
  async manifest(@Param('dataset') dataset: string, @Param('version') version: string) {
    const found = await this.version(dataset, version);
    return { ...toVersionSummary(found), manifest: found.manifest };
  }

  @Get(':dataset/versions/:version/profile')
  async profile(
    @Param('dataset') dataset: string,
    @Param('version') version: string,
  ): Promise<DataProfile> {
    return (await this.version(dataset, version)).profile;
  }

  @Get(':dataset/versions/:version/rows')
  async sample(
    @Param('dataset') dataset: string,
    @Param('version') version: string,
    @Query('limit') limit?: unknown,
    @Query('offset') offset?: unknown,
  ) {
    const page = parsePage(limit ?? '20', offset);
    const found = await this.version(dataset, version);
    return pageOf(await this.rows.read(found, page), page);
  }

  @Get(':dataset/diff')
  async diff(
    @Param('dataset') dataset: string,
    @Query('from') from: string,
    @Query('to') to: string,
  ): Promise<ProfileDiff & { from: number; to: number }> {
    const [before, after] = [
      await this.version(dataset, from ?? ''),
      await this.version(dataset, to ?? ''),
    ];
    return {
      from: before.version,
      to: after.version,
      ...diffProfiles(before.profile, after.profile),
    };
  }

  @Get(':dataset/batches')
  async batchesOf(
    @Param('dataset') dataset: string,
    @Query('limit') limit?: unknown,
    @Query('offset') offset?: unknown,
  ): Promise<PageOf<BatchView>> {
    const page = parsePage(limit, offset);
    const batches = await this.batches.list(this.dataSource.manager, dataset, page);
    const views = await Promise.all(batches.map((batch) => this.outcomes.read(batch.batchId)));
    return pageOf(
      views.filter((view): view is BatchView => view !== null),
      page,
    );
  }

  @Get(':dataset/batches/:batchId')
  async batch(
    @Param('dataset') dataset: string,
    @Param('batchId') batchId: string,
  ): Promise<BatchView> {
    const view = isUuid(batchId) ? await this.outcomes.read(batchId) : null;
    if (view === null || view.dataset !== dataset) throw batchNotFound(dataset, batchId);
    return view;
  }

  @Get(':dataset/batches/:batchId/profile')
  async batchProfile(@Param('dataset') dataset: string, @Param('batchId') batchId: string) {
    const batch = isUuid(batchId)
      ? await this.batches.find(this.dataSource.manager, batchId)
      : null;
    if (batch === null || batch.dataset !== dataset || batch.profile === null) {
      throw batchNotFound(dataset, batchId);
    }
    return batch.profile;
  }

  private async version(dataset: string, text: string): Promise<DatasetVersion> {
    const number = parseVersionNumber(dataset, text);
    const found = await this.versions.find(this.dataSource.manager, dataset, number);
    if (found === null) throw datasetVersionNotFound(dataset, number);
    return found;
  }
}
