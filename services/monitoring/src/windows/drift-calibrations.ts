import { calibrateDrift, type DriftCalibration } from '@loopline/stats';
import { Injectable } from '@nestjs/common';
import type { DriftPolicy } from '../policies/monitoring-policy';
import type { VersionReference } from './version-references';

const CACHE_SIZE = 256;

/**
 * Noise thresholds per reference and window size. Count windows all close at the policy's
 * maxRows, so one calibration serves a version's every window; the seed comes from the
 * reference, so the same windows always get the same thresholds.
 */
@Injectable()
export class DriftCalibrations {
  private readonly cache = new Map<string, DriftCalibration>();

  forWindow(
    reference: VersionReference,
    windowRows: number,
    policy: DriftPolicy,
    columns: readonly string[],
  ): DriftCalibration {
    const key = [reference.sha256, windowRows, policy.alpha, policy.bootstrapDraws, columns].join(
      ':',
    );
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const calibration = calibrateDrift(reference.reference, windowRows, {
      alpha: policy.alpha,
      draws: policy.bootstrapDraws,
      seed: Number.parseInt(reference.sha256.slice(0, 8), 16),
      columns,
    });
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, calibration);
    return calibration;
  }
}
