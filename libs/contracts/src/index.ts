export { EventHeader } from './enums/event-header.enum';
export { ContractErrorCode } from './errors/contract-error-code';
export type { AvroSchemaDocument } from './catalog/avro-schema-document';
export type { EventCatalogEntry } from './catalog/event-catalog-entry';
export type { EventContract } from './catalog/event-contract.interface';
export type { TopicCatalogEntry } from './catalog/topic-catalog-entry';
export {
  EVENT_CONTRACTS,
  allContracts,
  contractFor,
  allTopics,
  topicEntry,
} from './catalog/event-contracts';
export { WriterSchemaCatalog } from './catalog/writer-schema-catalog';
export { toAvroType } from './catalog/avro-type.factory';
export { crc64AvroFingerprint } from './fingerprint/crc64-avro.fingerprint';
export { parsingCanonicalForm } from './fingerprint/parsing-canonical-form';
export { schemaFingerprint } from './fingerprint/schema-fingerprint';
export type { EventCodec } from './codec/event-codec.interface';
export { AvroSingleObjectCodec } from './codec/avro-single-object.codec';
export {
  FINGERPRINT_LENGTH,
  SINGLE_OBJECT_HEADER_LENGTH,
  SINGLE_OBJECT_MARKER,
  frameSingleObject,
  parseSingleObject,
} from './codec/single-object-frame';
export type { SingleObjectParts } from './codec/single-object-frame';
export { checkCompatibility } from './compatibility/check-compatibility';
export type { CompatibilityReport } from './compatibility/check-compatibility';
export { resolutionProblems } from './compatibility/resolution-problems';
export * from './generated';
