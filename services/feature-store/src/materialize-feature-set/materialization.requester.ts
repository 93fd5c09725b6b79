import { JobQueue, type JobCause } from '@loopline/jobs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FeatureSetStore } from '../database/feature-set.store';
import type { DatasetVersionRef } from '../domain/dataset-version-ref';
import type { FeatureSet } from '../domain/feature-set';
import type { FeatureViewVersion } from '../domain/feature-view-version';
import {
  MATERIALIZE_FEATURE_SET_JOB,
  type MaterializeFeatureSetInput,
} from './materialize-feature-set.input';

/**
 * Asks for the feature set of a view version over a dataset version, in the caller's transaction:
 * a new (or previously failed) set gets a materialization job; one that is queued, running or
 * done is returned as it is, so repeated requests never materialize twice.
 */
@Injectable()
export class MaterializationRequester {
  constructor(
    private readonly featureSets: FeatureSetStore,
    private readonly jobs: JobQueue,
  ) {}

  async request(
    manager: EntityManager,
    view: FeatureViewVersion,
    datasetVersion: DatasetVersionRef,
    cause: JobCause,
  ): Promise<{ featureSet: FeatureSet; created: boolean }> {
    const requested = await this.featureSets.request(manager, {
      viewName: view.name,
      viewVersion: view.version,
      datasetVersionId: datasetVersion.id,
    });
    if (requested.created) {
      await this.jobs.enqueue<MaterializeFeatureSetInput>(manager, {
        kind: MATERIALIZE_FEATURE_SET_JOB,
        key: requested.featureSet.id,
        input: { featureSetId: requested.featureSet.id },
        ...cause,
      });
    }
    return requested;
  }
}
