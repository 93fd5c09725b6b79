import { createHash } from 'node:crypto';
import { ArtifactStore } from '@loopline/artifacts';
import type { ArtifactRef, ModelTask } from '@loopline/contracts';
import type { GateEvaluation } from '@loopline/model-evaluation';
import { type DriftReference, parseDriftReference } from '@loopline/stats';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import { outputReference, PREDICTION_COLUMN } from './output-reference';

/** What a version's windows are compared with: its training inputs and its test outputs. */
export interface VersionReference {
  reference: DriftReference;
  /** Identifies the inputs it was built from: windows counted into another cannot be merged. */
  sha256: string;
  /** Reference columns that are model inputs (the drifted share counts these). */
  inputColumns: string[];
  /** Whether the model's output has a reference (`prediction`). */
  hasOutput: boolean;
  /** The version's task: how its output is read from a prediction log. */
  task: ModelTask;
}

/** Most references kept in memory: one per serving version, a few versions per model. */
const CACHE_SIZE = 64;

/**
 * Loads the reference of a version: the drift reference of its feature set (written by the
 * feature store) plus its output distribution from its evaluation report, both verified by
 * sha256 on load and kept in memory, since they never change.
 */
@Injectable()
export class VersionReferences {
  private readonly logger = new Logger(VersionReferences.name);
  private readonly cache = new Map<string, VersionReference>();

  constructor(
    private readonly catalog: MonitoringCatalog,
    private readonly artifacts: ArtifactStore,
  ) {}

  /** Null while the catalog has not heard of the version or its feature set has no reference. */
  async forVersion(
    manager: EntityManager,
    trainingRunId: string,
  ): Promise<VersionReference | null> {
    const version = await this.catalog.version(manager, trainingRunId);
    if (version === null) return null;
    const featureSet = await this.catalog.featureSet(manager, version.featureSetId);
    if (featureSet?.driftReference == null) return null;
    const report = version.evaluationReport;
    const key = `${featureSet.driftReference.sha256}:${report?.sha256 ?? '-'}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const inputs = parseDriftReference(await this.load(featureSet.driftReference));
    const output = report === null ? null : await this.outputOf(version.task, report);
    const reference: DriftReference =
      output === null ? inputs : { ...inputs, columns: [...inputs.columns, output] };
    const loaded: VersionReference = {
      reference,
      sha256: createHash('sha256').update(key).digest('hex'),
      inputColumns: inputs.columns.map((column) => column.name),
      hasOutput: output !== null,
      task: version.task,
    };
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, loaded);
    return loaded;
  }

  private async load(ref: ArtifactRef): Promise<unknown> {
    const bytes = await this.artifacts.get(ref.uri, { expectedSha256: ref.sha256 });
    return JSON.parse(bytes.toString('utf8'));
  }

  /** A report without usable plots leaves the output unwatched rather than the version. */
  private async outputOf(task: Parameters<typeof outputReference>[0], report: ArtifactRef) {
    const evaluation = (await this.load(report)) as Partial<GateEvaluation>;
    if (evaluation.plots === undefined) {
      this.logger.warn(
        `Evaluation report ${report.uri} has no plots; ${PREDICTION_COLUMN} drift is not watched.`,
      );
      return null;
    }
    return outputReference(task, evaluation.plots);
  }
}
