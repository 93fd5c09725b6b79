import { randomBytes } from 'node:crypto';

/** A name no other test (or earlier run) uses: topics, groups, schemas and buckets per test. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** The same, restricted to what PostgreSQL identifiers and S3 bucket names both accept. */
export function uniqueIdentifier(prefix: string): string {
  return uniqueName(prefix).replace(/-/g, '_');
}
