import type { ProfileInput } from '@loopline/stats';
import type { EncodedFeatures } from '../transform/encoded-features';

/**
 * What the reference profile describes: each encoded feature column as the model sees it
 * (dense values as numbers, one-hot blocks as their category labels) and the label, so
 * monitoring can compare serving windows with training one column at a time.
 */
export function featureProfileInputs(
  encoded: EncodedFeatures,
  label: Float32Array | null,
  labelName: string | null,
  labelClasses: readonly string[] | null,
): ProfileInput[] {
  const inputs: ProfileInput[] = encoded.columns.map((column) =>
    column.kind === 'dense'
      ? { name: column.name, kind: 'numeric', sqlType: 'FLOAT', values: column.values }
      : {
          name: column.name,
          kind: 'categorical',
          sqlType: 'VARCHAR',
          codes: column.index,
          labels: column.labels,
        },
  );
  if (label === null || labelName === null) return inputs;
  if (labelClasses === null)
    return [...inputs, { name: labelName, kind: 'numeric', sqlType: 'FLOAT', values: label }];
  const codes = new Int32Array(label.length);
  for (let i = 0; i < label.length; i++) codes[i] = Number.isNaN(label[i]) ? -1 : label[i];
  return [
    ...inputs,
    { name: labelName, kind: 'categorical', sqlType: 'VARCHAR', codes, labels: labelClasses },
  ];
}
