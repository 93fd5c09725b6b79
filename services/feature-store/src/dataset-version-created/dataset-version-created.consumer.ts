import type { DatasetVersionCreated } from '@loopline/contracts';
import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { FeatureViewStore } from '../database/feature-view.store';
import type { DatasetVersionRef } from '../domain/dataset-version-ref';
import { MaterializationRequester } from '../materialize-feature-set/materialization.requester';

/**
 * A new dataset version: remember it (the feature store's own projection of ingestion's
 * versions), and queue a materialization of the newest version of every feature view that reads
 * that dataset, all in the inbox's transaction.
 */
@Controller()
export class DatasetVersionCreatedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly datasets: DatasetVersionStore,
    private readonly views: FeatureViewStore,
    private readonly requester: MaterializationRequester,
  ) {}

  @ConsumeEvent('DatasetVersionCreated')
  async handle(@Payload() event: ConsumedEvent<'DatasetVersionCreated'>): Promise<void> {
    const version = toDatasetVersionRef(event.payload);
    await this.inbox.runOnce(event, async (manager) => {
      await this.datasets.record(manager, version);
      for (const view of await this.views.latestSubscribedTo(manager, version.dataset)) {
        await this.requester.request(manager, view, version, { causedBy: event });
      }
    });
  }
}

function toDatasetVersionRef(payload: DatasetVersionCreated): DatasetVersionRef {
  return {
    id: payload.datasetVersionId,
    dataset: payload.datasetName,
    version: payload.version,
    contentSha256: payload.contentSha256,
    manifest: payload.manifest,
    rowCount: payload.rowCount,
    createdAt: new Date(payload.createdAt),
  };
}
