import type { RawColumnType } from '../transform/raw-batch';
import { checkTransformChain } from './check-transform-chain';
import { readColumnName } from './definition-names';
import type { FeatureDefinition, TransformStep } from './feature-view-definition';
import { FieldReader, itemPath, Located } from './field-reader';
import { parseTransformStep } from './parse-transform-step';

const FEATURE_FIELDS = ['name', 'source', 'description', 'transform'];

/** A feature as read, with the raw column type its chain reads (null when a step was unreadable). */
export interface ParsedFeature extends Located<FeatureDefinition> {
  inputType: RawColumnType | null;
}

/**
 * Parses `features` (at least one) and checks each chain's shape; what the sources refer to is
 * checked across sections by checkViewReferences. An entry that is not an object is left out.
 */
export function parseFeatures(root: FieldReader): ParsedFeature[] {
  const raw = root.array('features', { required: true });
  if (raw === null) return [];
  if (raw.length === 0) {
    root.problem('features', 'must list at least one feature (the model inputs, in tensor order)');
  }
  return raw.flatMap((value, i) => {
    const parsed = parseFeature(value, itemPath(root.pathOf('features'), i), root);
    return parsed === null ? [] : [parsed];
  });
}

function parseFeature(raw: unknown, path: string, root: FieldReader): ParsedFeature | null {
  const fields = FieldReader.at(raw, path, root.problems);
  if (fields === null) return null;
  fields.allowOnly(FEATURE_FIELDS);
  const name = readColumnName(fields, 'name') ?? '';
  const source = fields.string('source', { required: true }) ?? '';
  const description = fields.string('description', { required: true }) ?? '';
  const rawSteps = fields.array('transform', { required: true });
  const transformPath = fields.pathOf('transform');
  const steps = (rawSteps ?? []).map((step, j) =>
    parseTransformStep(step, itemPath(transformPath, j), root.problems),
  );
  const readable = steps.filter((step): step is TransformStep => step !== null);
  // A chain with an unreadable step has no known shape: checking it would only echo that fault.
  const inputType =
    rawSteps !== null && readable.length === steps.length
      ? checkTransformChain(readable, transformPath, root.problems)
      : null;
  return { value: { name, source, description, transform: readable }, path, inputType };
}
