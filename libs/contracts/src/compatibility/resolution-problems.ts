import { Type } from 'avsc';
import { shapeOf, type AvroField } from './avro-type-shapes';

/** Writer primitive → reader primitives it may be promoted to (Avro spec, "Schema Resolution"). */
const PROMOTIONS: Readonly<Record<string, readonly string[]>> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

/**
 * Every reason data written with `writer` cannot be read as `reader`, each naming the field path
 * and what to change. Empty when the Avro resolution rules allow it. avsc's own resolver stops at
 * the first problem and does not say where it is; schema authors need all of them, located.
 */
export function resolutionProblems(reader: Type, writer: Type): string[] {
  const problems: string[] = [];
  const root = reader.name ? reader.name.slice(reader.name.lastIndexOf('.') + 1) : reader.typeName;
  walk(reader, writer, root, problems, new Set());
  return problems;
}

function walk(
  reader: Type,
  writer: Type,
  path: string,
  problems: string[],
  seen: Set<string>,
): void {
  if (Type.isType(writer, 'union')) {
    // Every branch the writer may have used must be readable.
    for (const branch of shapeOf(writer).types ?? []) walk(reader, branch, path, problems, seen);
    return;
  }
  if (Type.isType(reader, 'union')) {
    const branches = shapeOf(reader).types ?? [];
    const readable = branches.some((branch) => {
      const branchProblems: string[] = [];
      walk(branch, writer, path, branchProblems, new Set(seen));
      return branchProblems.length === 0;
    });
    if (!readable)
      problems.push(
        `${path}: writer type ${describe(writer)} matches no branch of reader union ${describe(reader)}`,
      );
    return;
  }
  if (reader.typeName !== writer.typeName) {
    if (!(PROMOTIONS[writer.typeName] ?? []).includes(reader.typeName)) {
      problems.push(
        `${path}: type changed from ${describe(writer)} to ${describe(reader)}; fields must never be retyped`,
      );
    }
    return;
  }
  if (reader.name !== undefined && !namesMatch(reader, writer)) {
    problems.push(
      `${path}: named type ${writer.name} cannot be read as ${reader.name} (rename needs an alias)`,
    );
    return;
  }
  switch (reader.typeName) {
    case 'record':
      return walkRecord(reader, writer, path, problems, seen);
    case 'enum':
      return checkEnum(reader, writer, path, problems);
    case 'array':
      return walk(
        shapeOf(reader).itemsType!,
        shapeOf(writer).itemsType!,
        `${path}[]`,
        problems,
        seen,
      );
    case 'map':
      return walk(
        shapeOf(reader).valuesType!,
        shapeOf(writer).valuesType!,
        `${path}{}`,
        problems,
        seen,
      );
    case 'fixed':
      if (shapeOf(reader).size !== shapeOf(writer).size) {
        problems.push(
          `${path}: fixed size changed from ${shapeOf(writer).size} to ${shapeOf(reader).size}`,
        );
      }
      return;
    default:
      return;
  }
}

function walkRecord(
  reader: Type,
  writer: Type,
  path: string,
  problems: string[],
  seen: Set<string>,
): void {
  const pair = `${reader.name}<-${writer.name}`;
  if (seen.has(pair)) return; // recursive types: this pair is already being checked
  seen.add(pair);
  const writerFields = new Map((shapeOf(writer).fields ?? []).map((field) => [field.name, field]));
  for (const field of shapeOf(reader).fields ?? []) {
    const source = [field.name, ...field.aliases]
      .map((name) => writerFields.get(name))
      .find(Boolean);
    if (source) {
      walk(field.type, source.type, `${path}.${field.name}`, problems, seen);
    } else if (!hasDefault(field)) {
      problems.push(
        `${path}.${field.name}: field is in the reader schema without a default but absent from the ` +
          'writer schema; give it a default (added fields) or keep it (removed fields)',
      );
    }
  }
}

function checkEnum(reader: Type, writer: Type, path: string, problems: string[]): void {
  const known = new Set(shapeOf(reader).symbols ?? []);
  const unknown = (shapeOf(writer).symbols ?? []).filter((symbol) => !known.has(symbol));
  if (unknown.length > 0 && shapeOf(reader).default === undefined) {
    problems.push(
      `${path}: enum symbols ${unknown.join(', ')} are unknown to the reader and ${reader.name} has no ` +
        'default symbol; never remove symbols, and declare a default on enums that may grow',
    );
  }
}

function namesMatch(reader: Type, writer: Type): boolean {
  return reader.name === writer.name || (reader.aliases ?? []).includes(writer.name ?? '');
}

function hasDefault(field: AvroField): boolean {
  return field.defaultValue() !== undefined;
}

function describe(type: Type): string {
  if (type.name) return type.name;
  const schema = type.schema();
  return typeof schema === 'string' ? schema : JSON.stringify(schema);
}
