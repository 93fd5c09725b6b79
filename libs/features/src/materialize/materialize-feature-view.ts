import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DriftReference, profileColumns } from '@loopline/stats';
import { TabularSession } from '@loopline/tabular';
import { parseFeatureViewDefinition } from '../definition/parse-feature-view-definition';
import { compileTransform } from '../transform/compile-transform';
import { fitTransform } from '../transform/fit-transform';
import { selectRows } from '../transform/select-rows';
import { TRANSFORM_SPEC_FORMAT, type TransformSpec } from '../transform/transform-spec';
import { writeFeatureSetSplit } from '../io/feature-set-file';
import { writeRawInputs } from '../io/write-raw-inputs';
import { computeWindowAggregates, onlineValuesAsOf } from '../window';
import { assignSplits, rowsOfSplit, SPLIT_NAMES } from '../split';
import { deriveLabel, fitLabelClasses } from '../label';
import { loadViewRows } from './load-view-rows';
import type {
  MaterializedSplit,
  MaterializeRequest,
  MaterializeResult,
} from './materialize-request';
import { buffersOnlyIn, buildDriftReferenceOffThread } from './build-drift-reference-off-thread';
import { driftReferenceInputs } from './drift-reference-inputs';
import { featureProfileInputs } from './feature-profile-inputs';
import { StageClock } from './stage-clock';

/**
 * Materializes one feature view version over a dataset version's Parquet parts: reads the
 * columns the view needs in event-time order, computes the windowed aggregations as of each row,
 * splits, fits the transforms on the training split only, encodes every split with the one
 * compiled transform serving also uses, and writes the split files, the transform spec, the
 * training split's reference profile and drift reference, and the test split's raw inputs. Also
 * returns each entity's latest aggregation values.
 */
export async function materializeFeatureView(
  request: MaterializeRequest,
): Promise<MaterializeResult> {
  // Parsed again here: the one check that the definition is whole, whoever stored it.
  const definition = parseFeatureViewDefinition(request.definition);
  const { outputDirectory } = request;
  const clock = new StageClock();
  const progress = request.onProgress ?? (() => undefined);
  await mkdir(outputDirectory, { recursive: true });

  const session = await TabularSession.open({
    memoryLimitMb: request.memoryLimitMb,
    threads: request.threads,
    tempDirectory: join(outputDirectory, 'spill'),
  });
  const loaded = await clock
    .time('load', () => loadViewRows(session, definition, request.parquetFiles))
    .finally(() => session.close());
  const { batch, droppedRows } = loaded;
  const rowsTotal = batch.rowCount;
  progress({ stage: 'load', rowsDone: rowsTotal, rowsTotal });

  await clock.time('aggregate', () => {
    const aggregates = computeWindowAggregates(definition, batch);
    for (const [name, values] of Object.entries(aggregates))
      batch.columns[name] = { type: 'numeric', values };
  });
  progress({ stage: 'aggregate', rowsDone: rowsTotal, rowsTotal });

  const eventTime =
    definition.eventTime === null ? null : batch.columns[definition.eventTime.column];
  const eventTimes = eventTime?.type === 'timestamp' ? eventTime.values : null;
  const splitRows = await clock.time('split', () => {
    const assignment = assignSplits(definition.split, rowsTotal, eventTimes);
    return SPLIT_NAMES.map((_, index) => rowsOfSplit(assignment, index));
  });

  const train = await clock.time('fit', () => selectRows(batch, splitRows[0]));
  const { spec, compiled } = await clock.time('fit', () => {
    const classes =
      definition.label === null
        ? null
        : fitLabelClasses(definition.label, train.columns[definition.label.column]);
    const fitted: TransformSpec = {
      format: TRANSFORM_SPEC_FORMAT,
      featureView: { name: definition.name, version: request.version },
      definition,
      statistics: fitTransform(definition, train, classes),
    };
    return { spec: fitted, compiled: compileTransform(fitted) };
  });
  progress({ stage: 'fit', rowsDone: splitRows[0].length, rowsTotal });

  // A class first seen after the training split has no index: such rows cannot be learnt or scored.
  const labels =
    definition.label === null
      ? null
      : deriveLabel(
          definition.label,
          batch.columns[definition.label.column],
          spec.statistics.labelClasses,
        ).values;
  const entity = definition.entity === null ? null : batch.columns[definition.entity.column];
  const splits: MaterializedSplit[] = [];
  let referenceProfile: unknown = null;
  let driftReference: Promise<DriftReference> | null = null;
  const testInputsPath = join(outputDirectory, 'test-inputs.arrow');
  let rowsDone = 0;
  let unlabelled = 0;
  for (const [index, name] of SPLIT_NAMES.entries()) {
    const rows = labels === null ? splitRows[index] : labelledRows(splitRows[index], labels);
    unlabelled += splitRows[index].length - rows.length;
    // The training rows were copied for fitting already; every one of them has its label.
    const part = rows === splitRows[0] ? train : selectRows(batch, rows);
    const encoded = await clock.time('transform', () => compiled.encode(part));
    if (index === 0) {
      // The raw columns, not the encoded ones: monitoring sees what callers send. Built on
      // another thread while this split is written and profiled and the others are encoded;
      // nothing here reads the training rows again, so their buffers move there.
      driftReference = buildDriftReferenceOffThread(
        part.rowCount,
        driftReferenceInputs(part, definition.label?.column ?? null),
        buffersOnlyIn(part, batch),
      );
    }
    const label = labels === null ? null : pickFloat32(labels, rows);
    const path = join(outputDirectory, `${name}.arrow`);
    await clock.time('write', () =>
      writeFeatureSetSplit(path, {
        encoded,
        label,
        eventTime: eventTimes === null ? null : pick(eventTimes, rows),
        entity:
          entity?.type === 'categorical'
            ? { codes: pickCodes(entity.codes, rows), dictionary: entity.dictionary }
            : null,
      }),
    );
    splits.push({ name, path, rowCount: rows.length });
    // The very rows just encoded, in the same order: another model's transform can encode them
    // and be scored on exactly the test split's rows.
    if (name === 'test') await clock.time('write', () => writeRawInputs(testInputsPath, part));
    if (index === 0) {
      referenceProfile = await clock.time('profile', () =>
        profileColumns(
          rows.length,
          featureProfileInputs(
            encoded,
            label,
            definition.label?.name ?? null,
            spec.statistics.labelClasses,
          ),
        ),
      );
    }
    rowsDone += splitRows[index].length;
    progress({ stage: 'transform', rowsDone, rowsTotal });
  }

  const asOf = eventTimes === null || rowsTotal === 0 ? null : maxOf(eventTimes) + 1;
  const onlineValues =
    asOf === null || definition.aggregations.length === 0
      ? []
      : onlineValuesAsOf(definition, batch, asOf);
  const transformSpecPath = join(outputDirectory, 'transform-spec.json');
  const referenceProfilePath = join(outputDirectory, 'reference-profile.json');
  const driftReferencePath = join(outputDirectory, 'drift-reference.json');
  await writeFile(transformSpecPath, JSON.stringify(spec));
  await writeFile(referenceProfilePath, JSON.stringify(referenceProfile));
  // Only the wait is timed: the build itself overlapped with the other splits.
  const builtReference = await clock.time('profile', () => driftReference);
  await writeFile(driftReferencePath, JSON.stringify(builtReference));
  return {
    rowCount: rowsTotal - unlabelled,
    droppedRows: droppedRows + unlabelled,
    splits,
    transformSpecPath,
    referenceProfilePath,
    driftReferencePath,
    testInputsPath,
    featureNames: [...compiled.layout.columns],
    onlineValues,
    asOf,
    timings: clock.timings(),
  };
}

function pick(values: Float64Array, rows: Uint32Array): Float64Array {
  const picked = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = values[rows[i]];
  return picked;
}

function pickFloat32(values: Float32Array, rows: Uint32Array): Float32Array {
  const picked = new Float32Array(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = values[rows[i]];
  return picked;
}

function labelledRows(rows: Uint32Array, labels: Float32Array): Uint32Array {
  let kept = 0;
  for (let i = 0; i < rows.length; i++) if (!Number.isNaN(labels[rows[i]])) kept++;
  if (kept === rows.length) return rows;
  const labelled = new Uint32Array(kept);
  for (let i = 0, k = 0; i < rows.length; i++)
    if (!Number.isNaN(labels[rows[i]])) labelled[k++] = rows[i];
  return labelled;
}

function pickCodes(codes: Int32Array, rows: Uint32Array): Int32Array {
  const picked = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = codes[rows[i]];
  return picked;
}

function maxOf(values: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}
