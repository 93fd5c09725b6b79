import { Injectable } from '@nestjs/common';
import type { EndpointRoute } from './endpoint-route';

/** The routes this instance serves, by endpoint name and by model name. */
@Injectable()
export class EndpointRoutes {
  private readonly byEndpoint = new Map<string, EndpointRoute>();

  /** The route for a URL's name: an endpoint's name, or the model it serves. */
  find(name: string): EndpointRoute | undefined {
    const direct = this.byEndpoint.get(name);
    if (direct) return direct;
    for (const route of this.byEndpoint.values()) if (route.modelName === name) return route;
    return undefined;
  }

  get(endpointName: string): EndpointRoute | undefined {
    return this.byEndpoint.get(endpointName);
  }

  all(): EndpointRoute[] {
    return [...this.byEndpoint.values()];
  }

  /** Replaces an endpoint's route in one assignment: requests already under way keep theirs. */
  swap(route: EndpointRoute): void {
    this.byEndpoint.set(route.endpointName, route);
  }
}
