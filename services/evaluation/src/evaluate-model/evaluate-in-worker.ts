import { readFile } from 'node:fs/promises';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { readFeatureSetSplit, readRawInputs } from '@loopline/features';
import {
  evaluateGate,
  type EvaluationTask,
  type GateEvaluation,
  type ModelUnderEvaluation,
} from '@loopline/model-evaluation';
import { selectBackend } from '@loopline/model-training';
import type { EvaluationWorkerRequest } from './evaluation-worker.messages';
import { loadModelUnderEvaluation, unloadableModel } from './model-under-evaluation.factory';

const TASKS: readonly string[] = [
  'binary_classification',
  'multiclass_classification',
  'regression',
];

/**
 * The CPU-heavy part of an evaluation, run in a worker thread: load both models, score the test
 * rows, and apply the policy's checks.
 */
export async function evaluateInWorker(request: EvaluationWorkerRequest): Promise<GateEvaluation> {
  if (!TASKS.includes(request.task))
    throw new PlatformError(
      'EVALUATION.UNKNOWN_TASK',
      `The model's task is ${request.task}; the gate can judge ${TASKS.join(', ')} models only.`,
      { kind: ErrorKind.Unprocessable },
    );
  await selectBackend(request.backend);
  const [split, rawInputs] = await Promise.all([
    readFeatureSetSplit(request.testSplit),
    readRawInputs(request.testInputs),
  ]);
  if (split.label === null || split.encoded.rowCount !== rawInputs.rowCount)
    throw new PlatformError(
      'EVALUATION.TEST_ROWS_MISMATCH',
      `The test split has ${split.encoded.rowCount} rows${split.label === null ? ' and no labels' : ''}, its raw inputs ${rawInputs.rowCount}: they must be the same labelled rows. Materialize the feature set again.`,
      { kind: ErrorKind.Unprocessable },
    );
  const candidate = await loadModelUnderEvaluation(request.candidate, rawInputs);
  let champion: (ModelUnderEvaluation & { modelVersion: number }) | null = null;
  if (request.champion !== null) {
    const { modelVersion, signature } = request.champion;
    const loaded = await loadModelUnderEvaluation(request.champion, rawInputs).catch((error) =>
      unloadableModel(error, signature.classLabels ?? []),
    );
    champion = Object.assign(loaded, { modelVersion });
  }
  return evaluateGate({
    policy: request.policy,
    task: request.task as EvaluationTask,
    classLabels: request.candidate.signature.classLabels ?? [],
    labels: split.label,
    rawInputs,
    labelColumn: await rawLabelColumn(request.candidate.transformSpec),
    candidate,
    champion,
  });
}

/** The raw column the label is derived from (e.g. delay for delayed): never perturbed. */
async function rawLabelColumn(transformSpecPath: string): Promise<string | undefined> {
  const spec = JSON.parse(await readFile(transformSpecPath, 'utf8')) as {
    definition?: { label?: { column?: string } | null };
  };
  return spec.definition?.label?.column ?? undefined;
}
