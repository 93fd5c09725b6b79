import { ErrorKind, PlatformError } from '@loopline/errors';

/**
 * Body of POST /training-requests: an operator asking for a model to be (re)trained. Who asked is
 * not part of it: that is the authenticated principal.
 */
export interface RequestTrainingDto {
  modelName: string;
  reason: string;
  featureViewName: string | null;
  featureViewVersion: number | null;
  featureSetId: string | null;
  configOverrides: Record<string, string>;
}

const MODEL_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const KNOWN_FIELDS = new Set([
  'modelName',
  'reason',
  'featureViewName',
  'featureViewVersion',
  'featureSetId',
  'configOverrides',
]);

/** Validates the request body and names every problem at once, with what to send instead. */
export function parseRequestTrainingDto(body: unknown): RequestTrainingDto {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid(['the body must be a JSON object (Content-Type: application/json)']);
  }
  const raw = body as Record<string, unknown>;
  const problems = Object.keys(raw)
    .filter((field) => !KNOWN_FIELDS.has(field))
    .map((field) =>
      field === 'requestedBy'
        ? 'requestedBy is no longer sent: the request is recorded as made by the principal of the bearer token; remove the field'
        : `unknown field '${field}'`,
    );
  const text = (field: string, required: boolean): string | null => {
    const value = raw[field];
    if (value === undefined || value === null) {
      if (required) problems.push(`${field} is required`);
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${field} must be a non-empty string`);
      return null;
    }
    return value;
  };
  const modelName = text('modelName', true);
  if (modelName !== null && !MODEL_NAME.test(modelName)) {
    problems.push(`modelName must be kebab-case, 1-63 characters (got '${modelName}')`);
  }
  const version = raw.featureViewVersion;
  if (
    version !== undefined &&
    version !== null &&
    (!Number.isInteger(version) || (version as number) < 1)
  ) {
    problems.push('featureViewVersion must be a positive integer or null');
  }
  const overrides = raw.configOverrides ?? {};
  const validOverrides =
    typeof overrides === 'object' &&
    overrides !== null &&
    !Array.isArray(overrides) &&
    Object.values(overrides).every((value) => typeof value === 'string');
  if (!validOverrides) {
    problems.push(
      'configOverrides must map dotted config paths to string values, e.g. {"optimizer.learningRate": "0.001"}',
    );
  }
  const dto: RequestTrainingDto = {
    modelName: modelName ?? '',
    reason: text('reason', true) ?? '',
    featureViewName: text('featureViewName', false),
    featureViewVersion: (version as number | null | undefined) ?? null,
    featureSetId: text('featureSetId', false),
    configOverrides: validOverrides ? (overrides as Record<string, string>) : {},
  };
  if (problems.length > 0) throw invalid(problems);
  return dto;
}

function invalid(problems: string[]): PlatformError {
  return new PlatformError(
    'TRAINING.INVALID_TRAINING_REQUEST',
    `Invalid training request: ${problems.join('; ')}.`,
    {
      kind: ErrorKind.InvalidInput,
      details: { problems },
    },
  );
}
