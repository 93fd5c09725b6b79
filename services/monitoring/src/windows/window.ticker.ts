import { PeriodicTask } from '@loopline/service-runtime';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { MONITORING_SETTINGS, type MonitoringSettings } from '../config/monitoring.settings';
import { MonitoringWindowRow } from './monitoring-window.row';
import { WindowCloser } from './window-closer';

/**
 * Closes windows whose time is up when no new log arrives to close them (traffic stopped). Every
 * instance ticks; each window is locked with SKIP LOCKED and re-read, so it closes once.
 */
@Injectable()
export class WindowTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WindowTicker.name);
  private readonly periodic: PeriodicTask;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly closer: WindowCloser,
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

  /** Closes every due window; never throws. */
  async tick(now = Date.now()): Promise<void> {
    try {
      const due = await this.dataSource.manager.find(MonitoringWindowRow, {
        select: { windowId: true },
        where: { status: 'open', closesAt: LessThan(now - this.settings.windowGraceMs) },
      });
      for (const { windowId } of due) await this.closeOne(windowId, now);
      this.failures = 0;
    } catch (error) {
      if (this.failures++ % 40 === 0)
        this.logger.warn(`window tick failed: ${(error as Error).message}`);
    }
  }

  private async closeOne(windowId: string, now: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const window = await manager.findOne(MonitoringWindowRow, {
        where: { windowId, status: 'open' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (window !== null && window.closesAt < now - this.settings.windowGraceMs)
        await this.closer.close(manager, window, 'time');
    });
  }
}
