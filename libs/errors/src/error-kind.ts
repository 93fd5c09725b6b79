/**
 * The broad class of a failure. It decides the HTTP status at the edge and the default retry
 * behaviour in consumers; the precise reason lives in the error's stable `code`.
 */
export enum ErrorKind {
  InvalidInput = 'INVALID_INPUT',
  /** No credentials, or credentials that name nobody. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** A known caller without the role the action needs. */
  Forbidden = 'FORBIDDEN',
  /** The request body is over a configured size limit. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** Well-formed input that breaks the rules it is held to (e.g. a data contract). */
  Unprocessable = 'UNPROCESSABLE',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  PreconditionFailed = 'PRECONDITION_FAILED',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL',
}

/** One table maps every kind to its HTTP status, so controllers never pick statuses by hand. */
export const HTTP_STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  [ErrorKind.InvalidInput]: 400,
  [ErrorKind.Unauthenticated]: 401,
  [ErrorKind.Forbidden]: 403,
  [ErrorKind.PayloadTooLarge]: 413,
  [ErrorKind.Unprocessable]: 422,
  [ErrorKind.NotFound]: 404,
  [ErrorKind.Conflict]: 409,
  [ErrorKind.PreconditionFailed]: 412,
  [ErrorKind.Unavailable]: 503,
  [ErrorKind.Internal]: 500,
};

/** Only infrastructure that may come back (a broker, a database, an object store) is worth retrying. */
export const RETRIABLE_BY_DEFAULT: Readonly<Record<ErrorKind, boolean>> = {
  [ErrorKind.InvalidInput]: false,
  [ErrorKind.Unauthenticated]: false,
  [ErrorKind.Forbidden]: false,
  [ErrorKind.PayloadTooLarge]: false,
  [ErrorKind.Unprocessable]: false,
  [ErrorKind.NotFound]: false,
  [ErrorKind.Conflict]: false,
  [ErrorKind.PreconditionFailed]: false,
  [ErrorKind.Unavailable]: true,
  [ErrorKind.Internal]: false,
};
