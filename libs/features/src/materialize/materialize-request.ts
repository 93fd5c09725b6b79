import type { FeatureViewDefinition } from '../definition/feature-view-definition';

export type SplitName = 'train' | 'validation' | 'test';

export interface MaterializationProgress {
  stage: 'load' | 'aggregate' | 'split' | 'fit' | 'transform' | 'write' | 'profile';
  rowsDone: number;
  rowsTotal: number;
}

/** One feature view version over one dataset version, whose Parquet parts are on local disk. */
export interface MaterializeRequest {
  definition: FeatureViewDefinition;
  version: number;
  parquetFiles: readonly string[];
  /**
   * Split files, the transform spec, the reference profile, the drift reference and the test
   * inputs go here.
   */
  outputDirectory: string;
  memoryLimitMb?: number;
  threads?: number;
  onProgress?: (progress: MaterializationProgress) => void;
}

export interface MaterializedSplit {
  name: SplitName;
  /** Arrow IPC file (see io/feature-set-file). */
  path: string;
  rowCount: number;
}

export interface OnlineEntityValues {
  entity: string;
  values: Record<string, number | null>;
}

export interface MaterializeResult {
  /** Rows kept: event time and label present. */
  rowCount: number;
  /** Rows left out for a missing event time or label. */
  droppedRows: number;
  splits: MaterializedSplit[];
  /** JSON `TransformSpec`. */
  transformSpecPath: string;
  /** JSON `DataProfile` of the training split's features and label. */
  referenceProfilePath: string;
  /**
   * JSON `DriftReference` (libs/stats) of the training split's raw inputs: every column the view
   * reads, aggregation outputs included, the label column left out.
   */
  driftReferencePath: string;
  /**
   * The test split's rows before the transform (Arrow IPC, see io/raw-inputs): every column the
   * view reads, aggregation outputs included; row i is row i of the test split file.
   */
  testInputsPath: string;
  /** Tensor column names in order. */
  featureNames: string[];
  /** Latest aggregation values per entity, as of `asOf` (exclusive); empty without aggregations. */
  onlineValues: OnlineEntityValues[];
  /** Epoch ms just after the newest event: the online values cover every row before it. */
  asOf: number | null;
  /** Milliseconds per stage. */
  timings: Record<MaterializationProgress['stage'], number>;
}
