import type { EventName } from '@loopline/contracts';
import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { RethrowRpcErrorsFilter } from './rethrow-rpc-errors.filter';

/**
 * Marks a controller method as the handler of one or more event types. The method receives a
 * typed `ConsumedEvent`; topic names, decoding, retries and dead-lettering are the transport's job.
 * The filter is bound here, on the handler, because a connected microservice builds its handlers
 * before any global filter could be added.
 */
export function ConsumeEvent(...names: [EventName, ...EventName[]]): MethodDecorator {
  return applyDecorators(EventPattern(names), UseFilters(new RethrowRpcErrorsFilter()));
}
