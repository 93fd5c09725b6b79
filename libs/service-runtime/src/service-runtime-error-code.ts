/** Stable codes raised by the service runtime. */
export enum ServiceRuntimeErrorCode {
  /** Bootstrap options that cannot work together (e.g. streamed bodies under Fastify). */
  UnsupportedOptions = 'SERVICE_RUNTIME.UNSUPPORTED_OPTIONS',
}
