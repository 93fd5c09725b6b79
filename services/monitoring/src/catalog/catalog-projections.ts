import type { ArtifactRef, EventPayloads } from '@loopline/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KnownFeatureSet, MonitoredVersion, ServingChampion } from './catalog-records';
import { KnownFeatureSetRow } from './known-feature-set.row';
import { MonitoringCatalog } from './monitoring-catalog';
import { MonitoredVersionRow } from './monitored-version.row';
import { ServingChampionRow } from './serving-champion.row';
import { VersionEvaluationRow } from './version-evaluation.row';

/** `test.roc_auc` → `roc_auc`: the registry qualifies metrics by split, realized ones are not. */
function testMetricsOf(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(metrics)
      .filter(([name]) => name.startsWith('test.'))
      .map(([name, value]) => [name.slice('test.'.length), value]),
  );
}

/**
 * The catalog, kept in monitoring's own tables from other services' events. Each record method
 * is idempotent for its event (the inbox already stops redeliveries; upserts keep a replayed
 * topic harmless too).
 */
@Injectable()
export class CatalogProjections extends MonitoringCatalog {
  async recordVersion(
    manager: EntityManager,
    event: EventPayloads['ModelVersionRegistered'],
  ): Promise<void> {
    const { lineage } = event;
    await manager.upsert(
      MonitoredVersionRow,
      {
        trainingRunId: lineage.trainingRunId,
        modelName: event.modelName,
        modelVersion: event.modelVersion,
        task: event.task,
        featureSetId: lineage.featureSetId,
        featureViewName: lineage.featureViewName,
        featureViewVersion: lineage.featureViewVersion,
        datasetName: lineage.datasetName,
        datasetVersionId: lineage.datasetVersionId,
        testMetrics: testMetricsOf(event.metrics),
        transform: event.transform,
      },
      ['trainingRunId'],
    );
  }

  /** An evaluation's report gives the version's output distribution on its test split. */
  async recordEvaluation(
    manager: EntityManager,
    trainingRunId: string,
    report: ArtifactRef | null,
  ): Promise<void> {
    if (report !== null)
      await manager.upsert(VersionEvaluationRow, { trainingRunId, report }, ['trainingRunId']);
  }

  async recordFeatureSet(
    manager: EntityManager,
    event: EventPayloads['FeatureSetMaterialized'],
  ): Promise<void> {
    await manager.upsert(
      KnownFeatureSetRow,
      {
        featureSetId: event.featureSetId,
        featureViewName: event.featureViewName,
        featureViewVersion: event.featureViewVersion,
        datasetName: event.datasetName,
        datasetVersionId: event.datasetVersionId,
        driftReference: event.driftReference ?? null,
        materializedAt: event.materializedAt,
      },
      ['featureSetId'],
    );
  }

  async recordChampion(
    manager: EntityManager,
    event: EventPayloads['RolloutCompleted'],
  ): Promise<void> {
    await manager.upsert(
      ServingChampionRow,
      {
        modelName: event.modelName,
        trainingRunId: event.lineage.trainingRunId,
        modelVersion: event.modelVersion,
        rolloutId: event.rolloutId,
        since: event.completedAt,
      },
      ['modelName'],
    );
  }

  /**
   * A rollback after completion hands all traffic back to the restored version; one during a
   * rollout leaves the champion as it was (the rolled-back version never served it all).
   */
  async recordRollback(
    manager: EntityManager,
    event: EventPayloads['RolloutRolledBack'],
  ): Promise<void> {
    const champion = await manager.findOneBy(ServingChampionRow, { modelName: event.modelName });
    if (champion?.trainingRunId !== event.trainingRunId) return;
    const restored =
      event.restoredModelVersion === null
        ? null
        : await manager.findOneBy(MonitoredVersionRow, {
            modelName: event.modelName,
            modelVersion: event.restoredModelVersion,
          });
    if (restored === null) {
      await manager.delete(ServingChampionRow, { modelName: event.modelName });
      return;
    }
    await manager.save(
      Object.assign(champion, {
        trainingRunId: restored.trainingRunId,
        modelVersion: restored.modelVersion,
        rolloutId: event.rolloutId,
        since: event.rolledBackAt,
      }),
    );
  }

  async version(manager: EntityManager, trainingRunId: string): Promise<MonitoredVersion | null> {
    const row = await manager.findOneBy(MonitoredVersionRow, { trainingRunId });
    if (row === null) return null;
    const evaluation = await manager.findOneBy(VersionEvaluationRow, { trainingRunId });
    return {
      ...row,
      evaluationReport: evaluation?.report ?? null,
    };
  }

  async featureSet(manager: EntityManager, featureSetId: string): Promise<KnownFeatureSet | null> {
    return manager.findOneBy(KnownFeatureSetRow, { featureSetId });
  }

  async newestFeatureSet(
    manager: EntityManager,
    featureViewName: string,
  ): Promise<KnownFeatureSet | null> {
    return manager.findOne(KnownFeatureSetRow, {
      where: { featureViewName },
      order: { materializedAt: 'DESC' },
    });
  }

  async champion(manager: EntityManager, modelName: string): Promise<ServingChampion | null> {
    return manager.findOneBy(ServingChampionRow, { modelName });
  }
}
