/** What `IdempotentRequests.run` returns: the response body, and whether it was a replay. */
export interface IdempotentOutcome<T> {
  body: T;
  /** True when the body is the stored response of an earlier request with the same key. */
  replayed: boolean;
}
