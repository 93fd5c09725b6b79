/** Outcome of parsing one raw environment value: the typed value, or what was wrong with it. */
export type ParseResult<T> = { readonly value: T } | { readonly problem: string };

/**
 * How one environment variable is read. Built with the helpers in `variable-types.ts`
 * (`port({ default: 3001, doc })`), never by hand, so every variable has a type, a doc and a
 * parser that explains itself when the value is wrong.
 */
export interface VariableSpec<T> {
  /** Expected type in words (`port`, `url (postgres:)`, `one of info|debug`), for docs and errors. */
  readonly type: string;
  /** What the variable controls; shown in config tables and in error messages. */
  readonly doc: string;
  /** Used when the variable is unset or blank; absent means the variable is required. */
  readonly default?: T;
  /** When true and unset, the value is `undefined` instead of a "missing" problem. */
  readonly optional: boolean;
  /** Secret values never appear in error messages or details. */
  readonly secret: boolean;
  parse(raw: string): ParseResult<T>;
  /** Renders a value the way it would be written in the environment (for the default column). */
  format(value: T): string;
}

/** A service's or library's variables, keyed by environment variable name. */
export type ConfigDefinition = Readonly<Record<string, VariableSpec<unknown>>>;

/** The typed, parsed configuration a definition describes. */
export type ConfigOf<D extends ConfigDefinition> = {
  readonly [K in keyof D]: D[K] extends VariableSpec<infer T> ? T : never;
};
