export enum AccessControlErrorCode {
  /** No Authorization header, or not a bearer token. */
  MissingToken = 'AUTH.MISSING_TOKEN',
  /** A bearer token no configured principal holds. */
  UnknownToken = 'AUTH.UNKNOWN_TOKEN',
  /** The principal lacks the role the endpoint requires. */
  MissingRole = 'AUTH.MISSING_ROLE',
  /** The token file is unreadable or malformed; the service does not start. */
  InvalidTokenFile = 'AUTH.INVALID_TOKEN_FILE',
}
