// Operator command for dead-letter topics: list what a consumer group could not handle, and
// replay messages to their original topic once the cause is fixed (consumers are idempotent on
// the event id, so replaying an event that was handled meanwhile changes nothing).
//
// usage: node infra/ops/dead-letters.mjs list <consumer-group>
//        node infra/ops/dead-letters.mjs replay <consumer-group> --all
//        node infra/ops/dead-letters.mjs replay <consumer-group> <partition>:<offset> [...]
// The consumer group is the service name (e.g. registry) behind any KAFKA_TOPIC_PREFIX.
// Reads KAFKA_BROKERS and KAFKA_TOPIC_PREFIX like the services; run `npm run build` first.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseConfig, PLATFORM_CONFIG_DEFINITION } = require('../../libs/config/dist/index.js');
const {
  readDeadLetters,
  replayDeadLetter,
  TopicNamer,
} = require('../../libs/messaging/dist/index.js');
const { Kafka, logLevel } = require('kafkajs');

const USAGE =
  'usage: dead-letters.mjs list <consumer-group> | replay <consumer-group> (--all | <partition>:<offset>...)';

function fail(message) {
  console.error(`dead-letters: ${message}\n${USAGE}`);
  process.exit(2);
}

const [command, group, ...selectors] = process.argv.slice(2);
if (!['list', 'replay'].includes(command) || !group) fail('missing command or consumer group');
if (command === 'replay' && selectors.length === 0)
  fail('say which messages to replay: --all or <partition>:<offset>');
for (const selector of selectors) {
  if (selector !== '--all' && !/^\d+:\d+$/.test(selector))
    fail(`'${selector}' is not <partition>:<offset>`);
}

const config = parseConfig(PLATFORM_CONFIG_DEFINITION, process.env);
const prefix = config.KAFKA_TOPIC_PREFIX;
const topic = new TopicNamer(prefix).deadLetterTopicFor(`${prefix}${group}`);
const kafka = new Kafka({
  clientId: 'loopline-dead-letters',
  brokers: config.KAFKA_BROKERS,
  logLevel: logLevel.ERROR,
});

const admin = kafka.admin();
await admin.connect();
const exists = (await admin.listTopics()).includes(topic);
await admin.disconnect();
if (!exists)
  fail(`no dead-letter topic ${topic}: is '${group}' a consumer group of a running service?`);

const letters = await readDeadLetters(kafka, topic);
if (command === 'list') {
  console.log(`${letters.length} dead letter(s) on ${topic}`);
  for (const letter of letters) {
    const eventType = letter.originalHeaders['loopline-event-type'] ?? '?';
    const eventId = letter.originalHeaders['loopline-event-id'] ?? '?';
    console.log(
      `${letter.at.partition}:${letter.at.offset}  ${letter.failedAt}  ${eventType} ${eventId}  ` +
        `from ${letter.original.topic}[${letter.original.partition}]@${letter.original.offset}  ` +
        `${letter.errorCode} after ${letter.attempts} attempt(s): ${letter.errorMessage}`,
    );
  }
} else {
  const chosen = selectors.includes('--all')
    ? letters
    : selectors.map((selector) => {
        const letter = letters.find((l) => `${l.at.partition}:${l.at.offset}` === selector);
        if (!letter) fail(`no dead letter at ${selector} on ${topic} (see the list command)`);
        return letter;
      });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (const letter of chosen) {
    await replayDeadLetter(producer, letter);
    console.log(`replayed ${letter.at.partition}:${letter.at.offset} to ${letter.original.topic}`);
  }
  await producer.disconnect();
}
