import { randomUUID } from 'node:crypto';
import type { OutsidePublisher } from '@loopline/testing';

interface PendingLabel {
  predictionId: string;
  value: string | number;
  at: number;
}

/**
 * Ground truth arriving late, as a data platform reports it: outcomes are held until the
 * replay's clock is `lagMs` past them, then published as one labels file (CSV in the object
 * store) named by a GroundTruthObserved event.
 */
export class LabelFeed {
  private pending: PendingLabel[] = [];
  batches = 0;
  rows = 0;

  constructor(
    private readonly publisher: OutsidePublisher,
    private readonly spec: {
      datasetName: string;
      modelName: string;
      labelColumn: string;
      lagMs: number;
    },
  ) {}

  add(predictionId: string, value: string | number, at: number): void {
    this.pending.push({ predictionId, value, at });
  }

  /** Publishes every outcome at least `lagMs` older than `clock`; all of them without a clock. */
  async publishUpTo(clock = Infinity): Promise<number> {
    const due = this.pending.filter((label) => label.at <= clock - this.spec.lagMs);
    if (due.length === 0) return 0;
    this.pending = this.pending.filter((label) => label.at > clock - this.spec.lagMs);
    const { labelColumn, datasetName, modelName } = this.spec;
    const csv = [`prediction_id,${labelColumn}`, ...due.map((l) => `${l.predictionId},${l.value}`)];
    const observationBatchId = randomUUID();
    const labels = await this.publisher.putObject(
      'loopline-demo-labels',
      `${datasetName}/${observationBatchId}.csv`,
      Buffer.from(csv.join('\n')),
      'text/csv',
    );
    let start = Infinity;
    let end = -Infinity;
    for (const label of due) [start, end] = [Math.min(start, label.at), Math.max(end, label.at)];
    await this.publisher.publish('GroundTruthObserved', {
      datasetName,
      observationBatchId,
      labels,
      format: 'csv',
      joinKey: 'prediction_id',
      labelColumn,
      rowCount: due.length,
      modelName,
      eventTimeStart: start,
      eventTimeEnd: end,
      observedAt: Date.now(),
    });
    this.batches++;
    this.rows += due.length;
    return due.length;
  }
}
