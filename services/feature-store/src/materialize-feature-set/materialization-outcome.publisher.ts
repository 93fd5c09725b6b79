import type { PlatformError } from '@loopline/errors';
import type { Job } from '@loopline/jobs';
import { onlineFeatureKey } from '@loopline/online-features';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { FeatureSetStore } from '../database/feature-set.store';
import { FeatureViewStore } from '../database/feature-view.store';
import { OnlineFeatureStore } from '../database/online-feature.store';
import type { MaterializationOutcome } from './materialization-outcome';
import type { MaterializeFeatureSetInput } from './materialize-feature-set.input';

/**
 * Commits a materialization's outcome with its events, in the job's final transaction: the
 * feature set completed, its online values replaced and announced, and FeatureSetMaterialized;
 * or the set failed and FeatureSetMaterializationFailed. Either both happen or neither.
 */
@Injectable()
export class MaterializationOutcomePublisher {
  constructor(
    private readonly featureSets: FeatureSetStore,
    private readonly views: FeatureViewStore,
    private readonly datasets: DatasetVersionStore,
    private readonly online: OnlineFeatureStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async completed(
    manager: EntityManager,
    job: Job<MaterializeFeatureSetInput>,
    { result, onlineValues }: MaterializationOutcome,
  ): Promise<void> {
    const featureSet = await this.featureSets.complete(manager, job.input.featureSetId, result);
    const view = await this.views.find(manager, featureSet.viewName, featureSet.viewVersion);
    const dataset = await this.datasets.find(manager, featureSet.datasetVersionId);
    if (view === null || dataset === null)
      throw new Error(`feature set ${featureSet.id} lost its view or dataset version`);
    const materializedAt = Date.now();
    await this.outbox.enqueue(
      manager,
      'FeatureSetMaterialized',
      {
        featureViewName: view.name,
        featureViewVersion: view.version,
        featureSetId: featureSet.id,
        datasetName: dataset.dataset,
        datasetVersionId: dataset.id,
        datasetContentSha256: dataset.contentSha256,
        splits: result.splits,
        splitSeed: view.definition.split.seed,
        transformStatistics: result.transformSpec,
        referenceProfile: result.referenceProfile,
        // A job whose files were stored before test inputs were written resumes without them.
        testInputs: result.testInputs ?? null,
        // Likewise a job whose files were stored before drift references were written.
        driftReference: result.driftReference ?? null,
        featureNames: result.featureNames,
        labelColumn: view.definition.label?.name ?? null,
        rowCount: result.rowCount,
        asOf: result.asOf,
        materializedAt,
      },
      job.publishContext,
    );
    if (onlineValues.length === 0 || result.asOf === null) return;
    await this.online.replace(manager, view, featureSet.id, new Date(result.asOf), onlineValues);
    for (const { entity, values } of onlineValues) {
      await this.outbox.enqueue(
        manager,
        'OnlineFeaturesUpdated',
        {
          featureKey: onlineFeatureKey(view.name, view.version, entity),
          featureViewName: view.name,
          featureViewVersion: view.version,
          entity,
          values: Object.entries(values).map(([name, value]) => ({ name, value })),
          asOf: result.asOf,
          featureSetId: featureSet.id,
          datasetVersionId: dataset.id,
          updatedAt: materializedAt,
        },
        job.publishContext,
      );
    }
  }

  async failed(
    manager: EntityManager,
    job: Job<MaterializeFeatureSetInput>,
    error: PlatformError,
  ): Promise<void> {
    const featureSet = await this.featureSets.fail(manager, job.input.featureSetId, error);
    const dataset = await this.datasets.find(manager, featureSet.datasetVersionId);
    await this.outbox.enqueue(
      manager,
      'FeatureSetMaterializationFailed',
      {
        featureViewName: featureSet.viewName,
        featureViewVersion: featureSet.viewVersion,
        featureSetId: featureSet.id,
        datasetName: dataset?.dataset ?? '',
        datasetVersionId: featureSet.datasetVersionId,
        errorCode: error.code,
        reason: error.message,
        failedAt: Date.now(),
      },
      job.publishContext,
    );
  }
}
