import type { JobsOptions } from '../jobs-options.interface';
import { JobScript } from './job-script';
import { startJobsTestService } from './jobs-test-service';

/**
 * A worker run as its own process, so a test can kill it for real (SIGKILL) mid-job:
 * `node crash-worker.js '{"schema":…,"topicPrefix":…,"jobs":{…}}'`. Its handler works until it is
 * told to stop, which a killed process never is.
 */
async function main(): Promise<void> {
  const { schema, topicPrefix, jobs } = JSON.parse(process.argv[2] ?? '{}') as {
    schema: string;
    topicPrefix: string;
    jobs: JobsOptions;
  };
  const script = new JobScript();
  script.behave = (_job, _call, signal) =>
    new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
  await startJobsTestService({ schema, topicPrefix, script, jobs });
  process.stdout.write('worker started\n');
}

main().catch((error) => {
  process.stderr.write(`crash worker failed to start: ${error?.stack ?? error}\n`);
  process.exit(1);
});
