import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  computeWindowAggregates,
  parseTransformSpec,
  readRawBatch,
  type RawBatch,
  type RawColumn,
  type RawColumnType,
} from '@loopline/features';
import { ScoringModel, selectBackend } from '@loopline/model-training';
import { sqlString, TabularSession } from '@loopline/tabular';
import type {
  BatchScoringWorkerRequest,
  BatchScoringWorkerResult,
  ScoredPartWritten,
} from './batch-scoring-worker.messages';
import { writeScoredPart } from './scored-part-file';

/**
 * Scores a dataset version in chunks, as a batch scoring job does: reads the columns the model
 * needs from the Parquet parts in file order (row i of the version is row i here), computes its
 * windowed aggregations as of each row's event time with the view definition saved in the
 * model's transform spec (as materialization does, so batch and online inputs agree), then for
 * each chunk not written yet transforms, predicts and writes one part file.
 */
export async function scoreDataset(
  request: BatchScoringWorkerRequest,
  onPart: (part: ScoredPartWritten) => void,
): Promise<BatchScoringWorkerResult> {
  const timings: Record<string, number> = { read: 0, aggregate: 0, score: 0, write: 0 };
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] += performance.now() - started;
    }
  };
  const { backend } = await selectBackend(request.backend);
  const model = await ScoringModel.load(request.model);
  const { definition } = parseTransformSpec(request.model.transformSpec);
  const batch = await time('read', () => readParts(request, neededColumns(model, definition)));
  await time('aggregate', () => {
    if (!model.transform.inputColumns.some((column) => column.online)) return;
    for (const [name, values] of Object.entries(computeWindowAggregates(definition, batch)))
      batch.columns[name] = { type: 'numeric', values };
  });
  await mkdir(request.outputDirectory, { recursive: true });
  const skip = new Set(request.skipParts);
  const partsTotal = Math.ceil(batch.rowCount / request.chunkRows);
  const shape = { outputs: model.signature.outputs, classLabels: model.signature.classLabels };
  let partsWritten = 0;
  for (let partIndex = 0; partIndex < partsTotal; partIndex++) {
    if (skip.has(partIndex)) continue;
    const rowStart = partIndex * request.chunkRows;
    const rowCount = Math.min(request.chunkRows, batch.rowCount - rowStart);
    const scores = await time('score', () =>
      model.score(sliceRows(batch, rowStart, rowStart + rowCount)),
    );
    const path = join(request.outputDirectory, `part-${String(partIndex).padStart(5, '0')}.arrow`);
    await time('write', () => writeFile(path, writeScoredPart(rowStart, scores, shape)));
    partsWritten++;
    onPart({ partIndex, rowStart, rowCount, path });
  }
  model.dispose();
  return { rowCount: batch.rowCount, partsTotal, partsWritten, timings, backend };
}

/** The model's offline inputs plus what its aggregations read (entity, time, columns). */
function neededColumns(
  model: ScoringModel,
  definition: ReturnType<typeof parseTransformSpec>['definition'],
): { name: string; type: RawColumnType }[] {
  const wanted = new Map<string, RawColumnType>();
  for (const column of model.transform.inputColumns)
    if (!column.online) wanted.set(column.name, column.type);
  if (definition.aggregations.length > 0) {
    if (definition.entity !== null) wanted.set(definition.entity.column, 'categorical');
    if (definition.eventTime !== null) wanted.set(definition.eventTime.column, 'timestamp');
    for (const aggregation of definition.aggregations)
      if (aggregation.function !== 'count' && !wanted.has(aggregation.column))
        wanted.set(aggregation.column, 'numeric');
  }
  return [...wanted].map(([name, type]) => ({ name, type }));
}

async function readParts(
  request: BatchScoringWorkerRequest,
  columns: { name: string; type: RawColumnType }[],
): Promise<RawBatch> {
  const session = await TabularSession.open({
    threads: 1,
    tempDirectory: join(request.outputDirectory, 'spill'),
  });
  try {
    const files = `[${request.parquetFiles.map(sqlString).join(', ')}]`;
    // The engine keeps file order (insertion order), so row i is row i of the version.
    return await readRawBatch(
      session,
      `(SELECT * FROM read_parquet(${files}, union_by_name = true))`,
      columns,
    );
  } finally {
    session.close();
  }
}

/** Rows [start, end) as views of the batch's arrays: no copy. */
function sliceRows(batch: RawBatch, start: number, end: number): RawBatch {
  const columns: Record<string, RawColumn> = {};
  for (const [name, column] of Object.entries(batch.columns)) {
    columns[name] =
      column.type === 'categorical'
        ? {
            type: 'categorical',
            codes: column.codes.subarray(start, end),
            dictionary: column.dictionary,
          }
        : { type: column.type, values: column.values.subarray(start, end) };
  }
  return { rowCount: end - start, columns };
}
