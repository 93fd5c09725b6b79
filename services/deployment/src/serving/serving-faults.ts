import { Injectable } from '@nestjs/common';

export interface ServingFault {
  /** Share (0–1) of the role's requests answered with an injected 500. */
  errorRate: number;
  /** Delay added to each of the role's requests, in milliseconds. */
  addedLatencyMs: number;
}

export type FaultRole = 'champion' | 'challenger' | 'shadow';

/**
 * Faults injected into a serving role of an endpoint, when the service allows it
 * (SERVING_FAULT_INJECTION): how guardrails and rollbacks are rehearsed on a live deployment.
 * Per instance, in memory; cleared by a restart.
 */
@Injectable()
export class ServingFaults {
  private readonly faults = new Map<string, ServingFault>();

  set(endpointName: string, role: FaultRole, fault: ServingFault | null): void {
    const key = `${endpointName}/${role}`;
    if (fault === null || (fault.errorRate === 0 && fault.addedLatencyMs === 0))
      this.faults.delete(key);
    else this.faults.set(key, fault);
  }

  get(endpointName: string, role: FaultRole): ServingFault | undefined {
    return this.faults.get(`${endpointName}/${role}`);
  }

  list(endpointName: string): Partial<Record<FaultRole, ServingFault>> {
    const out: Partial<Record<FaultRole, ServingFault>> = {};
    for (const role of ['champion', 'challenger', 'shadow'] as const) {
      const fault = this.get(endpointName, role);
      if (fault) out[role] = fault;
    }
    return out;
  }
}
