/** What identifies a request made with an Idempotency-Key; built by `@IdempotencyKey()`. */
export interface IdempotentRequest {
  key: string;
  method: string;
  /** The path with its query string, as the client sent it. */
  path: string;
  /** The parsed body. */
  body: unknown;
  /** Who is asking, on an authenticated route: keys are scoped to it. */
  principal?: string;
  /** The status the route answers on success; stored with the response for the record. */
  status: number;
}
