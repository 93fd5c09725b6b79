// Operator command for dead-letter topics: list what a consumer group could not handle, and
// replay messages to that group alone (through its replay topic) once the cause is fixed. Each
// replay is recorded on the dead-letter topic, so `replay --all` never sends a letter twice;
// naming a letter explicitly replays it again. Consumers are idempotent on the event id, so
// replaying an event that was handled meanwhile changes nothing.
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
const topics = new TopicNamer(prefix);
const topic = topics.deadLetterTopicFor(`${prefix}${group}`);
const replayTopic = topics.replayTopicFor(`${prefix}${group}`);
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
  const open = letters.filter((letter) => !letter.replayed).length;
  console.log(`${letters.length} dead letter(s) on ${topic}, ${open} not replayed`);
  for (const letter of letters) {
    const eventType = letter.originalHeaders['loopline-event-type'] ?? '?';
    const eventId = letter.originalHeaders['loopline-event-id'] ?? '?';
    const published = letter.originalTimestamp
      ? new Date(Number(letter.originalTimestamp)).toISOString()
      : '?';
    const state = letter.replayed
      ? `replayed ${letter.replayed.at} by ${letter.replayed.by}`
      : 'not replayed';
    console.log(
      `${letter.at.partition}:${letter.at.offset}  ${letter.failedAt}  ${eventType} ${eventId}  ` +
        `from ${letter.original.topic}[${letter.original.partition}]@${letter.original.offset} ` +
        `(published ${published})  ${letter.errorCode} [${letter.errorKind}, ` +
        `${letter.retriable ? 'retriable' : 'permanent'}] after ${letter.attempts} attempt(s): ` +
        `${letter.errorMessage}  ${state}`,
    );
  }
} else {
  const chosen = selectors.includes('--all')
    ? letters.filter((letter) => !letter.replayed)
    : selectors.map((selector) => {
        const letter = letters.find((l) => `${l.at.partition}:${l.at.offset}` === selector);
        if (!letter) fail(`no dead letter at ${selector} on ${topic} (see the list command)`);
        return letter;
      });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const replayedBy = process.env.USER
    ? `${process.env.USER} (dead-letters.mjs)`
    : 'dead-letters.mjs';
  for (const letter of chosen) {
    await replayDeadLetter(producer, letter, { replayTopic, deadLetterTopic: topic, replayedBy });
    console.log(`replayed ${letter.at.partition}:${letter.at.offset} to ${group} (${replayTopic})`);
  }
  if (chosen.length === 0)
    console.log(
      letters.length === 0
        ? `nothing to replay: ${topic} is empty`
        : 'nothing to replay: every dead letter was replayed already',
    );
  await producer.disconnect();
}
