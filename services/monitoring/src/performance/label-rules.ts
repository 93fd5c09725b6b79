import { ArtifactStore } from '@loopline/artifacts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { parseTransformSpec } from '@loopline/features';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import { type LabelRule, labelRuleOf } from './domain/label-rule';
import { PerformanceErrorCode } from './performance-error-code';

/** Versions whose rules stay cached; a rule never changes, so this only bounds memory. */
const CACHED_RULES = 256;

/**
 * The label rule of each trained version, read from the transform bundle saved with it (verified
 * against its sha256) the first time a label for it arrives, then cached.
 */
@Injectable()
export class LabelRules {
  private readonly cache = new Map<string, LabelRule>();

  constructor(
    private readonly catalog: MonitoringCatalog,
    private readonly store: ArtifactStore,
  ) {}

  /**
   * The version's rule; null while the catalog does not know the version. A bundle without a
   * label is an error: such a model has no realized performance to measure.
   */
  async forRun(manager: EntityManager, trainingRunId: string): Promise<LabelRule | null> {
    const cached = this.cache.get(trainingRunId);
    if (cached !== undefined) return cached;
    const version = await this.catalog.version(manager, trainingRunId);
    if (version === null) return null;
    const bytes = await this.store.get(version.transform.uri, {
      expectedSha256: version.transform.sha256,
    });
    const rule = labelRuleOf(parseTransformSpec(JSON.parse(bytes.toString('utf8'))));
    if (rule === null)
      throw new PlatformError(
        PerformanceErrorCode.NoLabelRule,
        `Model ${version.modelName} (training run ${trainingRunId}) was trained on a feature view without a label, so labels cannot be joined with its predictions.`,
        { kind: ErrorKind.Unprocessable, details: { trainingRunId } },
      );
    if (this.cache.size >= CACHED_RULES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(trainingRunId, rule);
    return rule;
  }
}
