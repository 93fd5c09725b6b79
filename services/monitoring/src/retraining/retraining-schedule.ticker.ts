import { randomUUID } from 'node:crypto';
import { PeriodicTask } from '@loopline/service-runtime';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MONITORING_SETTINGS, type MonitoringSettings } from '../config/monitoring.settings';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import { RetrainingModelRow, RetrainingScheduleFireRow } from './database';
import { RetrainingSchedule } from './domain';
import { RetrainingClock } from './retraining-clock';
import { RetrainingDecider } from './retraining.decider';
import { MONITORING_REQUESTER } from './policy-retraining-triggers';

/**
 * Fires each model's retraining schedule. Every instance ticks; a due time fires once because the
 * instance that inserts its (model, time) row is the only one that decides and publishes, in the
 * same transaction, and the others find the row taken.
 */
@Injectable()
export class RetrainingScheduleTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetrainingScheduleTicker.name);
  private readonly warned = new Set<string>();
  private readonly periodic: PeriodicTask;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly decider: RetrainingDecider,
    @Inject(MonitoringPolicies) private readonly policies: MonitoringPolicies,
    @Inject(RetrainingClock) private readonly clock: RetrainingClock,
    @Inject(MONITORING_SETTINGS) private readonly settings: MonitoringSettings,
  ) {
    this.periodic = new PeriodicTask(this.settings.tickIntervalMs, () => this.tick());
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic.stop();
  }

  /** One pass over every scheduled model; the number of times this instance fired. Never throws. */
  async tick(): Promise<number> {
    let fired = 0;
    try {
      for (const schedule of this.schedules()) if (await this.fireDue(schedule)) fired++;
      this.failures = 0;
    } catch (error) {
      // A database outage delays schedules until it ends; the latest missed time still fires.
      if (this.failures++ % 40 === 0)
        this.logger.warn(`retraining schedule tick failed: ${(error as Error).message}`);
    }
    return fired;
  }

  private schedules(): RetrainingSchedule[] {
    const schedules: RetrainingSchedule[] = [];
    for (const modelName of this.policies.configuredModels()) {
      const expression = this.policies.forModel(modelName).retraining.schedule;
      if (expression === null) continue;
      try {
        schedules.push(RetrainingSchedule.parse(modelName, expression));
      } catch (error) {
        const key = `${modelName}\u0000${expression}`;
        if (!this.warned.has(key)) this.logger.error((error as Error).message);
        this.warned.add(key);
      }
    }
    return schedules;
  }

  private async fireDue(schedule: RetrainingSchedule): Promise<boolean> {
    const now = this.clock.now();
    const since = await this.scheduleSince(schedule, now);
    // Only the latest due time: after downtime the model retrains once, not once per missed time.
    const due = schedule.latestDue(since, now);
    if (due === null) return false;
    const scheduledFor = new Date(due);
    const key = { modelName: schedule.modelName, scheduledFor };
    if (await this.dataSource.manager.existsBy(RetrainingScheduleFireRow, key)) return false;
    return this.dataSource.transaction(async (manager) => {
      const decisionId = randomUUID();
      if (!(await this.claim(manager, { ...key, decisionId }, now))) return false;
      await this.decider.decide(manager, {
        decisionId,
        modelName: schedule.modelName,
        cause: 'schedule',
        windowId: null,
        causeEventId: null,
        scheduledFor: due,
        because: `Scheduled retraining for ${scheduledFor.toISOString()} (cron "${schedule.expression}", UTC)`,
        requestedBy: MONITORING_REQUESTER,
        publish: { correlationId: decisionId },
      });
      return true;
    });
  }

  /**
   * Inserts the fire row; a concurrent inserter of the same time waits on the primary key until
   * this transaction ends, then inserts nothing. Only the instance whose row went in fires.
   */
  private async claim(
    manager: EntityManager,
    fire: { modelName: string; scheduledFor: Date; decisionId: string },
    now: number,
  ): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(RetrainingScheduleFireRow)
      .values({ ...fire, firedAt: new Date(now), instanceId: this.settings.instanceId })
      .orIgnore()
      .returning(['modelName'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /**
   * When the current expression was first seen by any instance (recorded on first sight and on
   * every change). Times before it never fire: a new or changed schedule starts from now.
   */
  private async scheduleSince(schedule: RetrainingSchedule, now: number): Promise<number> {
    const { modelName, expression } = schedule;
    const since = new Date(now);
    const manager = this.dataSource.manager;
    await manager
      .createQueryBuilder()
      .insert()
      .into(RetrainingModelRow)
      .values({ modelName, schedule: expression, scheduleSince: since, updatedAt: since })
      .orIgnore()
      .execute();
    // A concurrent instance updating the same change waits on the row, then finds it current.
    await manager
      .createQueryBuilder()
      .update(RetrainingModelRow)
      .set({ schedule: expression, scheduleSince: since })
      .where('model_name = :modelName', { modelName })
      .andWhere('(schedule IS DISTINCT FROM :expression OR schedule_since IS NULL)', { expression })
      .execute();
    const row = await manager.findOneByOrFail(RetrainingModelRow, { modelName });
    return row.scheduleSince!.getTime();
  }
}
