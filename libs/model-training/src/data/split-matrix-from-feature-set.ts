import { ErrorKind, PlatformError } from '@loopline/errors';
import {
  type EncodedFeatures,
  type FeatureSetSplitData,
  type TensorLayout,
  tensorFromEncoded,
} from '@loopline/features';
import { TrainingErrorCode } from '../engine/training-error-code';
import type { SplitMatrix } from '../engine/train-model.types';

/**
 * Expands a stored feature set split into the row-major matrix the network trains on, with the
 * same expansion serving uses (so the tensors are bit-identical). Every row needs a label: a
 * missing one (NaN) would silently poison the loss. `layout`, when given (the transform spec's),
 * is checked against the stored columns; otherwise it is read from them.
 */
export function splitMatrixFromFeatureSet(
  split: FeatureSetSplitData,
  layout: TensorLayout = layoutOf(split.encoded),
): SplitMatrix {
  const rows = split.encoded.rowCount;
  const { label } = split;
  if (label == null) {
    throw invalidData('The feature set split has no label column', { rows });
  }
  const missing: number[] = [];
  for (let i = 0; i < label.length && missing.length < 5; i++)
    if (Number.isNaN(label[i])) missing.push(i);
  if (missing.length > 0) {
    throw invalidData(
      `The feature set split has rows without a label (rows ${missing.join(', ')}…)`,
      {
        rows,
        firstMissingRows: missing,
      },
    );
  }
  let features: Float32Array;
  try {
    features = tensorFromEncoded(split.encoded, layout);
  } catch (error) {
    throw invalidData(
      `The feature set split does not match its layout: ${(error as Error).message}`,
      {
        rows,
      },
    );
  }
  return { rows, width: layout.width, features, labels: label };
}

/** Tensor column names as the encoded columns lay them out (`name`, or `name=label` per one-hot). */
function layoutOf(encoded: EncodedFeatures): TensorLayout {
  const columns = encoded.columns.flatMap((column) =>
    column.kind === 'dense' ? [column.name] : column.labels.map((l) => `${column.name}=${l}`),
  );
  return { width: columns.length, columns };
}

function invalidData(what: string, details: Record<string, unknown>): PlatformError {
  return new PlatformError(
    TrainingErrorCode.InvalidData,
    `${what}. Materialize the feature set again from a view whose label is present on every row.`,
    { kind: ErrorKind.Unprocessable, details },
  );
}
