import type { ConsumedEvent } from '@loopline/messaging';
import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  KnownFeatureSet,
  MonitoredVersion,
  ServingChampion,
} from '../../catalog/catalog-records';
import { MonitoringCatalog } from '../../catalog/monitoring-catalog';
import { MonitoringPolicies } from '../../policies/monitoring-policies';
import {
  MONITORING_POLICY_FORMAT,
  type MonitoringPolicy,
  type PerformancePolicy,
} from '../../policies/monitoring-policy';
import { RetrainingTriggers, type RetrainingTrigger } from '../../retraining/retraining-triggers';

/** The versions a test declares, as the catalog would have built them from ModelTrained. */
export class TestCatalog extends MonitoringCatalog {
  readonly versions = new Map<string, MonitoredVersion>();

  async version(_: EntityManager, trainingRunId: string) {
    return this.versions.get(trainingRunId) ?? null;
  }
  async featureSet(): Promise<KnownFeatureSet | null> {
    return null;
  }
  async newestFeatureSet(): Promise<KnownFeatureSet | null> {
    return null;
  }
  async champion(): Promise<ServingChampion | null> {
    return null;
  }
}

/** Performance policies per model, the rest of the policy at fixed values. */
export class TestPolicies extends MonitoringPolicies {
  readonly performance = new Map<string, PerformancePolicy>();

  forModel(model: string): MonitoringPolicy {
    return {
      format: MONITORING_POLICY_FORMAT,
      model,
      windows: { maxRows: 1000, maxSeconds: 300, minRows: 10 },
      drift: {
        alpha: 0.01,
        bootstrapDraws: 10,
        minimumEffect: 0.1,
        driftedShare: 0.3,
        columns: null,
      },
      performance: this.performance.get(model) ?? {
        metric: 'roc_auc',
        maxDrop: 0.05,
        minLabels: 1000,
      },
      retraining: {
        onDrift: true,
        onPerformance: true,
        cooldownSeconds: 600,
        inFlightTimeoutSeconds: 3600,
        schedule: null,
        requireNewData: false,
      },
    };
  }
  configuredModels(): readonly string[] {
    return [...this.performance.keys()];
  }
}

/** Records what it was asked to consider, and the transaction's view of the cause. */
export class RecordingTriggers extends RetrainingTriggers {
  readonly considered: { trigger: RetrainingTrigger; cause: ConsumedEvent }[] = [];

  async consider(
    _: EntityManager,
    trigger: RetrainingTrigger,
    cause: ConsumedEvent<'DriftDetected' | 'PerformanceDegraded'>,
  ): Promise<void> {
    this.considered.push({ trigger, cause });
  }
  async rolloutCompleted(): Promise<void> {}
  async gateFailed(): Promise<void> {}
}

export const testCatalog = new TestCatalog();
export const testPolicies = new TestPolicies();
export const recordingTriggers = new RecordingTriggers();

/** Stands in for the monitoring core's catalog, policies and retraining slices. */
@Global()
@Module({
  providers: [
    { provide: MonitoringCatalog, useValue: testCatalog },
    { provide: MonitoringPolicies, useValue: testPolicies },
    { provide: RetrainingTriggers, useValue: recordingTriggers },
  ],
  exports: [MonitoringCatalog, MonitoringPolicies, RetrainingTriggers],
})
export class TestMonitoringCoreModule {}
