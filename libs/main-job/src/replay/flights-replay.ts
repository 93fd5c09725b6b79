import type { FlightsMonth, ReplayFlight } from '../data/flights';
import { count, type Progress } from '../progress';
import type { PipelineSteps } from '../stages/pipeline-steps';
import type { LabelFeed } from './label-feed';
import type { Replayer } from './traffic';

const DAY_MS = 86_400_000;

export interface FlightsReplayOptions {
  /** Labels are published every this many replayed days. */
  labelEveryDays: number;
}

/**
 * Live flights, day by day in time order: each day's flights through the prediction API, their
 * delays reported late, and at each month's end the data platform's export of the whole month
 * ingested (a new dataset version, so the feature store materializes it and refreshes the online
 * values). Exports run beside the traffic, as they would.
 */
export class FlightsReplay {
  private readonly exports: Promise<void>[] = [];
  private readonly exportFailures: Error[] = [];
  readonly exported: { month: number; version: number; rows: number }[] = [];

  constructor(
    private readonly replayer: Replayer<ReplayFlight>,
    private readonly labels: LabelFeed,
    private readonly steps: PipelineSteps,
    private readonly progress: Progress,
    private readonly options: FlightsReplayOptions,
  ) {}

  async playMonth(month: FlightsMonth): Promise<void> {
    const started = performance.now();
    const days = groupByDay(month.replay);
    let sinceLabels = 0;
    for (const [dayStart, flights] of days) {
      await this.replayer.play(flights);
      if (++sinceLabels >= this.options.labelEveryDays) {
        sinceLabels = 0;
        await this.labels.publishUpTo(dayStart + DAY_MS);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const counts = this.replayer.counts;
    this.progress.line(
      'replay',
      `2001-${String(month.month).padStart(2, '0')}: ${count(month.replay.length)} flights in ${seconds.toFixed(1)} s ` +
        `(${days.size} days, ${((days.size * 86_400) / seconds).toFixed(0)}x real time); so far ${count(counts.acceptedRows)} answered, ${count(counts.failedRows)} failed, ${count(this.labels.rows)} labels reported`,
    );
    this.exports.push(
      this.exportMonth(month).catch((error) => void this.exportFailures.push(error)),
    );
  }

  /** Replays `flights` again (the newest month's traffic) until `done()` or `deadline`. */
  async holdUntil(
    flights: ReplayFlight[],
    done: () => boolean,
    deadline: number,
  ): Promise<boolean> {
    const days = [...groupByDay(flights).values()];
    for (let i = 0; !done(); i++) {
      if (Date.now() > deadline) return false;
      await this.replayer.play(days[i % days.length]);
    }
    return true;
  }

  async exportsSettled(): Promise<void> {
    await Promise.all(this.exports);
    if (this.exportFailures.length > 0) throw this.exportFailures[0];
  }

  private async exportMonth(month: FlightsMonth): Promise<void> {
    const answer = await this.steps.upload('flights', month.exportFile, 'parquet');
    if (answer.status !== 'versioned')
      throw new Error(`the export of month ${month.month} was ${answer.status}: ${answer.reason}`);
    this.exported.push({ month: month.month, version: answer.version, rows: month.exportRows });
    this.progress.line(
      'export',
      `month ${month.month} exported by the data platform: flights version ${answer.version} (+${count(month.exportRows)} rows)`,
    );
  }
}

function groupByDay(flights: readonly ReplayFlight[]): Map<number, ReplayFlight[]> {
  const days = new Map<number, ReplayFlight[]>();
  for (const flight of flights) {
    const day = Math.floor(flight.at / DAY_MS) * DAY_MS;
    if (!days.has(day)) days.set(day, []);
    days.get(day)!.push(flight);
  }
  return days;
}
