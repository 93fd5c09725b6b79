import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GateVerdictRow } from '../database/gate-verdict.row';
import { lockModel } from '../database/model-lock';
import { ModelVersionRow } from '../database/model-version.row';
import { GateVerdictApplier } from './gate-verdict.applier';

/**
 * ModelGatePassed / ModelGateFailed: keeps the run's newest verdict, and applies it when the
 * version is already registered. Verdicts travel on another topic than ModelTrained, so one may
 * come first; ModelTrained then applies the stored verdict.
 */
@Injectable()
export class GateVerdictProjector {
  constructor(private readonly applier: GateVerdictApplier) {}

  async project(
    manager: EntityManager,
    event: ConsumedEvent<'ModelGatePassed' | 'ModelGateFailed'>,
  ): Promise<void> {
    const gate = event.payload;
    const trainingRunId = gate.lineage.trainingRunId;
    await lockModel(manager, gate.modelName);
    const stored = await manager.findOneBy(GateVerdictRow, { trainingRunId });
    if (stored && stored.evaluatedAt.getTime() > gate.evaluatedAt) return; // an older evaluation
    const verdict = manager.create(GateVerdictRow, {
      trainingRunId,
      modelName: gate.modelName,
      evaluationId: gate.evaluationId,
      passed: event.name === 'ModelGatePassed',
      policyName: gate.policyName,
      policyVersion: gate.policyVersion,
      checks: gate.checks,
      metrics: gate.metrics,
      report: gate.report,
      baselineModelVersion: gate.baselineModelVersion,
      evaluatedAt: new Date(gate.evaluatedAt),
    });
    await manager.save(verdict);
    const version = await manager.findOneBy(ModelVersionRow, { trainingRunId });
    if (version) await this.applier.apply(manager, version, verdict, event);
  }
}
