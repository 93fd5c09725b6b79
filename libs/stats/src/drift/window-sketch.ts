import { invalidDistribution } from '../errors/invalid-distribution';
import type { DriftReference, WindowColumnSketch, WindowSketch } from './drift-reference';

/** A sketch of no rows, with one zeroed count per bin or category of every reference column. */
export function emptyWindowSketch(reference: DriftReference): WindowSketch {
  const columns: Record<string, WindowColumnSketch> = {};
  for (const column of reference.columns) {
    columns[column.name] = {
      counts: new Array<number>(column.counts.length).fill(0),
      missing: 0,
      min: null,
      max: null,
      ...(column.kind === 'numeric' ? { tailSums: [0, 0] as [number, number] } : {}),
    };
  }
  return { rowCount: 0, columns };
}

/**
 * The sketch of both windows' rows together, as a new sketch: counts add, extremes combine.
 * Both must come from the same reference (same columns, same bins).
 */
export function mergeWindowSketches(a: WindowSketch, b: WindowSketch): WindowSketch {
  const names = Object.keys(a.columns);
  const otherNames = Object.keys(b.columns);
  if (names.length !== otherNames.length || otherNames.some((name) => !(name in a.columns))) {
    throw invalidDistribution(
      `Sketches with different columns cannot merge (${names.join(', ')} vs ${otherNames.join(', ')}); ` +
        'sketch both windows against the same reference.',
    );
  }
  const columns: Record<string, WindowColumnSketch> = {};
  for (const name of names) {
    const [x, y] = [a.columns[name], b.columns[name]];
    if (x.counts.length !== y.counts.length) {
      throw invalidDistribution(
        `Column ${name} has ${x.counts.length} bins in one sketch and ${y.counts.length} in the other; ` +
          'sketch both windows against the same reference.',
      );
    }
    columns[name] = {
      counts: x.counts.map((count, bin) => count + y.counts[bin]),
      missing: x.missing + y.missing,
      min: extreme(x.min, y.min, Math.min),
      max: extreme(x.max, y.max, Math.max),
      ...(x.tailSums && y.tailSums
        ? { tailSums: [x.tailSums[0] + y.tailSums[0], x.tailSums[1] + y.tailSums[1]] }
        : {}),
    };
  }
  return { rowCount: a.rowCount + b.rowCount, columns };
}

function extreme(
  x: number | null,
  y: number | null,
  pick: (x: number, y: number) => number,
): number | null {
  if (x === null) return y;
  if (y === null) return x;
  return pick(x, y);
}
