import { ErrorKind, PlatformError } from '@loopline/errors';
import { ConfigErrorCode } from './config-error-code';
import type { ConfigDefinition } from './variable-spec';

const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Declares a set of environment variables. It only checks the definition itself (names are
 * SCREAMING_SNAKE_CASE, every variable is documented) and keeps the literal type, so
 * `parseConfig` can return a precisely typed object. Compose definitions with spread:
 * `defineConfig({ ...PLATFORM_CONFIG_DEFINITION, HTTP_PORT: port({ default: 3005, doc }) })`.
 */
export function defineConfig<const D extends ConfigDefinition>(definition: D): D {
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(definition)) {
    if (!VARIABLE_NAME.test(name))
      problems.push(`'${name}' is not an UPPER_SNAKE_CASE variable name`);
    if (!variable.doc || variable.doc.trim().length === 0) problems.push(`${name} has no doc`);
  }
  if (problems.length > 0) {
    throw new PlatformError(
      ConfigErrorCode.InvalidDefinition,
      `Invalid config definition: ${problems.join('; ')}.`,
      {
        kind: ErrorKind.Internal,
        retriable: false,
        details: { problems },
      },
    );
  }
  return Object.freeze({ ...definition }) as D;
}
