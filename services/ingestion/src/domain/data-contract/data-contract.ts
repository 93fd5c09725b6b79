import { ColumnType } from './column-type';
import { ContractRule } from './contract-rule';

/**
 * What a producer promises about every batch of one dataset: its columns and the rules the rows
 * keep. Versioned: a dataset's batches are validated against the contract version they name, and
 * a change of promise is a new version, never an edit.
 */
export interface DataContract {
  /** Kebab-case dataset name, 1-63 characters. */
  dataset: string;
  /** Positive integer; `data-contracts/<dataset>/v<version>.json`. */
  version: number;
  description: string | null;
  /** Who answers for the data (a team or an address). */
  owner: string | null;
  /** In the order a normalized batch has them. */
  columns: ContractColumn[];
  /** What happens to batch columns the contract does not declare. */
  additionalColumns: AdditionalColumnsPolicy;
  /** A timestamp or date column whose range is the version's event-time range; null when none. */
  eventTime: string | null;
  /** Evaluated in this order; violations are reported in it. */
  rules: ContractRule[];
}

export interface ContractColumn {
  name: string;
  type: ColumnType;
  /** Whether rows may leave the value empty (default true). */
  nullable: boolean;
  /** Whether the column must be present in a batch (default true); an absent one is all null. */
  required: boolean;
  description: string | null;
}

/** `reject`: an undeclared column is a schema violation. `drop`: it is left out of the version. */
export type AdditionalColumnsPolicy = 'reject' | 'drop';
