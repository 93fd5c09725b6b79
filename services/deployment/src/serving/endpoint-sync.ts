import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import type { DeployableModel } from '../projections/deployable-model';
import { EndpointRow } from '../rollouts/endpoint.row';
import { endpointsChannel } from '../rollouts/endpoints-channel';
import { EndpointNotifications } from './endpoint-notifications';
import { RolloutRow } from '../rollouts/rollout.row';
import type { EndpointRoute } from './endpoint-route';
import { EndpointRoutes } from './endpoint-routes';
import { ModelLoader } from './model-loader';
import { ModelWarmer } from './model-warmer';
import { RolloutObservationRecorder } from './rollout-observation.recorder';
import type { ServedModel } from './served-model';

const DEFAULT_WARMUP_REQUESTS = 200;

/** Polling beside the notifications, in case one is missed while the connection is down. */
const POLL_INTERVAL_MS = 2_000;

/**
 * Keeps this instance's routes equal to the endpoints table: on every notification (and a slow
 * poll) it reloads the endpoints whose revision moved, loads and warms the versions they name,
 * and only then swaps the route, so no request ever meets a model that is not ready. A version
 * that fails to load leaves the endpoint on its last route; the next sync tries again.
 */
@Injectable()
export class EndpointSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EndpointSync.name);
  private readonly notifications: EndpointNotifications;
  private readonly warmed = new Set<string>();
  private poller?: NodeJS.Timeout;
  private syncing?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly routes: EndpointRoutes,
    private readonly loader: ModelLoader,
    private readonly warmer: ModelWarmer,
    private readonly recorder: RolloutObservationRecorder,
    @Inject(DEPLOYMENT_SETTINGS) settings: DeploymentSettings,
  ) {
    this.notifications = new EndpointNotifications(dataSource, endpointsChannel(settings), () =>
      this.requestSync(),
    );
  }

  onApplicationBootstrap(): void {
    this.poller = setInterval(() => {
      this.notifications.ensureListening().catch(() => undefined);
      this.requestSync();
    }, POLL_INTERVAL_MS);
    this.notifications.ensureListening().catch(() => this.requestSync());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poller);
    await this.syncing?.catch(() => undefined);
    await this.notifications.close();
  }

  private requestSync(): void {
    if (this.stopped) return;
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = this.sync()
      .catch((error) => this.logger.warn(`endpoint sync failed: ${(error as Error).message}`))
      .finally(() => {
        this.syncing = undefined;
        if (this.again) {
          this.again = false;
          this.requestSync();
        }
      });
  }

  private async sync(): Promise<void> {
    const rows = await this.dataSource.manager.find(EndpointRow);
    await Promise.all(
      rows
        .filter((row) => (this.routes.get(row.endpointName)?.revision ?? -1) < row.revision)
        .map((row) => this.apply(row)),
    );
    const keep = new Set<string>();
    for (const route of this.routes.all())
      for (const model of [route.stable, route.previous, route.candidate])
        if (model) keep.add(model.descriptor.trainingRunId);
    this.loader.retain(keep);
    // A version loaded again later is a new instance and must be warmed again.
    for (const key of this.warmed)
      if (!key.endsWith('/standby') && !keep.has(key)) this.warmed.delete(key);
  }

  private async apply(row: EndpointRow): Promise<void> {
    try {
      const [stable, previous, candidate] = await Promise.all(
        [row.stable, row.previous, row.candidate].map((model) => this.ready(model, row)),
      );
      const route: EndpointRoute = {
        endpointName: row.endpointName,
        modelName: row.modelName,
        revision: row.revision,
        stable,
        previous,
        candidate,
        candidateMode: row.candidateMode,
        trafficPercent: row.trafficPercent,
        rolloutId: row.rolloutId,
        stepIndex: row.stepIndex,
      };
      if (row.candidateMode === 'standby' && candidate && row.rolloutId)
        await this.warmStandby(candidate, row);
      const current = this.routes.get(row.endpointName);
      if ((current?.revision ?? -1) < row.revision) this.routes.swap(route);
    } catch (error) {
      this.logger.warn(
        `${row.endpointName} stays on revision ${this.routes.get(row.endpointName)?.revision ?? 'none'}: ${(error as Error).message}`,
      );
    }
  }

  /** Loaded and warmed once per process, before any route names it. */
  private async ready(
    model: DeployableModel | null,
    row: EndpointRow,
  ): Promise<ServedModel | null> {
    if (model === null) return null;
    const served = await this.loader.load(model);
    if (!this.warmed.has(model.trainingRunId)) {
      await this.warmer.warm(served, row.endpointName, 64);
      this.warmed.add(model.trainingRunId);
    }
    return served;
  }

  /** A blue-green candidate proves itself on the endpoint's replayed requests; the judge reads it. */
  private async warmStandby(candidate: ServedModel, row: EndpointRow): Promise<void> {
    const key = `${row.rolloutId}/standby`;
    if (this.warmed.has(key)) return;
    this.warmed.add(key);
    const rollout = await this.dataSource.manager.findOneBy(RolloutRow, {
      rolloutId: row.rolloutId as string,
    });
    const result = await this.warmer.warm(
      candidate,
      row.endpointName,
      rollout?.plan.warmup.requests ?? DEFAULT_WARMUP_REQUESTS,
    );
    const observationKey = {
      rolloutId: row.rolloutId as string,
      stepIndex: 0,
      role: 'challenger' as const,
    };
    result.latenciesMs.forEach((latencyMs, i) =>
      this.recorder.record(observationKey, candidate.outputBinCount, {
        latencyMs,
        error: i < result.errors,
        bin: null,
      }),
    );
  }
}
