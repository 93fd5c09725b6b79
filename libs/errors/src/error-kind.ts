/**
 * The broad class of a failure. It decides the HTTP status at the edge and the default retry
 * behaviour in consumers; the precise reason lives in the error's stable `code`.
 */
export enum ErrorKind {
  InvalidInput = 'INVALID_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  PreconditionFailed = 'PRECONDITION_FAILED',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL',
}

/** One table maps every kind to its HTTP status, so controllers never pick statuses by hand. */
export const HTTP_STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  [ErrorKind.InvalidInput]: 400,
  [ErrorKind.NotFound]: 404,
  [ErrorKind.Conflict]: 409,
  [ErrorKind.PreconditionFailed]: 412,
  [ErrorKind.Unavailable]: 503,
  [ErrorKind.Internal]: 500,
};

/** Only infrastructure that may come back (a broker, a database, an object store) is worth retrying. */
export const RETRIABLE_BY_DEFAULT: Readonly<Record<ErrorKind, boolean>> = {
  [ErrorKind.InvalidInput]: false,
  [ErrorKind.NotFound]: false,
  [ErrorKind.Conflict]: false,
  [ErrorKind.PreconditionFailed]: false,
  [ErrorKind.Unavailable]: true,
  [ErrorKind.Internal]: false,
};
