import { ErrorKind, PlatformError } from '@loopline/errors';
import { ConfigErrorCode } from './config-error-code';
import type { ConfigDefinition, ConfigOf } from './variable-spec';

/** One bad variable, as listed in `CONFIG.INVALID`'s `details.problems`. */
export interface ConfigProblem {
  code: ConfigErrorCode.InvalidVariable | ConfigErrorCode.MissingVariable;
  variable: string;
  /** The raw value, `'<redacted>'` for secrets, absent when the variable is missing. */
  value?: string;
  /** What is wrong or expected: the parser's complaint, or the type for a missing variable. */
  expected: string;
  /** The variable's doc, so the reader knows what it is for. */
  doc: string;
}

const REDACTED = '<redacted>';

/**
 * Reads every variable of `definition` from `env`. Blank values count as unset (so `FOO=` in a
 * shell falls back to the default). Collects all problems before failing, so one restart fixes
 * every typo: throws a single `CONFIG.INVALID` PlatformError whose message lists each variable,
 * its value and what is expected, and whose `details.problems` holds the same as data.
 */
export function parseConfig<D extends ConfigDefinition>(
  definition: D,
  env: Readonly<Record<string, string | undefined>>,
): ConfigOf<D> {
  const config: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [name, variable] of Object.entries(definition)) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') {
      if (variable.default !== undefined) config[name] = variable.default;
      else if (variable.optional) config[name] = undefined;
      else
        problems.push({
          code: ConfigErrorCode.MissingVariable,
          variable: name,
          expected: variable.type,
          doc: variable.doc,
        });
      continue;
    }
    const result = variable.parse(raw);
    if ('value' in result) config[name] = result.value;
    else {
      problems.push({
        code: ConfigErrorCode.InvalidVariable,
        variable: name,
        value: variable.secret ? REDACTED : raw,
        expected: result.problem,
        doc: variable.doc,
      });
    }
  }
  if (problems.length > 0) throw invalidConfigError(problems);
  return Object.freeze(config) as ConfigOf<D>;
}

function invalidConfigError(problems: ConfigProblem[]): PlatformError {
  const lines = problems.map((problem) =>
    problem.code === ConfigErrorCode.MissingVariable
      ? `  - ${problem.variable} is not set; expected ${problem.expected} (${problem.doc})`
      : `  - ${problem.variable}='${problem.value}': ${problem.expected} (${problem.doc})`,
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new PlatformError(
    ConfigErrorCode.Invalid,
    `Invalid configuration (${count}):\n${lines.join('\n')}\nSet these environment variables and restart.`,
    { kind: ErrorKind.InvalidInput, retriable: false, details: { problems } },
  );
}
