import { isValidAliasName } from '../domain/alias-name';

/** The value of `format` in a model policy file. */
export const MODEL_POLICY_FORMAT = 'loopline.model-policy/v1';

/**
 * What the owners of a model declare about it: what it is for, what it is not good at, who
 * answers for it, and which aliases need an approver's decision before a version takes them.
 */
export interface ModelPolicy {
  modelName: string;
  intendedUse: string;
  limitations: string[];
  owners: string[];
  approval: { requiredFor: string[] };
  /** False for the safe default of a model that has no policy file. */
  documented: boolean;
}

/** The policy of a model without a file: production needs an approval, nothing is documented. */
export function defaultModelPolicy(modelName: string): ModelPolicy {
  return {
    modelName,
    intendedUse: 'not documented',
    limitations: [],
    owners: [],
    approval: { requiredFor: ['production'] },
    documented: false,
  };
}

const KNOWN_FIELDS = ['format', 'modelName', 'intendedUse', 'limitations', 'owners', 'approval'];

/**
 * Parses a `loopline.model-policy/v1` document, naming every problem at once; returns the
 * policy or the problems. `expectedModelName` is the file's name, which must match.
 */
export function parseModelPolicy(
  json: unknown,
  expectedModelName?: string,
): { policy: ModelPolicy; problems: [] } | { policy: null; problems: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { policy: null, problems: ['the policy must be a JSON object'] };
  const raw = json as Record<string, unknown>;
  const problems = Object.keys(raw)
    .filter((key) => !KNOWN_FIELDS.includes(key))
    .map((key) => `unknown field '${key}'`);
  if (raw.format !== MODEL_POLICY_FORMAT)
    problems.push(`format must be '${MODEL_POLICY_FORMAT}' (got ${JSON.stringify(raw.format)})`);
  const text = (field: string, value: unknown): string => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    problems.push(`${field} must be a non-empty string`);
    return '';
  };
  const texts = (field: string, value: unknown): string[] => {
    if (!Array.isArray(value)) {
      problems.push(`${field} must be an array of non-empty strings`);
      return [];
    }
    return value.map((item, index) => text(`${field}[${index}]`, item));
  };
  const modelName = text('modelName', raw.modelName);
  if (expectedModelName !== undefined && modelName !== '' && modelName !== expectedModelName)
    problems.push(`modelName '${modelName}' does not match the file name '${expectedModelName}'`);
  const intendedUse = text('intendedUse', raw.intendedUse);
  const limitations = texts('limitations', raw.limitations);
  const owners = texts('owners', raw.owners);
  if (Array.isArray(raw.owners) && raw.owners.length === 0)
    problems.push('owners must name at least one owner');
  const approval = raw.approval as Record<string, unknown> | undefined;
  let requiredFor: string[] = [];
  if (typeof approval !== 'object' || approval === null || Array.isArray(approval)) {
    problems.push('approval must be an object like { "requiredFor": ["production"] }');
  } else {
    for (const key of Object.keys(approval).filter((each) => each !== 'requiredFor'))
      problems.push(`unknown field 'approval.${key}'`);
    requiredFor = texts('approval.requiredFor', approval.requiredFor);
    for (const alias of requiredFor.filter((each) => each !== '' && !isValidAliasName(each)))
      problems.push(`approval.requiredFor holds '${alias}', which is not an alias name`);
  }
  if (problems.length > 0) return { policy: null, problems };
  return {
    policy: {
      modelName,
      intendedUse,
      limitations,
      owners,
      approval: { requiredFor },
      documented: true,
    },
    problems: [],
  };
}
