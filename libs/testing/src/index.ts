export { testStackConfig, type TestStackConfig } from './config/testing.config';
export { dropSchema } from './postgres-schemas';
export { TopicRecorder, type RecordedMessage } from './topic-recorder';
export { uniqueIdentifier, uniqueName } from './unique-name';
export { waitFor, type WaitOptions } from './wait-for';
export {
  parsePrometheusText,
  type PrometheusFamily,
  type PrometheusSample,
} from './prometheus-text.parser';
export { freePort, REPO_ROOT, ServiceProcess, serviceNames } from './service-process';
export { PrivateKafka, PrivatePostgres } from './private-servers';
export { contractSample } from './contract-samples';
export { ServiceWorld, type ObservedEvent, VEGA_DATA, type WorldService } from './service-world';
export { TEST_PRINCIPALS, type TestPrincipal, testAccessTokensFile } from './test-principals';
export { OutsidePublisher } from './outside-publisher';
