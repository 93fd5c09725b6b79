import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ProfileInput } from '../profile/profile-columns';
import { addToWindowSketch } from './add-to-window-sketch';
import { buildDriftReference } from './build-drift-reference';
import { driftRows } from './drift-fixtures';
import type { DriftReference, WindowSketch } from './drift-reference';
import { emptyWindowSketch, mergeWindowSketches } from './window-sketch';

const reference = buildDriftReference(50_000, driftRows(50_000, 1));

function sketchOf(rows: number, columns: readonly ProfileInput[], of: DriftReference = reference) {
  const sketch = emptyWindowSketch(of);
  addToWindowSketch(sketch, of, rows, columns);
  return sketch;
}

function slice(columns: readonly ProfileInput[], from: number, to: number): ProfileInput[] {
  return columns.map((column) =>
    column.kind === 'categorical'
      ? { ...column, codes: column.codes.slice(from, to) }
      : { ...column, values: column.values.slice(from, to) },
  );
}

/** Counts straight from the definitions: a linear scan of the cuts, Date for hour and weekday. */
function directCounts(column: DriftReference['columns'][number], rows: readonly ProfileInput[]) {
  const counts = new Array<number>(column.counts.length).fill(0);
  let missing = 0;
  const source = rows.find(
    (row) =>
      row.name ===
      (column.kind === 'categorical' && column.derivedFrom
        ? column.derivedFrom.column
        : column.name),
  )!;
  const length = source.kind === 'categorical' ? source.codes.length : source.values.length;
  for (let i = 0; i < length; i++) {
    if (column.kind === 'numeric' && source.kind !== 'categorical') {
      const value = source.values[i];
      if (Number.isNaN(value)) missing++;
      else counts[column.cuts.filter((cut) => cut <= value).length]++;
      continue;
    }
    if (column.kind !== 'categorical') continue;
    let label: string | null;
    if (source.kind === 'categorical')
      label = source.codes[i] === -1 ? null : source.labels[source.codes[i]];
    else if (Number.isNaN(source.values[i])) label = null;
    else {
      const date = new Date(source.values[i]);
      label =
        column.derivedFrom!.part === 'hour'
          ? String(date.getUTCHours()).padStart(2, '0')
          : ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
    }
    if (label === null) missing++;
    else {
      const slot = column.categories.indexOf(label);
      counts[slot === -1 ? column.categories.length : slot]++;
    }
  }
  return { counts, missing };
}

function assertSameSketch(actual: WindowSketch, expected: WindowSketch) {
  assert.equal(actual.rowCount, expected.rowCount);
  for (const [name, column] of Object.entries(expected.columns)) {
    const { tailSums, ...exact } = actual.columns[name];
    const { tailSums: expectedSums, ...expectedExact } = column;
    assert.deepEqual(exact, expectedExact, name);
    // Sums added in another order may differ in the last bits.
    tailSums?.forEach((sum, i) =>
      assert.ok(Math.abs(sum - expectedSums![i]) <= 1e-9 * Math.abs(sum), `${name} tail sum`),
    );
  }
}

describe('window sketches', () => {
  it('count every column as counting the rows directly would', () => {
    const rows = driftRows(5000, 9, { xShift: 1 });
    const sketch = sketchOf(5000, rows);
    assert.equal(sketch.rowCount, 5000);
    for (const column of reference.columns) {
      const direct = directCounts(column, rows);
      assert.deepEqual(sketch.columns[column.name].counts, direct.counts, column.name);
      assert.equal(sketch.columns[column.name].missing, direct.missing, column.name);
    }
    const x = (rows[0] as { values: Float32Array }).values;
    assert.equal(sketch.columns.x.min, Math.min(...x));
    assert.equal(sketch.columns.x.max, Math.max(...x));
    assert.equal(sketch.columns.colour.min, null);
  });

  it('count a column the batch lacks as missing and ignore columns the reference lacks', () => {
    const rows = driftRows(100, 3).filter((column) => column.name !== 't');
    const extra: ProfileInput = { name: 'new', kind: 'numeric', values: new Float64Array(100) };
    const sketch = sketchOf(100, [...rows, extra]);
    assert.equal(sketch.columns['t.hour'].missing, 100);
    assert.equal(sketch.columns['t.weekday'].missing, 100);
    assert.equal(sketch.columns['new'], undefined);
  });

  it('merge into the sketch of the concatenated rows', () => {
    const rows = driftRows(3000, 4);
    const whole = sketchOf(3000, rows);
    const merged = mergeWindowSketches(
      sketchOf(1200, slice(rows, 0, 1200)),
      sketchOf(1800, slice(rows, 1200, 3000)),
    );
    assertSameSketch(merged, whole);
    const incremental = sketchOf(1200, slice(rows, 0, 1200));
    addToWindowSketch(incremental, reference, 1800, slice(rows, 1200, 3000));
    assertSameSketch(incremental, whole);
  });

  it('stay the size of the reference, not of the window', () => {
    const small = JSON.stringify(sketchOf(1000, driftRows(1000, 6))).length;
    const large = JSON.stringify(sketchOf(1_000_000, driftRows(1_000_000, 7))).length;
    assert.ok(large / small < 2, `1M-row sketch ${large} B vs 1k-row ${small} B`);
    assert.ok(large < 20_000, `1M-row sketch ${large} B`);
  });
});
