import { deriveLabel, type LabelDefinition, type TransformSpec } from '@loopline/features';

/** How one trained version turns an observed outcome into its label. */
export interface LabelRule {
  definition: LabelDefinition;
  /** Multiclass classes in class-index order (fitted or declared); null otherwise. */
  classes: string[] | null;
}

/** The label rule saved with a model, or null for a model trained on an unlabelled view. */
export function labelRuleOf(spec: TransformSpec): LabelRule | null {
  const { label } = spec.definition;
  if (label === null) return null;
  const classes =
    label.task === 'multiclass' ? (spec.statistics.labelClasses ?? label.classes ?? null) : null;
  return { definition: label, classes };
}

/** A label as realized metrics use it, or why the row was rejected. */
export type ParsedLabel =
  { ok: true; labelClass: string | null; labelValue: number } | { ok: false; reason: string };

const BINARY_CLASSES: Readonly<Record<string, number>> = {
  '1': 1,
  '0': 0,
  true: 1,
  false: 0,
};

/**
 * Reads the observed labels of one column with the version's rule. A column named like the
 * label's source column (flights: `delay`) holds raw outcomes, which the rule turns into the
 * label (positive when delay > 15); any other column (`delayed`, `weather`) holds the label
 * itself: 0/1 or true/false for binary, a known class for multiclass, a number for regression.
 */
export function parseLabels(
  rule: LabelRule,
  labelColumn: string,
  raw: readonly (string | null)[],
): ParsedLabel[] {
  const { definition } = rule;
  const rawOutcomes = labelColumn === definition.column;
  if (definition.task === 'multiclass') return parseClasses(rule, raw);
  if (definition.task === 'binary' && !rawOutcomes) return raw.map(parseBinaryClass);
  const numbers = raw.map(toNumber);
  const derived = deriveLabel(
    definition,
    { type: 'numeric', values: Float64Array.from(numbers) },
    null,
  ).values;
  return raw.map((text, i): ParsedLabel => {
    if (isMissing(text)) return { ok: false, reason: 'missing label' };
    if (Number.isNaN(numbers[i]))
      return { ok: false, reason: `label '${text}' of ${labelColumn} is not a number` };
    if (definition.task === 'regression')
      return { ok: true, labelClass: null, labelValue: numbers[i] };
    const value = derived[i];
    return { ok: true, labelClass: String(value), labelValue: value };
  });
}

function parseBinaryClass(text: string | null): ParsedLabel {
  if (isMissing(text)) return { ok: false, reason: 'missing label' };
  const normalized = text.trim().toLowerCase();
  const value = BINARY_CLASSES[normalized] ?? BINARY_CLASSES[String(Number(normalized))];
  if (value === undefined)
    return {
      ok: false,
      reason: `label '${text}' is not a binary class (0/1 or true/false); raw outcomes go in the label's source column`,
    };
  return { ok: true, labelClass: String(value), labelValue: value };
}

function parseClasses(rule: LabelRule, raw: readonly (string | null)[]): ParsedLabel[] {
  const known = new Set(rule.classes ?? []);
  // A numeric class column read back as text may say '3.0' for the class '3'.
  const asClass = (text: string) => {
    const number = String(Number(text.trim()));
    return known.has(text) || !known.has(number) ? text : number;
  };
  const present = raw.filter((text): text is string => !isMissing(text)).map(asClass);
  const dictionary = [...new Set(present)];
  const codeOf = new Map(dictionary.map((text, code) => [text, code]));
  const codes = Int32Array.from(raw, (text) => (isMissing(text) ? -1 : codeOf.get(asClass(text))!));
  const indexes = deriveLabel(
    rule.definition,
    { type: 'categorical', codes, dictionary },
    rule.classes,
  ).values;
  const classes = rule.classes ?? [];
  return raw.map((text, i): ParsedLabel => {
    if (isMissing(text)) return { ok: false, reason: 'missing label' };
    const index = indexes[i];
    if (Number.isNaN(index))
      return {
        ok: false,
        reason: `label '${text}' is not one of the classes ${classes.slice(0, 10).join(', ')}`,
      };
    return { ok: true, labelClass: classes[index], labelValue: index };
  });
}

function isMissing(text: string | null): text is null {
  return text === null || text.trim() === '';
}

function toNumber(text: string | null): number {
  if (isMissing(text)) return NaN;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : NaN;
}
