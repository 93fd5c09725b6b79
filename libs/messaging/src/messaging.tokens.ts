/** Injection token of the EventCodec shared by every producer and consumer of a service. */
export const EVENT_CODEC = Symbol('LOOPLINE_EVENT_CODEC');
