import type { RawBatch, RawColumn } from '@loopline/features';
import { seededRandom } from '@loopline/stats';
import type { Perturbation } from '../gate-policy';

/** A perturbed copy of the test rows, or why the perturbation cannot be applied. */
export type PerturbedInputs = { batch: RawBatch; columns: string[] } | { error: string };

/**
 * A copy of `batch` with `perturbation` applied, drawn from `seed` so that a verdict can be
 * reproduced: noise adds N(0, scale·σ) to each value of a numeric column (σ the column's
 * standard deviation over its present values; missing values stay missing); missing blanks
 * exactly round(fraction·rows) values of each column, chosen at random. The input batch is never
 * changed. `labelColumn`, when named, is never perturbed: the labels are what the model is judged
 * against.
 */
export function perturbInputs(
  batch: RawBatch,
  perturbation: Perturbation,
  seed: number,
  labelColumn?: string,
): PerturbedInputs {
  const chosen = chooseColumns(batch, perturbation, labelColumn);
  if ('error' in chosen) return chosen;
  const random = seededRandom(seed);
  const columns: Record<string, RawColumn> = { ...batch.columns };
  for (const name of chosen.columns) {
    const column = batch.columns[name];
    columns[name] =
      perturbation.type === 'noise'
        ? addNoise(column, perturbation.scale, random)
        : blank(column, perturbation.fraction, random);
  }
  return { batch: { rowCount: batch.rowCount, columns }, columns: chosen.columns };
}

function chooseColumns(
  batch: RawBatch,
  perturbation: Perturbation,
  labelColumn: string | undefined,
): { columns: string[] } | { error: string } {
  const eligible = (column: RawColumn) =>
    column.type === 'numeric' || (perturbation.type === 'missing' && column.type === 'categorical');
  if (perturbation.columns === undefined) {
    const columns = Object.keys(batch.columns).filter(
      (name) => name !== labelColumn && eligible(batch.columns[name]),
    );
    if (columns.length > 0) return { columns };
    return { error: `the test rows have no column a ${perturbation.type} perturbation applies to` };
  }
  for (const name of perturbation.columns) {
    const column = batch.columns[name];
    if (column === undefined)
      return {
        error: `the test rows have no column '${name}'; list columns among ${Object.keys(batch.columns).join(', ')}`,
      };
    if (name === labelColumn)
      return {
        error: `'${name}' is the label column, which is never perturbed; remove it from columns`,
      };
    if (perturbation.type === 'noise' && column.type !== 'numeric')
      return { error: `'${name}' is ${column.type}, and noise applies to numeric columns only` };
  }
  return { columns: [...perturbation.columns] };
}

function addNoise(column: RawColumn, scale: number, random: () => number): RawColumn {
  if (column.type === 'categorical') return column;
  const source = column.values;
  let sum = 0;
  let count = 0;
  for (const value of source)
    if (Number.isFinite(value)) {
      sum += value;
      count++;
    }
  const mean = count === 0 ? 0 : sum / count;
  let squares = 0;
  for (const value of source) if (Number.isFinite(value)) squares += (value - mean) ** 2;
  const sigma = count === 0 ? 0 : Math.sqrt(squares / count) * scale;
  const values = Float64Array.from(source, (value) =>
    Number.isFinite(value) ? value + sigma * standardNormal(random) : value,
  );
  return { type: column.type, values };
}

function blank(column: RawColumn, fraction: number, random: () => number): RawColumn {
  const rows = column.type === 'categorical' ? column.codes.length : column.values.length;
  const count = Math.round(fraction * rows);
  // A partial Fisher–Yates shuffle: the first `count` positions are a uniform sample of rows.
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (rows - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  if (column.type === 'categorical') {
    const codes = Int32Array.from(column.codes);
    for (let i = 0; i < count; i++) codes[order[i]] = -1;
    return { type: 'categorical', codes, dictionary: column.dictionary };
  }
  const values = Float64Array.from(column.values);
  for (let i = 0; i < count; i++) values[order[i]] = Number.NaN;
  return { type: column.type, values };
}

/** Box–Muller: one standard normal draw from two uniform ones. */
function standardNormal(random: () => number): number {
  const u = 1 - random(); // in (0, 1], so the logarithm is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
