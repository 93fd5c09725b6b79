import { toPlatformError } from '@loopline/errors';

/**
 * `main.ts`'s catch: prints why the service could not start (a config error lists every bad
 * variable) and exits non-zero, so a supervisor restarts it or an operator sees the reason.
 * Exits explicitly because half-opened pools or sockets would otherwise keep the process alive.
 */
export function exitOnStartupFailure(error: unknown): never {
  const platformError = toPlatformError(error);
  process.stderr.write(
    `[loopline] start-up failed: ${platformError.code}: ${platformError.message}\n`,
  );
  if (platformError.cause instanceof Error && platformError.cause.stack)
    process.stderr.write(`${platformError.cause.stack}\n`);
  process.exit(1);
}
