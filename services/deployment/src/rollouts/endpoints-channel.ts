import type { DeploymentSettings } from '../config/deployment.settings';

/** The Postgres notification channel that tells every instance an endpoint changed. */
export function endpointsChannel(settings: Pick<DeploymentSettings, 'databaseSchema'>): string {
  return `loopline_endpoints_${settings.databaseSchema}`.toLowerCase().slice(0, 63);
}
