import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import {
  Dictionary,
  Float32,
  Float64,
  Int32,
  RecordBatch,
  Schema,
  Table,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import type { RawBatch } from '../transform/raw-batch';
import { RAW_INPUTS_FORMAT, RAW_INPUTS_METADATA } from './raw-inputs';
import { readRawInputs } from './read-raw-inputs';
import { writeRawInputs } from './write-raw-inputs';

/** A quiet NaN with a payload, written as bits: bit-exact round trips keep it. */
const PAYLOAD_NAN_HIGH_BITS = 0x7ff80123;

const bytesOf = (array: ArrayBufferView) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

function assertSameBatch(actual: RawBatch, expected: RawBatch): void {
  assert.equal(actual.rowCount, expected.rowCount);
  assert.deepEqual(Object.keys(actual.columns), Object.keys(expected.columns));
  for (const [name, column] of Object.entries(expected.columns)) {
    const read = actual.columns[name];
    assert.equal(read.type, column.type, name);
    if (read.type === 'categorical' && column.type === 'categorical') {
      assert.ok(read.codes instanceof Int32Array);
      assert.deepEqual(bytesOf(read.codes), bytesOf(column.codes), name);
      assert.deepEqual(read.dictionary, column.dictionary, name);
    } else if (read.type !== 'categorical' && column.type !== 'categorical') {
      assert.ok(read.values instanceof Float64Array);
      assert.deepEqual(bytesOf(read.values), bytesOf(column.values), name);
    }
  }
}

function sampleBatch(rows: number): RawBatch {
  const distance = new Float64Array(rows).map((_, i) => Math.sin(i) * 1e3);
  const high = new Uint32Array(distance.buffer);
  // Little-endian: word 2i + 1 holds the sign, exponent and top of the mantissa of value i.
  for (let i = 0; i < rows; i += 7) [high[2 * i], high[2 * i + 1]] = [5, PAYLOAD_NAN_HIGH_BITS];
  return {
    rowCount: rows,
    columns: {
      date: {
        type: 'timestamp',
        values: new Float64Array(rows).map((_, i) =>
          i % 17 === 0 ? Number.NaN : 1.7e12 + i * 1000.5,
        ),
      },
      distance: { type: 'numeric', values: distance },
      // Unsorted, with an unused entry and the empty string: kept exactly as the batch has them.
      origin: {
        type: 'categorical',
        codes: new Int32Array(rows).map((_, i) => (i % 9 === 0 ? -1 : i % 4)),
        dictionary: ['SEA', '', 'ATL', 'ü"x', 'unused'],
      },
      delay: { type: 'numeric', values: new Float64Array(rows).fill(Infinity) },
      weather: {
        type: 'categorical',
        codes: new Int32Array(rows).map((_, i) => i % 2),
        dictionary: ['rain', 'sun'],
      },
    },
  };
}

async function rawInputsProblems(action: Promise<unknown>): Promise<Problem[]> {
  const error = await action.then(
    () => assert.fail('expected FEATURES.INVALID_FEATURE_SET'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof PlatformError);
  assert.equal(error.code, FeaturesErrorCode.InvalidFeatureSet);
  return error.details.problems as Problem[];
}

/** An IPC file of the given columns with the raw inputs format's schema metadata. */
function fileOf(columns: Record<string, Vector>, rowCount: number): Uint8Array {
  const plain = new Table(columns);
  const schema = new Schema(
    plain.schema.fields,
    new Map([
      [RAW_INPUTS_METADATA.format, RAW_INPUTS_FORMAT],
      [RAW_INPUTS_METADATA.rowCount, String(rowCount)],
    ]),
  );
  const batches = plain.batches.map((batch) => new RecordBatch(schema, batch.data));
  return tableToIPC(new Table(schema, batches), 'file');
}

describe('raw inputs files', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'raw-inputs-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('round-trips every column bit for bit, NaN payloads included, viewing the bytes', async () => {
    const batch = sampleBatch(1000);
    const path = join(dir, 'small.arrow');
    const { sizeBytes } = await writeRawInputs(path, batch);
    const bytes = await readFile(path);
    assert.equal(sizeBytes, bytes.byteLength);
    const read = await readRawInputs(bytes);
    assertSameBatch(read, batch);
    const distance = read.columns.distance;
    assert.ok(distance.type === 'numeric' && distance.values.buffer === bytes.buffer, 'no view');
    assert.equal(
      new Uint32Array(distance.values.buffer, distance.values.byteOffset, 2)[1],
      PAYLOAD_NAN_HIGH_BITS,
    );
    assertSameBatch(await readRawInputs(path), batch);
  });

  it('marks timestamps and missing categories in the file for other readers', async () => {
    const path = join(dir, 'marked.arrow');
    await writeRawInputs(path, sampleBatch(20));
    const bytes = await readFile(path);
    const table = tableFromIPC(bytes);
    assert.equal(table.schema.metadata.get('loopline.format'), 'loopline.raw-inputs/v1');
    assert.equal(table.schema.metadata.get('loopline.row_count'), '20');
    const kinds = table.schema.fields.map((field) => [
      field.name,
      String(field.type),
      field.metadata.get('loopline.kind'),
    ]);
    assert.deepEqual(kinds, [
      ['date', 'Float64', 'timestamp'],
      ['distance', 'Float64', 'numeric'],
      ['origin', 'Dictionary<Int32, Utf8>', 'categorical'],
      ['delay', 'Float64', 'numeric'],
      ['weather', 'Dictionary<Int32, Utf8>', 'categorical'],
    ]);
    assert.deepEqual(table.getChild('origin')?.toArray().slice(0, 5), [
      null,
      '',
      'ATL',
      'ü"x',
      'SEA',
    ]);
  });

  it('reads bytes at an unaligned offset by copying them', async () => {
    const path = join(dir, 'unaligned.arrow');
    const batch = sampleBatch(100);
    await writeRawInputs(path, batch);
    const file = await readFile(path);
    const shifted = new Uint8Array(file.byteLength + 3);
    shifted.set(file, 3);
    assertSameBatch(await readRawInputs(shifted.subarray(3)), batch);
  });

  it('keeps the row count of a batch without columns, and an empty batch', async () => {
    const empty = sampleBatch(0);
    for (const batch of [{ rowCount: 7, columns: {} }, empty]) {
      const path = join(dir, `none-${batch.rowCount}.arrow`);
      await writeRawInputs(path, batch);
      assertSameBatch(await readRawInputs(path), batch);
    }
  });

  it('reads nulls another writer left in number columns as NaN, and columns by their type', async () => {
    const bytes = fileOf(
      {
        x: vectorFromArray([1.5, null, 3], new Float64()),
        c: vectorFromArray(['a', null, 'b'], new Dictionary(new Utf8(), new Int32())),
      },
      3,
    );
    const read = await readRawInputs(bytes);
    const { x, c } = read.columns;
    assert.ok(x.type === 'numeric' && c.type === 'categorical');
    assert.deepEqual([...x.values], [1.5, Number.NaN, 3]);
    assert.deepEqual(
      [...c.codes].map((code) => (code === -1 ? null : c.dictionary[code])),
      ['a', null, 'b'],
    );
  });

  it('refuses to write arrays of the wrong length and codes out of range', async () => {
    const batch = sampleBatch(10);
    const origin = batch.columns.origin;
    assert.ok(origin.type === 'categorical');
    origin.codes[4] = 5;
    batch.columns.distance = { type: 'numeric', values: new Float64Array(9) };
    const problems = await rawInputsProblems(writeRawInputs(join(dir, 'bad.arrow'), batch));
    assert.deepEqual(
      problems.map((p) => p.path),
      ['columns.distance.values', 'columns.origin.codes[4]'],
    );
  });

  it('rejects Arrow files of another format or types, and bytes that are not Arrow', async () => {
    const foreign = tableToIPC(tableFromArrays({ x: new Float64Array([1, 2]) }), 'file');
    const [problem] = await rawInputsProblems(readRawInputs(foreign));
    assert.equal(problem.path, 'loopline.format');
    const wrongTypes = fileOf(
      {
        f32: vectorFromArray([1, 2], new Float32()),
        ints: vectorFromArray([1, 2], new Int32()),
      },
      5,
    );
    assert.deepEqual(
      (await rawInputsProblems(readRawInputs(wrongTypes))).map((p) => `${p.path} ${p.message}`),
      ['loopline.row_count does not match 2 rows', 'f32 is not Float64', 'ints is not Float64'],
    );
    await rawInputsProblems(readRawInputs(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])));
  });

  it('writes and reads 600k rows × 5 columns', async () => {
    const batch = sampleBatch(600_000);
    const path = join(dir, 'large.arrow');
    let started = performance.now();
    const { sizeBytes } = await writeRawInputs(path, batch);
    const wrote = performance.now() - started;
    started = performance.now();
    const read = await readRawInputs(path);
    const readMs = performance.now() - started;
    console.log(
      `raw inputs 600k rows × 5 columns: ${(sizeBytes / 2 ** 20).toFixed(1)} MiB, ` +
        `write ${wrote.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`,
    );
    assertSameBatch(read, batch);
  });
});
