import { ConfigOf, parseConfig, serviceConfigDefinition } from '@loopline/config';

/** Kebab-case service name: metrics label, log prefix, Postgres application_name, Kafka client id. */
export const TRAINING_SERVICE_NAME = 'training';

/**
 * Every environment variable the training service reads, with its type, default and doc. The
 * defaults match the local stack (`infra/stack.sh up`).
 */
export const TRAINING_CONFIG_DEFINITION = serviceConfigDefinition({
  serviceName: TRAINING_SERVICE_NAME,
  httpPort: 3003,
  databaseSchema: 'training',
  artifactsBucket: 'loopline-models',
  artifactsDoc: 'Bucket for trained model artifacts.',
});

export type TrainingConfig = ConfigOf<typeof TRAINING_CONFIG_DEFINITION>;

/** Parses the training service's configuration; the only place the service reads the environment. */
export function loadTrainingConfig(env: NodeJS.ProcessEnv = process.env): TrainingConfig {
  return parseConfig(TRAINING_CONFIG_DEFINITION, env);
}
