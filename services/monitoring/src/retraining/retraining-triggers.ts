import type { ConsumedEvent, PublishedEvent } from '@loopline/messaging';
import type { EntityManager } from 'typeorm';

/** Something monitoring found that may call for retraining a model. */
export interface RetrainingTrigger {
  modelName: string;
  trigger: 'drift' | 'performance';
  /** The serving version the finding is about. */
  trainingRunId: string;
  windowId: string;
  /** One sentence a person can act on, e.g. "PSI of origin 0.31 > 0.12 in window …". */
  reason: string;
}

/**
 * Turns findings into retraining requests under the model's policy (cool-down, one in flight,
 * coalescing, newer data). The retraining slice implements it; drift and performance call it in
 * the transaction that publishes their `DriftDetected` or `PerformanceDegraded` (`cause`), and
 * the catalog tells it when a rollout completed or a gate failed.
 */
export abstract class RetrainingTriggers {
  abstract consider(
    manager: EntityManager,
    trigger: RetrainingTrigger,
    cause: PublishedEvent<'DriftDetected' | 'PerformanceDegraded'>,
  ): Promise<void>;
  abstract rolloutCompleted(
    manager: EntityManager,
    event: ConsumedEvent<'RolloutCompleted'>,
  ): Promise<void>;
  /**
   * A version failed its gate: a request it answered is no longer in flight. The catalog consumes
   * `ModelGateFailed` (it also records the evaluation report) and calls this in its transaction.
   */
  abstract gateFailed(
    manager: EntityManager,
    event: ConsumedEvent<'ModelGateFailed'>,
  ): Promise<void>;
}
