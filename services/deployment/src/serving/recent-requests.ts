import { Injectable } from '@nestjs/common';
import type { Instance } from './prediction-request';

const KEPT_PER_ENDPOINT = 512;

/**
 * The latest valid instances each endpoint answered, a fixed-size ring per endpoint: what a
 * blue-green candidate is warmed with, so it proves itself on real requests before the switch.
 */
@Injectable()
export class RecentRequests {
  private readonly rings = new Map<string, { items: Instance[]; next: number }>();

  record(endpointName: string, instances: readonly Instance[]): void {
    let ring = this.rings.get(endpointName);
    if (ring === undefined) {
      ring = { items: [], next: 0 };
      this.rings.set(endpointName, ring);
    }
    for (const instance of instances) {
      if (ring.items.length < KEPT_PER_ENDPOINT) ring.items.push(instance);
      else ring.items[ring.next] = instance;
      ring.next = (ring.next + 1) % KEPT_PER_ENDPOINT;
    }
  }

  of(endpointName: string): readonly Instance[] {
    return this.rings.get(endpointName)?.items ?? [];
  }
}
