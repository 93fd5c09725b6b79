export { testStackConfig, type TestStackConfig } from './config/testing.config';
export { dropSchema } from './postgres-schemas';
export { TopicRecorder, type RecordedMessage } from './topic-recorder';
export { uniqueIdentifier, uniqueName } from './unique-name';
export { waitFor, type WaitOptions } from './wait-for';
