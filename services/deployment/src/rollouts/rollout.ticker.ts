import { PeriodicTask } from '@loopline/service-runtime';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { RolloutObservationRecorder } from '../serving/rollout-observation.recorder';
import { EndpointRow } from './endpoint.row';
import { RolloutObservationRow } from './rollout-observation.row';
import { RolloutStepJudge } from './rollout.judge-step';
import { RolloutRow } from './rollout.row';

/**
 * The rollout clock of one instance. Every tick it writes what it observed, then judges each
 * rollout under way that no other instance is judging right now (row lock, SKIP LOCKED): every
 * instance may tick, yet each step is decided once, on everyone's observations.
 */
@Injectable()
export class RolloutTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RolloutTicker.name);
  private readonly periodic: PeriodicTask;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: RolloutObservationRecorder,
    private readonly judge: RolloutStepJudge,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {
    this.periodic = new PeriodicTask(this.settings.rolloutTickIntervalMs, () => this.tick());
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic.stop();
  }

  /** One pass: flush observations, then judge what can be locked. Never throws. */
  async tick(now = Date.now()): Promise<void> {
    try {
      await this.flushObservations();
      const active = await this.dataSource.manager
        .getRepository(RolloutRow)
        .createQueryBuilder('rollout')
        .select('rollout.rollout_id', 'rolloutId')
        .where("rollout.state IN ('warming', 'in_progress')")
        .getRawMany<{ rolloutId: string }>();
      this.recorder.retain(new Set(active.map((each) => each.rolloutId)));
      for (const { rolloutId } of active) await this.judgeOne(rolloutId, now);
      this.failures = 0;
    } catch (error) {
      // A database outage pauses rollouts; serving goes on from memory.
      if (this.failures++ % 40 === 0)
        this.logger.warn(`rollout tick failed: ${(error as Error).message}`);
    }
  }

  private async flushObservations(): Promise<void> {
    const changed = this.recorder.drainChanged();
    if (changed.length === 0) return;
    const updatedAt = new Date();
    await this.dataSource.manager.upsert(
      RolloutObservationRow,
      changed.map((each) => ({ ...each, instanceId: this.settings.instanceId, updatedAt })),
      ['instanceId', 'rolloutId', 'stepIndex', 'role'],
    );
  }

  /**
   * Locks the rollout's endpoint first, as every writer does (endpoint, then rollout), so judging
   * never deadlocks with a start or a rollback; an endpoint locked elsewhere waits for the next tick.
   */
  private async judgeOne(rolloutId: string, now: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const endpoint = await manager
        .getRepository(EndpointRow)
        .createQueryBuilder('endpoint')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('endpoint.rollout_id = :rolloutId', { rolloutId })
        .getOne();
      if (endpoint === null) return;
      const rollout = await manager
        .getRepository(RolloutRow)
        .createQueryBuilder('rollout')
        .setLock('pessimistic_write')
        .where('rollout.rollout_id = :rolloutId', { rolloutId })
        .andWhere("rollout.state IN ('warming', 'in_progress')")
        .getOne();
      if (rollout) await this.judge.judge(manager, rollout, now);
    });
  }
}
