import type { PlatformError } from '@loopline/errors';
import { applyDecorators, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { Job } from '../domain/job';

/**
 * The long work of one job kind. `run` does the work outside any transaction; `complete` commits
 * it. Throw a `PlatformError` to say whether a failure is worth retrying (anything else counts as
 * retriable, up to the job's attempt cap).
 */
export interface JobHandler<I = unknown, R = unknown> {
  /**
   * Does the work (train, materialize, score) with no transaction or consumer callback open, so
   * it may take minutes. Write large outputs to the object store and return their URIs. Must
   * stop soon after `signal` aborts (shutdown, or the lease was lost). CPU-heavy work belongs in a
   * worker thread or child process so the lease keeps being renewed. The returned value is
   * stored as the job's `result` (keep it small: URIs, metrics).
   */
  run(job: Job<I>, signal: AbortSignal): Promise<R>;

  /**
   * Runs inside the transaction that marks the job succeeded: write the service's own state and
   * enqueue the result event through `OutboxWriter.enqueue(manager, ..., job.publishContext)`,
   * so "job succeeded" and its event commit together or not at all.
   */
  complete?(manager: EntityManager, job: Job<I>, result: R): Promise<void>;

  /**
   * Runs inside the transaction that marks the job failed for good (a permanent error, the last
   * attempt, or a worker that kept dying): record it and publish the failure event, so nothing
   * waits forever for a job that gave up.
   */
  fail?(manager: EntityManager, job: Job<I>, error: PlatformError): Promise<void>;
}

/** Discovery key of `@JobHandler`; the worker finds handlers among the app's providers by it. */
export const JobHandlerKind = DiscoveryService.createDecorator<string>();

/**
 * Declares a provider as the handler of one job kind:
 * `@JobHandler('train-model') export class TrainModelJob implements JobHandler<In, Out> {}`.
 * List the class in its feature module's providers like any other; it may inject what it needs.
 */
export function JobHandler(kind: string): ClassDecorator {
  return applyDecorators(Injectable(), JobHandlerKind(kind));
}
