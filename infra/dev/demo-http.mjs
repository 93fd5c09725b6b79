// HTTP helpers shared by the demo scripts: JSON calls as a local principal, and polling.
import { authorizationFor } from './local-auth.mjs';

/** A JSON call; `principal` names a local token (local-viewer, local-operator, local-approver…). */
export async function call(method, url, { body, principal } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (principal) headers.authorization = authorizationFor(principal);
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

/** A GET that must succeed. */
export async function get(url, principal) {
  const { status, body } = await call('GET', url, { principal });
  if (status >= 400) throw new Error(`GET ${url} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Calls `attempt` every `intervalMs` until it returns something truthy, or fails after timeoutMs. */
export async function poll(what, attempt, { timeoutMs = 10 * 60_000, intervalMs = 1000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await attempt();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s`);
}
