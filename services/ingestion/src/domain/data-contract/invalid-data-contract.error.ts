import { ErrorKind, PlatformError } from '@loopline/errors';

export const INVALID_DATA_CONTRACT_CODE = 'INGESTION.INVALID_DATA_CONTRACT';

/** One error for every problem of a contract, so its author fixes them in one round. */
export function invalidDataContract(problems: string[]): PlatformError {
  return new PlatformError(
    INVALID_DATA_CONTRACT_CODE,
    `Invalid data contract: ${problems.join('; ')}. Fix these fields and submit the contract again.`,
    { kind: ErrorKind.InvalidInput, details: { problems } },
  );
}
