import type { ConfigDefinition } from './variable-spec';

/** One row of a configuration table (README, `.env.example`, `--help`). */
export interface ConfigDescription {
  name: string;
  type: string;
  /** The default as it would be written in the environment; `undefined` when required/optional. */
  default: string | undefined;
  required: boolean;
  secret: boolean;
  doc: string;
}

/** Lists a definition's variables in declaration order, for generated docs. */
export function describeConfig(definition: ConfigDefinition): ConfigDescription[] {
  return Object.entries(definition).map(([name, variable]) => ({
    name,
    type: variable.type,
    default: variable.default === undefined ? undefined : variable.format(variable.default),
    required: variable.default === undefined && !variable.optional,
    secret: variable.secret,
    doc: variable.doc,
  }));
}
