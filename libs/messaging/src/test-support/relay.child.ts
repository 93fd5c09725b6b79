import { startTestService } from './messaging-test-service';

/**
 * A producer service with its outbox relay, run as a child process so a test can kill it with
 * SIGKILL at a chosen moment. usage: node relay.child.js <postgres schema> <topic prefix>
 */
async function main(): Promise<void> {
  const [schema, topicPrefix] = process.argv.slice(2);
  if (!schema || !topicPrefix) throw new Error('usage: relay.child.js <schema> <topic prefix>');
  await startTestService({ serviceName: 'it-producer', schema, topicPrefix, consumes: false });
  process.stdout.write('relay started\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
