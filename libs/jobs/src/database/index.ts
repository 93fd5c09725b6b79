import { CreateJobsTable1764000000000 } from './create-jobs-table.migration';
import { JobCausePerAggregate1764000000001 } from './job-cause-per-aggregate.migration';
import { JobRow } from './job.row';

/** Entities a service adds to its data source (next to MESSAGING_ENTITIES) to run jobs. */
export const JOBS_ENTITIES = [JobRow];

/** Migrations a service runs (next to MESSAGING_MIGRATIONS) to create `jobs` in its schema. */
export const JOBS_MIGRATIONS = [CreateJobsTable1764000000000, JobCausePerAggregate1764000000001];

export { JobRow };
