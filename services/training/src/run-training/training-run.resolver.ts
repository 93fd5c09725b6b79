import type { FeatureSetMaterialized } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import {
  applyConfigOverrides,
  type TrainingConfig,
  trainingConfigSha256,
} from '@loopline/model-training';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FeatureSetStore } from '../feature-sets/feature-set.store';
import { TrainingConfigRegistry } from '../training-configs/training-config.registry';
import type { TrainModelInput } from './train-model.input';

/** What a run trains: the configuration as resolved when it starts, and the feature set. */
export interface ResolvedRun {
  config: TrainingConfig;
  configVersion: number;
  /** Hash of the configuration the run used, overrides applied. */
  configHash: string;
  featureSet: FeatureSetMaterialized;
}

/**
 * Resolves a run when it starts, not when it was asked for, so a coalesced follow-up trains on
 * the newest configuration and data. The newest request decides the feature set and overrides.
 */
@Injectable()
export class TrainingRunResolver {
  constructor(
    private readonly configs: TrainingConfigRegistry,
    private readonly featureSets: FeatureSetStore,
  ) {}

  async resolve(manager: EntityManager, input: TrainModelInput): Promise<ResolvedRun> {
    const newest = input.requests[input.requests.length - 1];
    const stored = await this.configs.newest(input.modelName, manager);
    if (stored === null)
      throw new PlatformError(
        'TRAINING.UNKNOWN_MODEL',
        `No training configuration is registered for model ${input.modelName}. Register one with PUT /training-configs/${input.modelName} (or a file in the training-configs folder), then request training again.`,
        { kind: ErrorKind.Unprocessable, details: { modelName: input.modelName } },
      );
    const config = applyConfigOverrides(stored.config, newest.configOverrides);
    const featureSet = await this.featureSetOf(manager, config, newest);
    return {
      config,
      configVersion: stored.version,
      configHash: trainingConfigSha256(config),
      featureSet,
    };
  }

  private async featureSetOf(
    manager: EntityManager,
    config: TrainingConfig,
    request: TrainModelInput['requests'][number],
  ): Promise<FeatureSetMaterialized> {
    const view = request.featureViewName ?? config.featureView.name;
    if (request.featureSetId !== null) {
      const named = await this.featureSets.find(manager, request.featureSetId);
      if (named === null)
        // Its FeatureSetMaterialized may still be on its way (another topic): worth retrying.
        throw new PlatformError(
          'TRAINING.UNKNOWN_FEATURE_SET',
          `Feature set ${request.featureSetId} has not been seen materialized. Check the id (GET /feature-sets/${request.featureSetId} on the feature store); training retries while its event may still arrive.`,
          { kind: ErrorKind.Unavailable, details: { featureSetId: request.featureSetId } },
        );
      if (named.featureViewName !== view)
        throw new PlatformError(
          'TRAINING.FEATURE_SET_MISMATCH',
          `Feature set ${request.featureSetId} is of feature view ${named.featureViewName}, but model ${config.modelName} trains on ${view}. Name a feature set of ${view}, or change the model's configuration.`,
          { kind: ErrorKind.Unprocessable },
        );
      return named;
    }
    const version = request.featureViewVersion ?? config.featureView.version;
    const found = await this.featureSets.newest(manager, view, version);
    if (found === null)
      throw new PlatformError(
        'TRAINING.NO_FEATURE_SET',
        `No feature set of ${view}${version === null ? '' : ` v${version}`} has been materialized yet, so model ${config.modelName} has nothing to train on. Ingest its dataset or ask the feature store to materialize (POST /feature-views/${view}/materializations), then request training again.`,
        { kind: ErrorKind.Unprocessable, details: { featureView: view, version } },
      );
    return found;
  }
}
