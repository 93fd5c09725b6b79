/** Stable codes of configuration errors; callers and tests branch on these, not on messages. */
export enum ConfigErrorCode {
  /** One or more environment variables are missing or malformed; `details.problems` lists each. */
  Invalid = 'CONFIG.INVALID',
  /** A single variable's value does not parse (used per problem in `details.problems`). */
  InvalidVariable = 'CONFIG.INVALID_VARIABLE',
  /** A required variable is unset (used per problem in `details.problems`). */
  MissingVariable = 'CONFIG.MISSING_VARIABLE',
  /** The definition itself is wrong (a programming error, caught at start-up). */
  InvalidDefinition = 'CONFIG.INVALID_DEFINITION',
}
