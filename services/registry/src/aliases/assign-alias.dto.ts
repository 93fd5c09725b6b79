import { isValidAliasName } from '../domain/alias-name';
import { invalidRequest } from '../domain/registry-error-code';

/** Body of PUT /models/:name/aliases/:alias. */
export interface AssignAliasDto {
  version: number;
  reason: string;
}

/** Validates the alias name and the body, naming every problem at once. */
export function parseAssignAlias(alias: string, body: unknown): AssignAliasDto {
  const problems: string[] = [];
  if (!isValidAliasName(alias))
    problems.push(
      `alias '${alias}' must be lowercase letters, digits and '-', 1-63 characters (e.g. production, champion-2)`,
    );
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problems.push('the body must be a JSON object like {"version": 3, "reason": "…"}');
    throw invalidRequest('alias assignment', problems);
  }
  const raw = body as Record<string, unknown>;
  for (const key of Object.keys(raw).filter((each) => !['version', 'reason'].includes(each)))
    problems.push(`unknown field '${key}'`);
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1)
    problems.push('version must be a whole number from 1');
  if (typeof raw.reason !== 'string' || raw.reason.trim() === '')
    problems.push('reason must be a non-empty string saying why the alias moves');
  if (problems.length > 0) throw invalidRequest('alias assignment', problems);
  return { version: raw.version as number, reason: (raw.reason as string).trim() };
}
