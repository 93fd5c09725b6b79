import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KnownFeatureSet, MonitoredVersion } from '../catalog/catalog-records';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import type { FeatureSetFacts } from './domain';

/** The serving version and the data a retrained model would see, as the catalog knows them. */
export interface TrainingData {
  serving: MonitoredVersion | null;
  servingFeatureSet: FeatureSetFacts | null;
  newest: KnownFeatureSet | null;
}

/** Looks up what a retraining request names: the serving version's view and its newest data. */
@Injectable()
export class TrainingDataResolver {
  constructor(@Inject(MonitoringCatalog) private readonly catalog: MonitoringCatalog) {}

  async resolve(
    manager: EntityManager,
    modelName: string,
    servingTrainingRunId: string | undefined,
  ): Promise<TrainingData & { servingTrainingRunId: string | null }> {
    const runId =
      servingTrainingRunId ?? (await this.catalog.champion(manager, modelName))?.trainingRunId;
    if (runId === undefined)
      return { serving: null, servingFeatureSet: null, newest: null, servingTrainingRunId: null };
    const serving = await this.catalog.version(manager, runId);
    if (serving === null)
      return { serving, servingFeatureSet: null, newest: null, servingTrainingRunId: runId };
    const known = await this.catalog.featureSet(manager, serving.featureSetId);
    return {
      serving,
      servingFeatureSet: {
        featureSetId: serving.featureSetId,
        datasetVersionId: serving.datasetVersionId,
        // An unknown materialization time makes any other feature set of the view count as newer.
        materializedAt: known?.materializedAt ?? Number.NEGATIVE_INFINITY,
      },
      newest: await this.catalog.newestFeatureSet(manager, serving.featureViewName),
      servingTrainingRunId: runId,
    };
  }
}
