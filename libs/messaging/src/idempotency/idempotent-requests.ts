import { ErrorKind, PlatformError } from '@loopline/errors';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IdempotencyKeyRow } from '../database/idempotency-key.row';
import { IdempotencyErrorCode } from './idempotency-error-code';
import type { IdempotentOutcome } from './idempotent-outcome';
import type { IdempotentRequest } from './idempotent-request';
import { requestFingerprint } from './request-fingerprint';

/**
 * Makes an HTTP request that publishes safe to retry. The key, a fingerprint of the request and
 * the response are written in the same transaction as the handler's outbox rows, so either both
 * commit or neither does: a retry after a lost response finds the key and gets the stored
 * response, never a second event. A concurrent duplicate blocks on the key's primary key until
 * the first transaction ends, then replays. Errors are not stored: a request that failed rolls
 * back with its key and can be retried as is.
 */
@Injectable()
export class IdempotentRequests {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a new transaction, at most once per key; without a key, just runs it. The
   * body `work` returns (a JSON object or array) is stored for replays.
   */
  async run<T extends object>(
    request: IdempotentRequest | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<IdempotentOutcome<T>> {
    if (request === undefined) {
      return { body: await this.dataSource.transaction(work), replayed: false };
    }
    const id = { principal: request.principal ?? '', key: request.key };
    const requestHash = requestFingerprint(request);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(IdempotencyKeyRow)
        .values({ ...id, requestHash })
        .orIgnore()
        .returning(['key'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        return this.replay<T>(manager, request, requestHash);
      }
      const body: T = await work(manager);
      await manager.update(IdempotencyKeyRow, id, {
        responseStatus: request.status,
        responseBody: body,
      });
      return { body, replayed: false };
    });
  }

  private async replay<T extends object>(
    manager: EntityManager,
    request: IdempotentRequest,
    requestHash: string,
  ): Promise<IdempotentOutcome<T>> {
    const stored = await manager.findOneByOrFail(IdempotencyKeyRow, {
      principal: request.principal ?? '',
      key: request.key,
    });
    if (stored.requestHash !== requestHash) {
      throw new PlatformError(
        IdempotencyErrorCode.KeyReused,
        `Idempotency-Key '${request.key}' was already used for a different request (another ` +
          'method, path or body). Repeat the original request exactly to get its response, or ' +
          'send a new key for a new request.',
        { kind: ErrorKind.Conflict, details: { key: request.key } },
      );
    }
    if (stored.responseStatus === null) {
      // Unreachable while the key and its response commit together; a loud error beats a null body.
      throw new PlatformError(
        IdempotencyErrorCode.KeyInProgress,
        `The first request with Idempotency-Key '${request.key}' has no response yet; retry shortly.`,
        { kind: ErrorKind.Conflict, retriable: true, details: { key: request.key } },
      );
    }
    return { body: stored.responseBody as T, replayed: true };
  }
}
