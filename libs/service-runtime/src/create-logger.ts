import { ConsoleLogger, LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevel } from '@loopline/config';

/** Nest calls "info" "log"; everything else has the same name. */
const NEST_LEVELS: readonly NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const PLATFORM_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];

/** The Nest levels enabled by a platform LOG_LEVEL: that level and every more severe one. */
export function enabledLogLevels(level: LogLevel): NestLogLevel[] {
  return NEST_LEVELS.slice(0, PLATFORM_LEVELS.indexOf(level) + 1);
}

/** The service's logger: text for people, or one JSON object per line for log shippers. */
export function createLogger(
  serviceName: string,
  level: LogLevel,
  format: 'text' | 'json',
): ConsoleLogger {
  return new ConsoleLogger({
    prefix: `loopline-${serviceName}`,
    logLevels: enabledLogLevels(level),
    json: format === 'json',
    colors: format === 'text' && process.stdout.isTTY === true,
  });
}
