import { setTimeout as delay } from 'node:timers/promises';
import type { Json, ServiceClient } from '../http/service-client';

export interface TrafficShape {
  rowsPerRequest: number;
  /** Steady request rate the replay holds (requests are spaced, not bursted). */
  requestsPerSecond: number;
  /** Connections in flight at most. */
  concurrency: number;
}

/** One accepted prediction: the id the API gave it and which version answered. */
export interface Accepted<R> {
  row: R;
  predictionId: string;
  modelVersion: number;
  role: string;
}

/** What a model's traffic came to: rows the API accepted or failed, and who answered. */
export class TrafficCounts {
  requests = 0;
  failedRequests = 0;
  acceptedRows = 0;
  failedRows = 0;
  readonly statuses = new Map<string, number>();
  /** "v3 challenger" → rows. */
  readonly servedBy = new Map<string, number>();
  readonly acceptedIds = new Set<string>();

  toJSON() {
    return {
      requests: this.requests,
      failedRequests: this.failedRequests,
      acceptedRows: this.acceptedRows,
      failedRows: this.failedRows,
      statuses: Object.fromEntries(this.statuses),
      servedBy: Object.fromEntries(this.servedBy),
    };
  }
}

/**
 * Sends rows through a model's prediction API at a steady rate, the way live traffic arrives.
 * A request that fails (a service restarting, a 5xx) is counted with its rows and not retried:
 * only answered predictions are "accepted", and those are what the log must hold.
 */
export class Replayer<R> {
  readonly counts = new TrafficCounts();

  constructor(
    private readonly http: ServiceClient,
    private readonly modelName: string,
    private readonly shape: TrafficShape,
    private readonly toInstance: (row: R) => Json,
    private readonly onAccepted: (accepted: Accepted<R>) => void = () => undefined,
  ) {}

  /** Plays `rows` in order; resolves when every request has been answered or has failed. */
  async play(rows: readonly R[]): Promise<void> {
    const { rowsPerRequest, requestsPerSecond, concurrency } = this.shape;
    const requests = Math.ceil(rows.length / rowsPerRequest);
    const startedAt = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < requests) {
        const index = next++;
        const due = startedAt + (index * 1000) / requestsPerSecond;
        const wait = due - performance.now();
        if (wait > 0) await delay(wait);
        await this.send(rows.slice(index * rowsPerRequest, (index + 1) * rowsPerRequest));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  }

  private async send(batch: readonly R[]): Promise<void> {
    this.counts.requests++;
    let status = 'network error';
    try {
      const answer = await this.http.call(
        'deployment',
        'POST',
        `/v1/models/${this.modelName}/predict`,
        {
          role: 'viewer',
          body: { instances: batch.map(this.toInstance) },
        },
      );
      status = String(answer.status);
      if (answer.status === 200) {
        this.accept(batch, answer.body);
        return;
      }
    } catch {
      // Connection refused or reset: the service is down or restarting.
    } finally {
      this.counts.statuses.set(status, (this.counts.statuses.get(status) ?? 0) + 1);
    }
    this.counts.failedRequests++;
    this.counts.failedRows += batch.length;
  }

  private accept(batch: readonly R[], body: Json): void {
    const servedBy = `v${body.modelVersion} ${body.servedBy}`;
    this.counts.acceptedRows += batch.length;
    this.counts.servedBy.set(servedBy, (this.counts.servedBy.get(servedBy) ?? 0) + batch.length);
    body.predictions.forEach((prediction: Json, i: number) => {
      this.counts.acceptedIds.add(prediction.predictionId);
      this.onAccepted({
        row: batch[i],
        predictionId: prediction.predictionId,
        modelVersion: body.modelVersion,
        role: body.servedBy,
      });
    });
  }
}
