import { RequiresRole } from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { endpointStatus } from './endpoint-status';
import { EndpointRoutes } from './endpoint-routes';
import { type FaultRole, type ServingFault, ServingFaults } from './serving-faults';

export const EndpointErrorCode = {
  NotFound: 'DEPLOYMENT.ENDPOINT_NOT_FOUND',
  FaultInjectionDisabled: 'DEPLOYMENT.FAULT_INJECTION_DISABLED',
  InvalidFault: 'DEPLOYMENT.INVALID_FAULT',
} as const;

const FAULT_ROLES: readonly FaultRole[] = ['champion', 'challenger', 'shadow'];

/** What each endpoint serves on this instance, and fault injection for rehearsals. */
@Controller('v1/models')
export class EndpointsController {
  constructor(
    private readonly routes: EndpointRoutes,
    private readonly faults: ServingFaults,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {}

  @Get()
  list() {
    return { endpoints: this.routes.all().map(endpointStatus) };
  }

  @Get(':name')
  get(@Param('name') name: string) {
    const route = this.routes.find(name);
    if (!route)
      throw new PlatformError(
        EndpointErrorCode.NotFound,
        `No endpoint serves ${name} here yet: a model gets one when its first rollout starts (GET /v1/models lists them).`,
        { kind: ErrorKind.NotFound, details: { name } },
      );
    return { ...endpointStatus(route), faults: this.faults.list(route.endpointName) };
  }

  /**
   * Injects faults into one serving role of this instance: `{"role": "challenger", "errorRate":
   * 0.5, "addedLatencyMs": 0}`; zeros clear it. Only when SERVING_FAULT_INJECTION is on.
   */
  @Put(':name/faults')
  @RequiresRole('admin')
  setFault(@Param('name') name: string, @Body() body: unknown) {
    if (!this.settings.serving.faultInjection)
      throw new PlatformError(
        EndpointErrorCode.FaultInjectionDisabled,
        'Fault injection is off on this deployment service; start it with SERVING_FAULT_INJECTION=true to rehearse guardrails (never in production).',
        { kind: ErrorKind.Conflict },
      );
    const route = this.get(name);
    const { role, fault } = parseFault(body);
    this.faults.set(route.endpointName, role, fault);
    return { endpointName: route.endpointName, faults: this.faults.list(route.endpointName) };
  }
}

function parseFault(body: unknown): { role: FaultRole; fault: ServingFault } {
  const problems: string[] = [];
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const role = input.role as FaultRole;
  if (!FAULT_ROLES.includes(role)) problems.push(`role must be one of ${FAULT_ROLES.join(', ')}`);
  const errorRate = input.errorRate ?? 0;
  if (typeof errorRate !== 'number' || !(errorRate >= 0 && errorRate <= 1))
    problems.push('errorRate must be a number from 0 to 1');
  const addedLatencyMs = input.addedLatencyMs ?? 0;
  if (typeof addedLatencyMs !== 'number' || !(addedLatencyMs >= 0 && addedLatencyMs <= 60_000))
    problems.push('addedLatencyMs must be a number of milliseconds from 0 to 60000');
  if (problems.length > 0)
    throw new PlatformError(
      EndpointErrorCode.InvalidFault,
      `The fault is invalid: ${problems.join('; ')}. Send {"role": "challenger", "errorRate": 0.5, "addedLatencyMs": 0}.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  return {
    role,
    fault: { errorRate: errorRate as number, addedLatencyMs: addedLatencyMs as number },
  };
}
