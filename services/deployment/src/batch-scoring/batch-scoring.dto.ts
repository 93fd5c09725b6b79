import { ErrorKind, PlatformError } from '@loopline/errors';

/** Body of POST /batch-scoring-jobs: score one dataset version with one model version. */
export interface RequestBatchScoringDto {
  modelName: string;
  modelVersion: number;
  datasetVersionId: string;
}

const FIELDS = new Set(['modelName', 'modelVersion', 'datasetVersionId']);

/** Validates the body, naming every field at fault at once. */
export function parseRequestBatchScoringDto(body: unknown): RequestBatchScoringDto {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid(['the body must be a JSON object (Content-Type: application/json)']);
  const raw = body as Record<string, unknown>;
  const problems = Object.keys(raw)
    .filter((field) => !FIELDS.has(field))
    .map((field) => `unknown field '${field}'`);
  const text = (field: string) => {
    const value = raw[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    problems.push(`${field} is required: a non-empty string`);
    return '';
  };
  const modelName = text('modelName');
  const datasetVersionId = text('datasetVersionId');
  const modelVersion = raw.modelVersion;
  if (!Number.isInteger(modelVersion) || (modelVersion as number) < 1)
    problems.push('modelVersion is required: the registry version number, an integer >= 1');
  if (problems.length > 0) throw invalid(problems);
  return { modelName, modelVersion: modelVersion as number, datasetVersionId };
}

function invalid(problems: string[]): PlatformError {
  return new PlatformError(
    'DEPLOYMENT.INVALID_BATCH_SCORING_REQUEST',
    `The batch scoring request is invalid: ${problems.join('; ')}. Send {"modelName", "modelVersion", "datasetVersionId"}.`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
