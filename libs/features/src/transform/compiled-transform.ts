import { checkBatch } from './check-batch';
import type { EncodedColumn, EncodedFeatures, TensorLayout } from './encoded-features';
import type { FeatureEncoder } from './feature-encoder';
import type { InputColumn, RawBatch } from './raw-batch';
import { rawBatchFromRecords } from './raw-batch-from-records';
import { tensorFromEncoded } from './tensor-from-encoded';
import type { TransformSpec } from './transform-spec';

/** A feature's encoder with the input column it reads. */
export interface CompiledFeature {
  source: string;
  encoder: FeatureEncoder;
}

/**
 * A fitted feature view transform, ready to run. Materialization calls `encode` on batches of
 * millions of rows; serving calls `transformRow` on one JSON object. Both end in the same
 * `encode`, so a row gets bit-for-bit the tensor its batch would give it: training–serving skew
 * cannot arise from the transform. Build one with `compileTransform`.
 */
export class CompiledTransform {
  constructor(
    readonly spec: TransformSpec,
    /** Every raw column and aggregation the features read, with type; aggregations `online`. */
    readonly inputColumns: readonly InputColumn[],
    /** The tensor's column names, in order, and its width. */
    readonly layout: TensorLayout,
    private readonly features: readonly CompiledFeature[],
  ) {}

  /** The compact form of `batch`'s features (dense values and one-hot indices). */
  encode(batch: RawBatch): EncodedFeatures {
    checkBatch(this.inputColumns, batch);
    const columns: EncodedColumn[] = [];
    for (const { source, encoder } of this.features) {
      columns.push(...encoder.encode(batch.columns[source]));
    }
    return { rowCount: batch.rowCount, columns };
  }

  /** Row-major `[rowCount × width]` tensor of an encoded batch; copies and places values only. */
  toTensor(encoded: EncodedFeatures): Float32Array {
    return tensorFromEncoded(encoded, this.layout);
  }

  /** `toTensor(encode(batch))`. */
  transformBatch(batch: RawBatch): Float32Array {
    return this.toTensor(this.encode(batch));
  }

  /** The serving path: one request row (a JSON object) to a `[1 × width]` tensor. */
  transformRow(row: Readonly<Record<string, unknown>>): Float32Array {
    return this.transformRows([row]);
  }

  /** Several request rows at once, as `rawBatchFromRecords` reads them. */
  transformRows(rows: readonly Readonly<Record<string, unknown>>[]): Float32Array {
    return this.transformBatch(rawBatchFromRecords(this.inputColumns, rows));
  }
}
