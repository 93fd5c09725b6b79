import { ErrorKind, PlatformError } from '@loopline/errors';
import type { InputColumn } from '@loopline/features';

export const PredictionRequestErrorCode = {
  InvalidRequest: 'DEPLOYMENT.INVALID_PREDICTION_REQUEST',
  TooManyInstances: 'DEPLOYMENT.TOO_MANY_INSTANCES',
} as const;

export interface FieldProblem {
  path: string;
  message: string;
}

export type Instance = Readonly<Record<string, unknown>>;

/**
 * The instances of a prediction request body: `{"instances": [{...}, ...]}` (as KServe's v1
 * protocol) or `{"instance": {...}}` for one. Anything else is a 400 saying which shape to send.
 */
export function instancesOf(body: unknown, maxInstances: number): Instance[] {
  const problems: FieldProblem[] = [];
  let instances: unknown[] | null = null;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problems.push({
      path: '',
      message: 'must be a JSON object with "instances" (an array) or "instance"',
    });
  } else {
    const { instances: many, instance: one } = body as Record<string, unknown>;
    if (many !== undefined && one !== undefined)
      problems.push({ path: '', message: 'give either "instances" or "instance", not both' });
    else if (many !== undefined) {
      if (!Array.isArray(many) || many.length === 0)
        problems.push({ path: 'instances', message: 'must be a non-empty array of objects' });
      else instances = many;
    } else if (one !== undefined) instances = [one];
    else
      problems.push({
        path: '',
        message: 'is missing "instances" (an array of objects) or "instance"',
      });
  }
  if (instances !== null && instances.length > maxInstances)
    throw new PlatformError(
      PredictionRequestErrorCode.TooManyInstances,
      `The request carries ${instances.length} instances; at most ${maxInstances} are scored per request. Split it, or use a batch scoring job for whole datasets.`,
      { kind: ErrorKind.PayloadTooLarge, details: { instances: instances.length, maxInstances } },
    );
  instances?.forEach((instance, i) => {
    if (typeof instance !== 'object' || instance === null || Array.isArray(instance))
      problems.push({ path: `instances[${i}]`, message: 'must be a JSON object of input fields' });
  });
  if (problems.length > 0 || instances === null) throw invalidRequest(problems);
  return instances as Instance[];
}

/**
 * Checks each instance carries exactly the fields the model's signature asks of a caller (its
 * raw inputs, not the online ones, which come from the feature store): a missing field and an
 * unknown one are both errors, so a typo never silently becomes a missing value. Send null for a
 * value you do not have.
 */
export function checkInstanceFields(
  instances: readonly Instance[],
  requestInputs: readonly InputColumn[],
): void {
  const problems: FieldProblem[] = [];
  const expected = new Set(requestInputs.map((input) => input.name));
  instances.forEach((instance, i) => {
    for (const input of requestInputs)
      if (!(input.name in instance))
        problems.push({
          path: `instances[${i}].${input.name}`,
          message: `is missing (${input.type}); send null when the value is unknown`,
        });
    for (const name of Object.keys(instance))
      if (!expected.has(name))
        problems.push({
          path: `instances[${i}].${name}`,
          message: `is not an input of this model (inputs: ${[...expected].join(', ')})`,
        });
  });
  if (problems.length > 0) throw invalidRequest(problems);
}

export function invalidRequest(problems: readonly FieldProblem[]): PlatformError {
  const shown = problems.slice(0, 20).map((p) => `${p.path || 'body'} ${p.message}`);
  return new PlatformError(
    PredictionRequestErrorCode.InvalidRequest,
    `The prediction request is invalid: ${shown.join('; ')}${problems.length > shown.length ? `; and ${problems.length - shown.length} more` : ''}. Fix the listed fields and send it again (the model's inputs: GET /v1/models/<model>).`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
