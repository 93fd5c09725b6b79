import { Injectable, Logger } from '@nestjs/common';
import { describeModel } from '../projections/deployable-model';
import type { Instance } from './prediction-request';
import { RecentRequests } from './recent-requests';
import type { ServedModel } from './served-model';

export interface WarmupResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
}

/**
 * Warms a model before it takes traffic by replaying the endpoint's recorded requests one by
 * one, as callers send them (a first deployment, with none recorded, replays neutral rows: 0,
 * now, an empty category). Each replay is timed and its failure counted: blue-green judges the
 * candidate on exactly this.
 */
@Injectable()
export class ModelWarmer {
  private readonly logger = new Logger(ModelWarmer.name);

  constructor(private readonly recent: RecentRequests) {}

  async warm(model: ServedModel, endpointName: string, requests: number): Promise<WarmupResult> {
    const recorded = this.recent.of(endpointName);
    const replayed = recorded.length > 0 ? recorded : [neutralInstance(model)];
    const result: WarmupResult = { requests: 0, errors: 0, latenciesMs: [] };
    let firstError: unknown;
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      try {
        await model.score(model.toBatch([replayed[i % replayed.length]]));
      } catch (error) {
        result.errors += 1;
        firstError ??= error;
      }
      result.requests += 1;
      result.latenciesMs.push(performance.now() - started);
    }
    if (firstError)
      this.logger.warn(
        `warming ${describeModel(model.descriptor)}: ${result.errors}/${result.requests} replayed requests failed, first: ${(firstError as Error).message}`,
      );
    return result;
  }
}

function neutralInstance(model: ServedModel): Instance {
  const now = Date.now();
  return Object.fromEntries(
    model.requestInputs.map((input) => [
      input.name,
      input.type === 'numeric' ? 0 : input.type === 'timestamp' ? now : '',
    ]),
  );
}
