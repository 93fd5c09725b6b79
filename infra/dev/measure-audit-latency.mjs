// Measures how long an event takes from its producer's commit to the registry's audit log:
// sends N training requests to the running services, then compares each audit entry's
// occurredAt (stamped when training committed it) with its recordedAt (when the registry
// committed the audit entry). Both clocks are this machine's.
// usage: node infra/dev/measure-audit-latency.mjs [count]   (after `bash infra/services.sh up`)
// Asks as local-operator (token from infra/auth.sh), the name the requests are recorded under.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { authorizationFor } from './local-auth.mjs';

const TRAINING = process.env.TRAINING_URL ?? 'http://127.0.0.1:3003';
const REGISTRY = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3005';
const count = Number(process.argv[2] ?? 50);
const run = `latency-${randomUUID()}`;
const authorization = authorizationFor('local-operator');

for (let i = 0; i < count; i++) {
  const response = await fetch(`${TRAINING}/training-requests`, {
    method: 'POST',
    headers: {
      authorization,
      'content-type': 'application/json',
      'x-correlation-id': `${run}-${i}`,
    },
    body: JSON.stringify({ modelName: 'flight-delay', reason: 'latency probe' }),
  });
  if (response.status !== 202)
    throw new Error(`training answered ${response.status}: ${await response.text()}`);
  await delay(20); // one at a time: this measures latency, not throughput
}

const latencies = [];
for (let i = 0; i < count; i++) {
  for (let tries = 0; ; tries++) {
    const answer = await (await fetch(`${REGISTRY}/audit-log?correlationId=${run}-${i}`)).json();
    const [entry] = answer.entries;
    if (entry) {
      latencies.push(Date.parse(entry.recordedAt) - Date.parse(entry.occurredAt));
      break;
    }
    if (tries > 100) throw new Error(`request ${i} was never audited`);
    await delay(50);
  }
}
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(
  `commit-to-audit latency over ${count} events: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);
