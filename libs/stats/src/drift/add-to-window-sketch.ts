import { invalidDistribution } from '../errors/invalid-distribution';
import type { ProfileInput } from '../profile/profile-columns';
import type {
  CategoricalColumnReference,
  DriftReference,
  NumericColumnReference,
  WindowColumnSketch,
  WindowSketch,
} from './drift-reference';
import { numericBin } from './numeric-bin';
import { timestampPartIndex, timestampPartLabels } from './timestamp-parts';

type NumericInput = Extract<ProfileInput, { kind: 'numeric' | 'timestamp' }>;
type CategoricalInput = Extract<ProfileInput, { kind: 'categorical' }>;

/**
 * Counts a batch of rows into the sketch, in place. Inputs match reference columns by name; a
 * timestamp input feeds the reference's `<name>.hour` and `<name>.weekday`. A reference column
 * the batch lacks counts all its rows as missing (a feature that stopped arriving is a shift
 * worth seeing); inputs the reference does not know are ignored.
 */
export function addToWindowSketch(
  sketch: WindowSketch,
  reference: DriftReference,
  rowCount: number,
  columns: readonly ProfileInput[],
): void {
  const inputs = new Map(columns.map((column) => [column.name, column]));
  for (const column of columns) {
    const length = column.kind === 'categorical' ? column.codes.length : column.values.length;
    if (length !== rowCount) {
      throw invalidDistribution(
        `Column ${column.name} has ${length} values for ${rowCount} rows; pass whole columns.`,
      );
    }
  }
  for (const column of reference.columns) {
    const target = sketch.columns[column.name];
    if (target === undefined || target.counts.length !== column.counts.length) {
      throw invalidDistribution(
        `The sketch has no ${column.counts.length} bins for column ${column.name}; ` +
          'start windows with emptyWindowSketch(reference) of this same reference.',
      );
    }
    const derivedFrom = column.kind === 'categorical' ? column.derivedFrom : undefined;
    const input = inputs.get(derivedFrom?.column ?? column.name);
    if (input === undefined) {
      target.missing += rowCount;
      continue;
    }
    const expected = derivedFrom ? 'timestamp' : column.kind;
    if (input.kind !== expected) {
      throw invalidDistribution(
        `Column ${input.name} arrived as ${input.kind} but the reference reads it as ${expected}; ` +
          'log it with the type it had in training.',
      );
    }
    if (column.kind === 'numeric') countNumeric(target, column, input as NumericInput);
    else if (derivedFrom) countTimestampPart(target, column, input as NumericInput);
    else countCategorical(target, column, input as CategoricalInput);
  }
  sketch.rowCount += rowCount;
}

function countNumeric(
  target: WindowColumnSketch,
  column: NumericColumnReference,
  input: NumericInput,
): void {
  const cuts = Float64Array.from(column.cuts);
  const counts = new Float64Array(column.counts.length);
  const values = input.values;
  let missing = 0;
  let min = Infinity;
  let max = -Infinity;
  const last = cuts.length;
  let [lowSum, highSum] = [0, 0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) {
      missing++;
      continue;
    }
    const bin = numericBin(cuts, value);
    counts[bin]++;
    if (bin === 0) lowSum += value;
    if (bin === last) highSum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  addCounts(target, counts, missing);
  const [low, high] = target.tailSums ?? [0, 0];
  target.tailSums = [low + lowSum, high + highSum];
  if (min <= max) {
    target.min = target.min === null ? min : Math.min(target.min, min);
    target.max = target.max === null ? max : Math.max(target.max, max);
  }
}

function countCategorical(
  target: WindowColumnSketch,
  column: CategoricalColumnReference,
  input: CategoricalInput,
): void {
  const slots = categorySlots(column, input.labels);
  const counts = new Float64Array(column.counts.length);
  const codes = input.codes;
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === -1) missing++;
    else if (code >= 0 && code < slots.length) counts[slots[code]]++;
    else throw invalidDistribution(`Column ${input.name}: code ${code} at row ${i} has no label.`);
  }
  addCounts(target, counts, missing);
}

function countTimestampPart(
  target: WindowColumnSketch,
  column: CategoricalColumnReference,
  input: NumericInput,
): void {
  const part = column.derivedFrom!.part;
  const slots = categorySlots(column, timestampPartLabels(part));
  const counts = new Float64Array(column.counts.length);
  const values = input.values;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const index = timestampPartIndex(part, values[i]);
    if (index === -1) missing++;
    else counts[slots[index]]++;
  }
  addCounts(target, counts, missing);
}

/** Per input label, the reference count slot it lands in: its category's, or other (the last). */
function categorySlots(column: CategoricalColumnReference, labels: readonly string[]): Int32Array {
  const positions = new Map(column.categories.map((category, slot) => [category, slot]));
  const other = column.categories.length;
  return Int32Array.from(labels, (label) => positions.get(label) ?? other);
}

function addCounts(target: WindowColumnSketch, counts: Float64Array, missing: number): void {
  for (let bin = 0; bin < counts.length; bin++) target.counts[bin] += counts[bin];
  target.missing += missing;
}
