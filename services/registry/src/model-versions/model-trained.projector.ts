import { OutboxWriter, type ConsumedEvent } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GateVerdictRow } from '../database/gate-verdict.row';
import { lockModel } from '../database/model-lock';
import { ModelVersionRow } from '../database/model-version.row';
import { GateVerdictApplier } from '../gate-verdicts/gate-verdict.applier';
import { nextVersionNumber } from './next-version-number';

/**
 * ModelTrained: registers the next version of the model (numbers from 1, never reused) and
 * publishes ModelVersionRegistered. A training run is registered once, so a ModelTrained
 * republished under a new event id finds its version and changes nothing. A gate verdict that
 * came first is applied at once.
 */
@Injectable()
export class ModelTrainedProjector {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly verdicts: GateVerdictApplier,
  ) {}

  async project(manager: EntityManager, event: ConsumedEvent<'ModelTrained'>): Promise<void> {
    const trained = event.payload;
    const { lineage } = trained;
    await lockModel(manager, trained.modelName);
    if (await manager.existsBy(ModelVersionRow, { trainingRunId: lineage.trainingRunId })) return;
    const registeredAt = Date.now();
    const version = manager.create(ModelVersionRow, {
      modelName: trained.modelName,
      version: await nextVersionNumber(manager, trained.modelName),
      trainingRunId: lineage.trainingRunId,
      stage: 'pending_evaluation',
      stageChangedAt: new Date(registeredAt),
      task: trained.task,
      featureSetId: lineage.featureSetId,
      featureViewName: lineage.featureViewName,
      featureViewVersion: lineage.featureViewVersion,
      datasetName: lineage.datasetName,
      datasetVersionId: lineage.datasetVersionId,
      datasetContentSha256: lineage.datasetContentSha256,
      configHash: lineage.configHash,
      codeCommit: lineage.codeCommit,
      artifact: trained.artifact,
      transform: trained.transform,
      featureNames: trained.featureNames,
      labelColumn: trained.labelColumn,
      trainingMetrics: trained.trainingMetrics,
      validationMetrics: trained.validationMetrics,
      testMetrics: trained.testMetrics,
      epochs: trained.epochs,
      parameterCount: trained.parameterCount,
      seed: trained.seed,
      backend: trained.backend,
      frameworkVersion: trained.frameworkVersion,
      durationMs: trained.durationMs,
      completedAt: new Date(trained.completedAt),
      registeredAt: new Date(registeredAt),
      correlationId: event.metadata.correlationId,
    });
    await manager.insert(ModelVersionRow, version);
    await this.outbox.enqueue(
      manager,
      'ModelVersionRegistered',
      {
        modelName: trained.modelName,
        modelVersion: version.version,
        lineage,
        task: trained.task,
        artifact: trained.artifact,
        transform: trained.transform,
        metrics: Object.fromEntries(
          Object.entries(trained.testMetrics).map(([name, value]) => [`test.${name}`, value]),
        ),
        modelCard: null,
        tags: {
          backend: trained.backend,
          frameworkVersion: trained.frameworkVersion,
          trainingRunId: lineage.trainingRunId,
          configHash: lineage.configHash,
        },
        registeredAt,
      },
      { causedBy: event },
    );
    const verdict = await manager.findOneBy(GateVerdictRow, {
      trainingRunId: lineage.trainingRunId,
    });
    if (verdict) await this.verdicts.apply(manager, version, verdict, event);
  }
}
