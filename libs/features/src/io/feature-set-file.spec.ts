import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import { writeFeatureSetSplit } from './feature-set-file';
import type { FeatureSetSplitData } from './feature-set-split';
import { readFeatureSetSplit } from './read-feature-set-split';

/** A quiet NaN with a payload, written as bits: bit-exact round trips keep it. */
const PAYLOAD_NAN_BITS = 0x7fc00123;

const bytesOf = (array: ArrayBufferView) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

function assertSameSplit(actual: FeatureSetSplitData, expected: FeatureSetSplitData): void {
  assert.equal(actual.encoded.rowCount, expected.encoded.rowCount);
  assert.equal(actual.encoded.columns.length, expected.encoded.columns.length);
  expected.encoded.columns.forEach((column, i) => {
    const read = actual.encoded.columns[i];
    assert.equal(read.kind, column.kind);
    assert.equal(read.name, column.name);
    if (column.kind === 'dense' && read.kind === 'dense') {
      assert.ok(read.values instanceof Float32Array);
      assert.deepEqual(bytesOf(read.values), bytesOf(column.values));
    } else if (column.kind === 'one_hot' && read.kind === 'one_hot') {
      assert.deepEqual(read.labels, column.labels);
      assert.ok(read.index instanceof Int32Array);
      assert.deepEqual(bytesOf(read.index), bytesOf(column.index));
    }
  });
  for (const key of ['label', 'eventTime'] as const) {
    const [a, e] = [actual[key], expected[key]];
    assert.equal(a === null, e === null, key);
    if (a && e) assert.deepEqual(bytesOf(a), bytesOf(e), key);
  }
  assert.equal(actual.entity === null, expected.entity === null);
  if (actual.entity && expected.entity) {
    assert.deepEqual(bytesOf(actual.entity.codes), bytesOf(expected.entity.codes));
    assert.deepEqual(actual.entity.dictionary, expected.entity.dictionary);
  }
}

function sampleSplit(rows: number, dense: number): FeatureSetSplitData {
  const columns: FeatureSetSplitData['encoded']['columns'] = Array.from(
    { length: dense },
    (_, c) => {
      const values = new Float32Array(rows);
      const bits = new Uint32Array(values.buffer);
      for (let i = 0; i < rows; i++) values[i] = Math.sin(i + c) * 1e3;
      for (let i = c; i < rows; i += 11) bits[i] = PAYLOAD_NAN_BITS;
      return { kind: 'dense' as const, name: `f${c}`, values };
    },
  );
  const index = new Int32Array(rows).map((_, i) => (i % 5) - 1);
  columns.push({ kind: 'one_hot', name: 'colour', labels: ['red', 'gr"een', 'blue', 'ü'], index });
  return {
    encoded: { rowCount: rows, columns },
    label: new Float32Array(rows).map((_, i) => (i % 13 === 0 ? Number.NaN : i % 2)),
    eventTime: new Float64Array(rows).map((_, i) =>
      i % 17 === 0 ? Number.NaN : 1.7e12 + i * 1000.5,
    ),
    entity: {
      codes: new Int32Array(rows).map((_, i) => (i % 9 === 0 ? -1 : i % 3)),
      dictionary: ['a', 'b', 'c'],
    },
  };
}

async function featureSetProblems(action: Promise<unknown>): Promise<Problem[]> {
  const error = await action.then(
    () => assert.fail('expected FEATURES.INVALID_FEATURE_SET'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof PlatformError);
  assert.equal(error.code, FeaturesErrorCode.InvalidFeatureSet);
  return error.details.problems as Problem[];
}

describe('feature set split files', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'split-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('round-trips every column bit for bit, NaN payloads included, viewing the bytes', async () => {
    const split = sampleSplit(1000, 3);
    const path = join(dir, 'small.arrow');
    const { sizeBytes } = await writeFeatureSetSplit(path, split);
    const bytes = await readFile(path);
    assert.equal(sizeBytes, bytes.byteLength);
    const read = await readFeatureSetSplit(bytes);
    assertSameSplit(read, split);
    const dense = read.encoded.columns[0];
    assert.ok(dense.kind === 'dense' && dense.values.buffer === bytes.buffer, 'not a view');
    assertSameSplit(await readFeatureSetSplit(path), split);
  });

  it('reads bytes at an unaligned offset by copying them', async () => {
    const path = join(dir, 'unaligned.arrow');
    const split = sampleSplit(100, 1);
    await writeFeatureSetSplit(path, split);
    const file = await readFile(path);
    const shifted = new Uint8Array(file.byteLength + 3);
    shifted.set(file, 3);
    assertSameSplit(await readFeatureSetSplit(shifted.subarray(3)), split);
  });

  it('keeps the row count of a split without columns, and an empty split', async () => {
    for (const rowCount of [7, 0]) {
      const split = {
        encoded: { rowCount, columns: [] },
        label: null,
        eventTime: null,
        entity: null,
      };
      await writeFeatureSetSplit(join(dir, `none-${rowCount}.arrow`), split);
      assertSameSplit(await readFeatureSetSplit(join(dir, `none-${rowCount}.arrow`)), split);
    }
  });

  it('refuses to write arrays of the wrong length, reserved names and codes out of range', async () => {
    const split = sampleSplit(10, 2);
    split.encoded.columns[1].name = '__label';
    const colour = split.encoded.columns[2];
    assert.ok(colour.kind === 'one_hot');
    colour.index[4] = 4;
    split.eventTime = new Float64Array(9);
    const problems = await featureSetProblems(writeFeatureSetSplit(join(dir, 'bad.arrow'), split));
    assert.deepEqual(
      problems.map((p) => p.path),
      ['encoded.columns[1].name', 'encoded.columns[2].index[4]', 'eventTime'],
    );
  });

  it('rejects Arrow files of another format and bytes that are not Arrow', async () => {
    const foreign = tableToIPC(tableFromArrays({ x: new Float32Array([1, 2]) }), 'file');
    const [problem] = await featureSetProblems(readFeatureSetSplit(foreign));
    assert.equal(problem.path, 'loopline.format');
    await featureSetProblems(readFeatureSetSplit(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])));
  });

  it('writes and reads 3M rows × 10 columns', async () => {
    const split = sampleSplit(3_000_000, 6);
    const path = join(dir, 'large.arrow');
    let started = performance.now();
    const { sizeBytes } = await writeFeatureSetSplit(path, split);
    const wrote = performance.now() - started;
    started = performance.now();
    const read = await readFeatureSetSplit(path);
    const readMs = performance.now() - started;
    console.log(
      `feature set split 3M rows × 10 columns: ${(sizeBytes / 2 ** 20).toFixed(0)} MiB, ` +
        `write ${wrote.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`,
    );
    assertSameSplit(read, split);
  });
});
