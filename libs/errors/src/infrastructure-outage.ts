/**
 * Recognises a raw driver error (pg, TypeORM, kafkajs, the MinIO client, Node sockets) that means
 * "the infrastructure is unavailable right now": it will succeed once the database, broker or
 * object store is back, so it must be waited out, never treated as a bad message.
 */

/** Node socket errors: the server is down, restarting or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/**
 * PostgreSQL SQLSTATEs that pass with time: connection exceptions (class 08), insufficient
 * resources (53), operator intervention (57P01-57P03: shutdown, crash, starting up), lock timeouts
 * (55P03), serialization failures and deadlocks (40001, 40P01: the transaction can simply run again).
 */
const SQLSTATE_CLASSES = ['08', '53'];
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '55P03', '40001', '40P01']);

/** S3 error codes of an object store that is overloaded, starting or briefly failing. */
const OBJECT_STORE_CODES = new Set([
  'SlowDown',
  'ServiceUnavailable',
  'InternalError',
  'RequestTimeout',
  'XMinioServerNotInitialized',
  'XMinioReadQuorum',
  'XMinioWriteQuorum',
]);

/** Messages of drivers that lose a connection without a code. */
const LOST_CONNECTION = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /socket hang up/i,
  /connection (is )?(closed|ended)/i,
];

function looksUnavailable(error: object): boolean {
  const { code, name, retriable, message } = error as {
    code?: unknown;
    name?: unknown;
    retriable?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || OBJECT_STORE_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  // kafkajs marks broker-side conditions that pass (leader moves, coordinator loading) retriable.
  if (typeof name === 'string' && name.startsWith('KafkaJS') && retriable === true) return true;
  if (name === 'KafkaJSConnectionError' || name === 'KafkaJSRequestTimeoutError') return true;
  return typeof message === 'string' && LOST_CONNECTION.some((pattern) => pattern.test(message));
}

/** Looks through the error and its causes (`cause`, TypeORM's `driverError`, aggregated errors). */
export function isInfrastructureOutage(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  if (looksUnavailable(error)) return true;
  const { cause, driverError, errors } = error as {
    cause?: unknown;
    driverError?: unknown;
    errors?: unknown;
  };
  if (isInfrastructureOutage(cause, depth + 1) || isInfrastructureOutage(driverError, depth + 1))
    return true;
  return Array.isArray(errors) && errors.some((inner) => isInfrastructureOutage(inner, depth + 1));
}
