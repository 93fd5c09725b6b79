import type { EntityManager } from 'typeorm';
import type { KnownFeatureSet, MonitoredVersion, ServingChampion } from './catalog-records';

/**
 * Monitoring's read model of what other services decided, built from their events: trained
 * versions, materialized feature sets and the serving champion per model. Every read takes the
 * caller's transaction manager, so a decision and what it read commit together.
 */
export abstract class MonitoringCatalog {
  abstract version(manager: EntityManager, trainingRunId: string): Promise<MonitoredVersion | null>;
  abstract featureSet(
    manager: EntityManager,
    featureSetId: string,
  ): Promise<KnownFeatureSet | null>;
  /** The most recently materialized feature set of a view (any version of it). */
  abstract newestFeatureSet(
    manager: EntityManager,
    featureViewName: string,
  ): Promise<KnownFeatureSet | null>;
  abstract champion(manager: EntityManager, modelName: string): Promise<ServingChampion | null>;
}
