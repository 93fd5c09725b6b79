export {
  COLUMN_TYPES,
  type ColumnType,
  EVENT_TIME_TYPES,
  NUMERIC_TYPES,
  SQL_TYPE_BY_COLUMN_TYPE,
} from './column-type';
export * from './contract-rule';
export {
  type AdditionalColumnsPolicy,
  type ContractColumn,
  type DataContract,
} from './data-contract';
export { canonicalContractJson, dataContractSha256 } from './canonical-contract-json';
export { INVALID_DATA_CONTRACT_CODE, invalidDataContract } from './invalid-data-contract.error';
export { parseDataContract } from './parse-data-contract';
