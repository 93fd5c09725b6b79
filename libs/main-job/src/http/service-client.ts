import { waitFor } from '@loopline/testing';
import type { CallerRole, MainJobTarget, ServiceName } from '../target';

// HTTP bodies are arbitrary JSON; each caller names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface HttpAnswer {
  status: number;
  body: Json;
}

/** JSON calls to the services' public APIs as a given role, the way an internal tool calls them. */
export class ServiceClient {
  constructor(private readonly target: MainJobTarget) {}

  async call(
    service: ServiceName,
    method: string,
    path: string,
    { body, role = 'operator', raw }: { body?: Json; role?: CallerRole; raw?: Buffer } = {},
  ): Promise<HttpAnswer> {
    const headers: Record<string, string> = { authorization: this.target.authorization(role) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.target.urls[service]}${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : parseJson(text) };
  }

  /** A GET that must succeed. */
  async get(service: ServiceName, path: string): Promise<Json> {
    const { status, body } = await this.call(service, 'GET', path, { role: 'viewer' });
    if (status >= 400)
      throw new Error(`GET ${service} ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/**
 * Calls `attempt` until it returns something other than undefined/false (libs/testing's
 * waitFor). A service that is restarting makes `attempt` throw: that counts as "not yet", so the
 * wait rides out a restart; a `Fatal` error ends it at once.
 */
export function poll<T>(
  what: string,
  attempt: () => Promise<T | undefined | false>,
  { timeoutMs = 10 * 60_000, intervalMs = 500 } = {},
): Promise<T> {
  return waitFor(attempt, {
    timeoutMs,
    intervalMs,
    description: what,
    isFinal: (error) => error instanceof Fatal,
  });
}

/** A failure that waiting longer cannot mend (a failed run, a rejected batch): poll lets it through. */
export class Fatal extends Error {}
