import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { toPlatformError } from '@loopline/errors';
import type { ArtifactStore } from './artifact-store';

/**
 * Ensures every bucket exists, retrying while the store is unreachable (it may still be
 * starting next to the service) and failing at once on errors a retry cannot fix.
 */
export async function ensureBuckets(
  store: ArtifactStore,
  buckets: readonly string[],
  { attempts, delayMs }: { attempts: number; delayMs: number },
  logger = new Logger('ArtifactsModule'),
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      for (const bucket of buckets) await store.ensureBucket(bucket);
      return;
    } catch (error) {
      const platformError = toPlatformError(error);
      if (!platformError.retriable || attempt >= attempts) throw platformError;
      logger.warn(
        `${platformError.code}: ${platformError.message} (attempt ${attempt}/${attempts}, retrying in ${delayMs} ms)`,
      );
      await sleep(delayMs);
    }
  }
}
