import type { TestStackConfig } from '@loopline/testing';

/** The seven services, in the order the platform starts them. */
export const SERVICE_NAMES = [
  'ingestion',
  'feature-store',
  'training',
  'evaluation',
  'registry',
  'deployment',
  'monitoring',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Who calls: the roles of the platform's access control. */
export type CallerRole = 'viewer' | 'operator' | 'approver';

/** Stops and starts a service process: the kill mode's handle on the running platform. */
export interface ServiceControl {
  /** SIGKILL: no shutdown hook runs. Resolves when the process is gone. */
  kill(service: ServiceName): Promise<void>;
  /** Starts it again on its own state and resolves when GET /ready answers 200. */
  start(service: ServiceName): Promise<void>;
}

/**
 * Where the main job finds the platform: each service's base URL, a bearer token per role, the
 * stack (Kafka for the topics it reads and the labels it publishes, MinIO for files) and the
 * topic prefix the services share.
 */
export interface MainJobTarget {
  urls: Record<ServiceName, string>;
  authorization(role: CallerRole): string;
  stack: TestStackConfig;
  topicPrefix: string;
  control?: ServiceControl;
}
