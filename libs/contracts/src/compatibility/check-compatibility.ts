import type { Type } from 'avsc';
import { toAvroType } from '../catalog/avro-type.factory';
import { resolutionProblems } from './resolution-problems';

/** Outcome of comparing a schema with its previous released version. */
export interface CompatibilityReport {
  /** New readers can read data written with the previous schema. */
  readonly backward: boolean;
  /** Readers still on the previous schema can read data written with the new one. */
  readonly forward: boolean;
  /** Every problem found, prefixed with the direction it breaks. */
  readonly problems: string[];
}

/**
 * Checks that `next` can replace `previous` without breaking anyone: Loopline requires both
 * directions (full compatibility), because producers and consumers upgrade independently.
 * avsc's resolver is the authority on the verdict; the located problem list comes from
 * resolutionProblems, with avsc's own message kept if the two ever disagree.
 */
export function checkCompatibility(
  previous: Type | object,
  next: Type | object,
): CompatibilityReport {
  const previousType = toAvroType(previous);
  const nextType = toAvroType(next);
  const backward = direction('backward (new readers, old data)', nextType, previousType);
  const forward = direction('forward (old readers, new data)', previousType, nextType);
  return {
    backward: backward.length === 0,
    forward: forward.length === 0,
    problems: [...backward, ...forward],
  };
}

function direction(label: string, reader: Type, writer: Type): string[] {
  const problems = resolutionProblems(reader, writer);
  try {
    reader.createResolver(writer);
  } catch (error) {
    if (problems.length === 0) problems.push((error as Error).message);
  }
  return problems.map((problem) => `${label}: ${problem}`);
}
