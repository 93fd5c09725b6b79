// The smoke flow run by `npm run demo`: one event published by one service over Kafka, consumed
// and audited by another, with the audit chain verified at the end. Talks to the services only
// over their public HTTP APIs, as an operator's tool would: as local-operator, with its token
// from infra/auth.sh, so the request is recorded as asked by local-operator.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { authorizationFor } from './local-auth.mjs';

const TRAINING = process.env.TRAINING_URL ?? 'http://127.0.0.1:3003';
const REGISTRY = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3005';
const authorization = authorizationFor('local-operator');

async function call(method, url, body, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: { authorization, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok)
    throw new Error(`${method} ${url} -> ${response.status}: ${JSON.stringify(payload)}`);
  return payload;
}

const correlationId = `demo-${randomUUID()}`;
const started = Date.now();
const accepted = await call(
  'POST',
  `${TRAINING}/training-requests`,
  { modelName: 'seattle-weather', reason: 'demo: operator asked for a retrain' },
  { 'x-correlation-id': correlationId },
);
console.log(
  `training accepted request ${accepted.requestId} (event ${accepted.eventId}, correlation ${correlationId})`,
);

let entry;
while (!entry) {
  if (Date.now() - started > 30_000)
    throw new Error('the registry did not audit the event within 30 s');
  const { entries } = await call('GET', `${REGISTRY}/audit-log?correlationId=${correlationId}`);
  entry = entries.find((candidate) => candidate.eventId === accepted.eventId);
  if (!entry) await delay(100);
}
console.log(
  `registry audited ${entry.eventType} from ${entry.producer} as entry #${entry.sequence} ` +
    `(${entry.topic} partition ${entry.partition} offset ${entry.offset}) ${Date.now() - started} ms after the request`,
);
console.log(`  previous hash ${entry.previousHash}\n  entry hash    ${entry.entryHash}`);

const verification = await call('GET', `${REGISTRY}/audit-log/verification`);
if (!verification.intact)
  throw new Error(`audit chain broken: ${JSON.stringify(verification.firstBroken)}`);
console.log(`audit chain intact: ${verification.checkedEntries} entries verified`);
