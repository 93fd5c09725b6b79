import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter turns any error into `{ status: 'error', message }`, which would lose
 * the PlatformError code and retriable flag the Kafka server needs to choose between retrying and
 * dead-lettering. This filter hands the original error back unchanged.
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
