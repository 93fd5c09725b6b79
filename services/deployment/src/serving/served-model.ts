import {
  type InputColumn,
  type RawBatch,
  type RawColumn,
  rawBatchFromRecords,
} from '@loopline/features';
import type { ScoringModel } from '@loopline/model-training';
import type { OnlineFeatureValues } from '@loopline/online-features';
import type { DeployableModel } from '../projections/deployable-model';
import { MicroBatcher, type MicroBatcherOptions } from './micro-batcher';
import {
  checkInstanceFields,
  type FieldProblem,
  type Instance,
  invalidRequest,
} from './prediction-request';
import { outputBinCount } from './rollout-observation.recorder';

/** Looks up an entity's online values for a feature view version (the in-memory topic view). */
export type OnlineLookup = (
  featureViewName: string,
  featureViewVersion: number,
  entity: string,
) => OnlineFeatureValues | undefined;

/**
 * A model version loaded for serving: its scoring model (own transform included), what a caller
 * must send (the signature's raw inputs), how its online inputs are found (the feature view's
 * entity column), and its micro-batcher.
 */
export class ServedModel {
  readonly requestInputs: readonly InputColumn[];
  readonly onlineInputs: readonly InputColumn[];
  readonly outputBinCount: number;
  private readonly batcher: MicroBatcher;
  private readonly featureView: { name: string; version: number; entityColumn: string | null };

  constructor(
    readonly descriptor: DeployableModel,
    readonly model: ScoringModel,
    batching: Pick<MicroBatcherOptions, 'maxBatchSize' | 'maxWaitMs' | 'onBatch'>,
    private readonly online: OnlineLookup,
  ) {
    const inputs = model.transform.inputColumns;
    this.requestInputs = inputs.filter((input) => !input.online);
    this.onlineInputs = inputs.filter((input) => input.online);
    const spec = model.transform.spec;
    this.featureView = {
      name: spec.featureView.name,
      version: spec.featureView.version,
      entityColumn: spec.definition.entity?.column ?? null,
    };
    this.outputBinCount = outputBinCount(this.task, model.outputWidth);
    this.batcher = new MicroBatcher({
      ...batching,
      outputWidth: model.outputWidth,
      score: (batch) => model.score(batch),
    });
  }

  get task(): string {
    return this.model.signature.task;
  }

  get outputWidth(): number {
    return this.model.outputWidth;
  }

  /**
   * The raw batch of a request's instances, online inputs joined from the entity's latest values
   * (missing when the feature store has none: the transform imputes them as in training). Throws
   * a 400 naming each field at fault.
   */
  toBatch(instances: readonly Instance[]): RawBatch {
    checkInstanceFields(instances, this.requestInputs);
    let batch: RawBatch;
    try {
      batch = rawBatchFromRecords(this.requestInputs, instances);
    } catch (error) {
      const problems = (error as { details?: { problems?: FieldProblem[] } }).details?.problems;
      if (!problems) throw error;
      throw invalidRequest(problems.map((p) => ({ ...p, path: `instances${p.path}` })));
    }
    if (this.onlineInputs.length === 0) return batch;
    const columns: Record<string, RawColumn> = { ...batch.columns };
    const values = this.onlineInputs.map(() => new Float64Array(instances.length).fill(NaN));
    const { name, version, entityColumn } = this.featureView;
    instances.forEach((instance, row) => {
      const entity = entityColumn === null ? null : instance[entityColumn];
      if (entity === null || entity === undefined) return;
      const found = this.online(name, version, String(entity));
      if (found === undefined) return;
      this.onlineInputs.forEach((input, i) => {
        values[i][row] = found[input.name] ?? NaN;
      });
    });
    this.onlineInputs.forEach((input, i) => {
      columns[input.name] = { type: 'numeric', values: values[i] };
    });
    return { rowCount: batch.rowCount, columns };
  }

  /** Outputs of the batch's rows, row-major, scored together with concurrent requests. */
  score(batch: RawBatch): Promise<Float32Array> {
    return this.batcher.score(batch);
  }

  /** The answer for one row's outputs: the class label (argmax, or 0.5 for binary) or the value. */
  predictionOf(outputs: ArrayLike<number>): string | number {
    const { signature } = this.model;
    const labels = signature.classLabels ?? [];
    if (signature.task === 'binary_classification')
      return labels.length === 2 ? labels[outputs[0] >= 0.5 ? 1 : 0] : outputs[0] >= 0.5 ? 1 : 0;
    if (signature.task === 'multiclass_classification') {
      let best = 0;
      for (let i = 1; i < outputs.length; i++) if (outputs[i] > outputs[best]) best = i;
      return labels[best] ?? best;
    }
    return outputs[0];
  }

  dispose(): void {
    this.model.dispose();
  }
}
