import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutsidePublisher } from '@loopline/testing';
import { type FlightsCut, prepareFlights, type ReplayFlight } from './data/flights';
import { type ReplayDay, seattleDays } from './data/seattle';
import { EventTap } from './events/event-tap';
import { closedLoops } from './events/loop-tracker';
import { Narrator } from './events/narrator';
import { ServiceClient } from './http/service-client';
import { KillRound } from './kill/kill-round';
import { count, Progress } from './progress';
import { checkAuditLog } from './proof/audit-ledger';
import { effectsDoneTwice } from './proof/effects-once';
import { checkPredictionLog } from './proof/prediction-ledger';
import { BackgroundTraffic } from './replay/background-traffic';
import { FlightsReplay } from './replay/flights-replay';
import { LabelFeed } from './replay/label-feed';
import { Replayer, type TrafficShape } from './replay/traffic';
import { bootstrap, FLIGHTS_MODEL, SEATTLE_MODEL } from './stages/bootstrap';
import { PipelineSteps } from './stages/pipeline-steps';
import { lifecycleFromEvents, retrainingDecisions } from './summary/collect-summary';
import {
  DEMO_SUMMARY_FORMAT,
  type DemoSummary,
  LOOP_TARGET_SECONDS,
  reliabilityPassed,
} from './summary/demo-summary';
import { summaryMarkdown } from './summary/summary-markdown';
import type { MainJobTarget } from './target';

const DAY_MS = 86_400_000;

export interface MainJobOptions {
  /** Where the cut data files go. */
  workDir: string;
  /** Where demo-summary.json and demo-summary.md go. */
  reportDir: string;
  flights: FlightsCut;
  flightsTraffic: TrafficShape;
  seattleTraffic: TrafficShape;
  /** Outcomes are reported this long after the flight (replay time). */
  labelLagDays: number;
  labelEveryDays: number;
  /** SIGKILL each service in turn during the replay (needs target.control). */
  kill: boolean;
  /** How long the replay holds the newest month's traffic waiting for the loop to close. */
  loopTimeoutMs: number;
  progress?: Progress;
}

/**
 * The main job: both models through the whole pipeline, live traffic with late labels until
 * monitoring's finding has been retrained, gated and rolled out, then the summary and (always)
 * the proof that nothing was lost or done twice. Talks to the platform only through its HTTP
 * APIs and topics, as the platform's users do.
 */
export async function runMainJob(
  target: MainJobTarget,
  options: MainJobOptions,
): Promise<DemoSummary> {
  const progress = options.progress ?? new Progress();
  const http = new ServiceClient(target);
  const steps = new PipelineSteps(http);
  const publisher = new OutsidePublisher(target.stack, target.topicPrefix);
  const tap = await new EventTap(target).start();
  const narrator = new Narrator(tap, progress).start();
  try {
    await mkdir(options.workDir, { recursive: true });
    const flights = await prepareFlights(options.workDir, options.flights);
    progress.line(
      'data',
      `flights-3m cut: January ${count(flights.january.rows)} rows; months ${options.flights.months.join(', ')} replayed one flight in ${options.flights.sampleEvery} (${count(flights.later.reduce((sum, m) => sum + m.replay.length, 0))} flights)`,
    );
    await bootstrap(steps, progress, flights);

    const flightsLabels = new LabelFeed(publisher, {
      datasetName: 'flights',
      modelName: FLIGHTS_MODEL,
      labelColumn: 'delay',
      lagMs: options.labelLagDays * DAY_MS,
    });
    const seattleLabels = new LabelFeed(publisher, {
      datasetName: 'seattle-weather',
      modelName: SEATTLE_MODEL,
      labelColumn: 'weather',
      lagMs: 0,
    });
    const flightsTraffic = new Replayer<ReplayFlight>(
      http,
      FLIGHTS_MODEL,
      options.flightsTraffic,
      (flight) => ({
        date: new Date(flight.at).toISOString(),
        origin: flight.origin,
        destination: flight.destination,
        distance: flight.distance,
      }),
      ({ row, predictionId }) => flightsLabels.add(predictionId, row.delay, row.at),
    );
    const seattleTraffic = new Replayer<ReplayDay>(
      http,
      SEATTLE_MODEL,
      options.seattleTraffic,
      ({ weather: _, at, ...measurements }) => ({
        date: new Date(at).toISOString().slice(0, 10),
        ...measurements,
      }),
      ({ row, predictionId }) => seattleLabels.add(predictionId, row.weather, row.at),
    );
    const seattle = new BackgroundTraffic(
      seattleTraffic,
      seattleLabels,
      await seattleDays(),
    ).start();
    const replay = new FlightsReplay(flightsTraffic, flightsLabels, steps, progress, {
      labelEveryDays: options.labelEveryDays,
    });
    const replayRows = flights.later.reduce((sum, m) => sum + m.replay.length, 0);
    const plannedSeconds =
      replayRows / options.flightsTraffic.rowsPerRequest / options.flightsTraffic.requestsPerSecond;
    let kills: KillRound | undefined;
    if (options.kill) {
      if (target.control === undefined)
        throw new Error('the kill mode needs a handle on the service processes');
      kills = new KillRound(target.control, progress, (plannedSeconds * 1000) / 9).start();
    }

    const replayStarted = performance.now();
    progress.line(
      'replay',
      `live traffic from February: ${count(replayRows)} flights at ${count(options.flightsTraffic.requestsPerSecond * options.flightsTraffic.rowsPerRequest)} flights/s, seattle-weather beside it`,
    );
    for (const month of flights.later) await replay.playMonth(month);
    const loopDone = () => closedLoops(tap, FLIGHTS_MODEL).length > 0;
    if (!loopDone()) {
      progress.line(
        'replay',
        "the loop is still open: the newest month's traffic continues until the retrained version serves it all",
      );
      await replay.holdUntil(
        flights.later.at(-1)!.replay,
        loopDone,
        Date.now() + options.loopTimeoutMs,
      );
    }
    // Every service's restart is part of what is proven: the round finishes under traffic.
    if (kills !== undefined)
      await replay.holdUntil(
        flights.later.at(-1)!.replay,
        () => kills.records.length >= 7,
        Date.now() + options.loopTimeoutMs,
      );
    kills?.stop();
    await kills?.finished();
    const wallSeconds = (performance.now() - replayStarted) / 1000;
    await seattle.stop();
    await flightsLabels.publishUpTo();
    await replay.exportsSettled();

    progress.line(
      'proof',
      'holding every answered prediction against the log files, every lifecycle event against the audit log',
    );
    const acceptedIds = new Set([
      ...flightsTraffic.counts.acceptedIds,
      ...seattleTraffic.counts.acceptedIds,
    ]);
    const predictionLog = await checkPredictionLog(tap, publisher, acceptedIds);
    const audit = await checkAuditLog(tap, http);
    const doneTwice = effectsDoneTwice(tap);
    const loops = closedLoops(tap, FLIGHTS_MODEL);
    const lifecycle = lifecycleFromEvents(tap);
    const loop = loops[0];
    const days = flights.later.reduce(
      (sum, m) => sum + new Set(m.replay.map((r) => Math.floor(r.at / DAY_MS))).size,
      0,
    );
    const summary: DemoSummary = {
      format: DEMO_SUMMARY_FORMAT,
      generatedAt: new Date().toISOString(),
      mode: options.kill ? 'kill' : 'normal',
      replay: {
        months: options.flights.months,
        sampleEvery: options.flights.sampleEvery,
        replayedDays: days,
        wallSeconds,
        acceleration: (days * 86_400) / wallSeconds,
      },
      datasets: lifecycle.datasets,
      models: lifecycle.models,
      rollouts: lifecycle.rollouts,
      monitoring: {
        windows: lifecycle.windows,
        drift: lifecycle.drift,
        performance: lifecycle.performance,
        labels: {
          [FLIGHTS_MODEL]: { batches: flightsLabels.batches, rows: flightsLabels.rows },
          [SEATTLE_MODEL]: { batches: seattleLabels.batches, rows: seattleLabels.rows },
        },
      },
      retraining: await retrainingDecisions(http, [FLIGHTS_MODEL, SEATTLE_MODEL]),
      predictions: {
        [FLIGHTS_MODEL]: served(flightsTraffic),
        [SEATTLE_MODEL]: served(seattleTraffic),
      },
      audit,
      loop: loop
        ? {
            ...loop,
            closed: true,
            targetSeconds: LOOP_TARGET_SECONDS,
            met: loop.loopSeconds < LOOP_TARGET_SECONDS,
          }
        : { closed: false, targetSeconds: LOOP_TARGET_SECONDS },
      loop_seconds: loop?.loopSeconds ?? null,
      reliability: {
        kills: kills?.records ?? [],
        predictionLog,
        effectsDoneTwice: doneTwice,
        auditIntact: audit.chainIntact,
        loopClosed: loop !== undefined,
        passed: reliabilityPassed(predictionLog, audit, doneTwice, loop !== undefined),
      },
    };
    await mkdir(options.reportDir, { recursive: true });
    await writeFile(
      join(options.reportDir, 'demo-summary.json'),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    await writeFile(join(options.reportDir, 'demo-summary.md'), summaryMarkdown(summary));
    return summary;
  } finally {
    narrator.stop();
    await tap.stop();
    await publisher.close();
  }
}

function served<R>(replayer: Replayer<R>): DemoSummary['predictions'][string] {
  const c = replayer.counts;
  return {
    served: c.acceptedRows,
    failed: c.failedRows,
    requests: c.requests,
    failedRequests: c.failedRequests,
    servedBy: Object.fromEntries(c.servedBy),
  };
}
