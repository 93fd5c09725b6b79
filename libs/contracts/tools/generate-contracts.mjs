#!/usr/bin/env node
/**
 * Generates libs/contracts/src/generated/ from the Avro contracts in schemas/:
 *   - one file per event: its TypeScript interface and its schema JSON,
 *   - one file per named type shared inside events (records, enums),
 *   - released.ts: every schema under schemas/released/<release>/, for the writer catalog,
 *   - index.ts: EventName, EventPayloads, the catalog data (name, topic, key field, schema) and
 *     the topic layout from schemas/topics.json (which events share a topic, which topics are
 *     compacted).
 *
 * Usage: node libs/contracts/tools/generate-contracts.mjs [--check]
 *   --check  regenerate in memory and exit 1 if anything on disk differs (CI).
 *
 * Plain Node on purpose: it must run before anything is built. Output goes through the repo's
 * prettier so it is stable under `prettier --check` and byte-identical between runs.
 */
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = join(PACKAGE_ROOT, '..', '..');
const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
const RELEASED_DIR = join(SCHEMAS_DIR, 'released');
const OUT_DIR = join(PACKAGE_ROOT, 'src', 'generated');
const GENERATOR = 'libs/contracts/tools/generate-contracts.mjs';
const NAMESPACE = 'io.loopline.events';
const KEY_ATTRIBUTE = 'loopline.key';
const TOPICS_FILE = join(SCHEMAS_DIR, 'topics.json');
const TOPIC_NAME = /^loopline\.[a-z0-9]+(-[a-z0-9]+)*$/;

const PRIMITIVE_TS = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

class ContractSourceError extends Error {}

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const posix = (path) => path.split(sep).join('/');
const docComment = (text, indent = '') => {
  const safe = String(text).replace(/\*\//g, '*\\/');
  return `${indent}/** ${safe} */\n`;
};

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContractSourceError(
      `${posix(relative(REPO_ROOT, path))}: not valid JSON (${error.message}).`,
    );
  }
}

/** Loads schemas/*.avsc, checking the conventions the generated code relies on. */
function loadEventSchemas() {
  const files = readdirSync(SCHEMAS_DIR)
    .filter((file) => file.endsWith('.avsc'))
    .sort();
  if (files.length === 0) throw new ContractSourceError(`No .avsc files in ${SCHEMAS_DIR}.`);
  return files.map((file) => {
    const schema = readJson(join(SCHEMAS_DIR, file));
    const name = file.slice(0, -'.avsc'.length);
    const where = `schemas/${file}`;
    if (schema.type !== 'record')
      throw new ContractSourceError(`${where}: the top-level type must be a record.`);
    if (schema.name !== name) {
      throw new ContractSourceError(
        `${where}: record name "${schema.name}" must equal the file name "${name}".`,
      );
    }
    if (schema.namespace !== NAMESPACE) {
      throw new ContractSourceError(`${where}: namespace must be "${NAMESPACE}".`);
    }
    const keyField = schema[KEY_ATTRIBUTE];
    const key = (schema.fields ?? []).find((field) => field.name === keyField);
    if (!key || key.type !== 'string') {
      throw new ContractSourceError(
        `${where}: "${KEY_ATTRIBUTE}" must name a field of type "string" (the aggregate key); got ${JSON.stringify(keyField)}.`,
      );
    }
    return { name, file: where, schema, keyField };
  });
}

/** Attributes a topic of schemas/topics.json may have; anything else is a typo that would do nothing. */
const TOPIC_ATTRIBUTES = new Set(['doc', 'key', 'compacted', 'events']);

/**
 * Loads schemas/topics.json and gives every event its topic. Every event must be on exactly one
 * topic, and all events of a topic must be keyed by the same aggregate field, or per-aggregate
 * order across their types would not hold. A compacted topic (`"compacted": true`) keeps only the
 * latest message per key, so it carries one event type: a second type under the same key would
 * replace the first.
 */
function assignTopics(events) {
  const layout = readJson(TOPICS_FILE);
  const where = 'schemas/topics.json';
  const byName = new Map(events.map((event) => [event.name, event]));
  const topics = [];
  for (const [topic, entry] of Object.entries(layout.topics ?? {})) {
    if (!TOPIC_NAME.test(topic))
      throw new ContractSourceError(
        `${where}: topic "${topic}" must look like loopline.<kebab-case>.`,
      );
    if (!entry.doc) throw new ContractSourceError(`${where}: topic "${topic}" needs a "doc".`);
    const unknown = Object.keys(entry).filter((attribute) => !TOPIC_ATTRIBUTES.has(attribute));
    if (unknown.length > 0)
      throw new ContractSourceError(
        `${where}: topic "${topic}" has unknown ${unknown.map((a) => `"${a}"`).join(', ')}; a topic has ${[...TOPIC_ATTRIBUTES].map((a) => `"${a}"`).join(', ')}.`,
      );
    const compacted = entry.compacted ?? false;
    if (typeof compacted !== 'boolean')
      throw new ContractSourceError(
        `${where}: topic "${topic}" has "compacted": ${JSON.stringify(entry.compacted)}; it must be true or false.`,
      );
    if (!Array.isArray(entry.events) || entry.events.length === 0)
      throw new ContractSourceError(`${where}: topic "${topic}" must list its "events".`);
    if (compacted && entry.events.length > 1)
      throw new ContractSourceError(
        `${where}: compacted topic "${topic}" lists ${entry.events.join(', ')}; compaction keeps one message per key, so a compacted topic carries one event type.`,
      );
    for (const name of entry.events) {
      const event = byName.get(name);
      if (!event)
        throw new ContractSourceError(
          `${where}: topic "${topic}" lists "${name}", which has no schemas/${name}.avsc.`,
        );
      if (event.topic)
        throw new ContractSourceError(
          `${where}: "${name}" is on both "${event.topic}" and "${topic}"; an event has one topic.`,
        );
      if (event.keyField !== entry.key) {
        throw new ContractSourceError(
          `${where}: topic "${topic}" is keyed by "${entry.key}" but ${name} is keyed by "${event.keyField}"; events sharing a topic share the aggregate key.`,
        );
      }
      event.topic = topic;
      event.compacted = compacted;
    }
    topics.push({
      topic,
      doc: entry.doc,
      keyField: entry.key,
      compacted,
      events: [...entry.events],
    });
  }
  const homeless = events.filter((event) => !event.topic).map((event) => event.name);
  if (homeless.length > 0) {
    throw new ContractSourceError(
      `${where}: ${homeless.join(', ')} ${homeless.length === 1 ? 'is' : 'are'} on no topic; add each to the topic of its aggregate (or a topic of its own).`,
    );
  }
  return topics.sort((a, b) => (a.topic < b.topic ? -1 : 1));
}

/** Loads schemas/released/<release>/*.avsc, releases in natural order (v1, v2, ..., v10). */
function loadReleasedSchemas() {
  if (!existsSync(RELEASED_DIR)) return [];
  const releases = readdirSync(RELEASED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return releases.flatMap((release) =>
    readdirSync(join(RELEASED_DIR, release))
      .filter((file) => file.endsWith('.avsc'))
      .sort()
      .map((file) => ({
        name: file.slice(0, -'.avsc'.length),
        release,
        schema: readJson(join(RELEASED_DIR, release, file)),
      })),
  );
}

const fullName = (node, namespace) =>
  node.name.includes('.') ? node.name : `${node.namespace ?? namespace}.${node.name}`;
const shortName = (name) => name.slice(name.lastIndexOf('.') + 1);

/**
 * Collects the named types defined inside event records. A type shared by several events must be
 * defined identically (docs included) everywhere, or the generated interface would lie for some.
 */
function collectNamedTypes(events) {
  const named = new Map();
  const visit = (node, namespace, event) => {
    if (Array.isArray(node)) return node.forEach((branch) => visit(branch, namespace, event));
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'array') return visit(node.items, namespace, event);
    if (node.type === 'map') return visit(node.values, namespace, event);
    if (!['record', 'enum', 'fixed'].includes(node.type)) return visit(node.type, namespace, event);
    const name = fullName(node, namespace);
    const ownNamespace = name.slice(0, name.lastIndexOf('.'));
    if (name !== `${NAMESPACE}.${event.name}`) {
      const known = named.get(name);
      const definition = JSON.stringify(withoutNamespace(node));
      if (known && known.definition !== definition) {
        throw new ContractSourceError(
          `Named type ${name} is defined differently in ${known.files[0]} and ${event.file}; make the definitions identical (docs included) or rename one.`,
        );
      }
      if (known) known.files.push(event.file);
      else named.set(name, { name, node, definition, files: [event.file] });
    }
    for (const field of node.fields ?? []) visit(field.type, ownNamespace, event);
  };
  for (const event of events) visit(event.schema, NAMESPACE, event);
  const byShortName = new Map();
  for (const name of [...named.keys(), ...events.map((e) => `${NAMESPACE}.${e.name}`)]) {
    const short = shortName(name);
    if (byShortName.has(short) && byShortName.get(short) !== name) {
      throw new ContractSourceError(
        `Types ${byShortName.get(short)} and ${name} would both generate "${short}".`,
      );
    }
    byShortName.set(short, name);
  }
  return named;
}

function withoutNamespace(node) {
  const rest = { ...node };
  delete rest.namespace;
  return rest;
}

/** Renders the TypeScript type of an Avro schema node, recording the named types it references. */
function tsType(node, refs) {
  if (typeof node === 'string') {
    if (node in PRIMITIVE_TS) return PRIMITIVE_TS[node];
    refs.add(shortName(node));
    return shortName(node);
  }
  if (Array.isArray(node)) {
    // `X | null` reads better than `null | X`; order does not matter to TypeScript.
    const branches = node.map((branch) => tsType(branch, refs));
    return [...branches.filter((b) => b !== 'null'), ...branches.filter((b) => b === 'null')].join(
      ' | ',
    );
  }
  switch (node.type) {
    case 'array': {
      const items = tsType(node.items, refs);
      return /[|&]/.test(items) ? `Array<${items}>` : `${items}[]`;
    }
    case 'map':
      return `Record<string, ${tsType(node.values, refs)}>`;
    case 'record':
    case 'enum':
    case 'fixed':
      refs.add(shortName(node.name));
      return shortName(node.name);
    default:
      return tsType(node.type, refs);
  }
}

const LOGICAL_NOTES = {
  'timestamp-millis': 'Avro timestamp-millis: decoded as a number of epoch milliseconds.',
};

function fieldDoc(field) {
  const logical =
    typeof field.type === 'object' && !Array.isArray(field.type)
      ? field.type.logicalType
      : undefined;
  const optionalLogical = Array.isArray(field.type)
    ? field.type.find((branch) => typeof branch === 'object' && branch.logicalType)?.logicalType
    : undefined;
  const note = LOGICAL_NOTES[logical ?? optionalLogical];
  // Schema authors usually say "epoch milliseconds" already; only add the note when they did not.
  return note && !/epoch milli/i.test(field.doc) ? `${field.doc} (${note})` : field.doc;
}

function renderRecordInterface(node, refs) {
  const body = node.fields
    .map(
      (field) =>
        `${docComment(fieldDoc(field), '  ')}  ${field.name}: ${tsType(field.type, refs)};\n`,
    )
    .join('');
  return `export interface ${shortName(node.name)} {\n${body}}\n`;
}

function renderNamedType(node, refs) {
  switch (node.type) {
    case 'record':
      return docComment(node.doc) + renderRecordInterface(node, refs);
    case 'enum': {
      const defaultNote = node.default
        ? ` Readers map symbols they do not know to '${node.default}'.`
        : '';
      return (
        docComment(`${node.doc}${defaultNote}`) +
        `export type ${shortName(node.name)} = ${node.symbols.map((s) => `'${s}'`).join(' | ')};\n`
      );
    }
    case 'fixed':
      return (
        docComment(`${node.doc ?? ''} (Avro fixed, ${node.size} bytes)`) +
        `export type ${shortName(node.name)} = Buffer;\n`
      );
    default:
      throw new ContractSourceError(`Unexpected named type ${node.type}.`);
  }
}

const header = (sources) =>
  `// Generated from ${sources.join(', ')} by ${GENERATOR} — do not edit.\n`;

function importLines(refs, self, sharedDir) {
  return [...refs]
    .filter((ref) => ref !== self)
    .sort()
    .map((ref) => `import type { ${ref} } from '${sharedDir}${kebab(ref)}';\n`)
    .join('');
}

function renderEventFile(event) {
  const refs = new Set();
  const { schema } = event;
  const compaction = event.compacted
    ? ' The topic is compacted: it keeps the latest message per key.'
    : '';
  const doc = `${schema.doc}\n *\n * Topic \`${event.topic}\`, keyed by \`${event.keyField}\`.${compaction}`;
  const body = `/**\n * ${doc}\n */\n` + renderRecordInterface(schema, refs);
  const schemaConst =
    `\n/** The Avro schema of {@link ${event.name}}, exactly as in ${event.file}. */\n` +
    `export const ${event.name}Schema: AvroSchemaDocument = ${JSON.stringify(schema)};\n`;
  return (
    header([event.file]) +
    `import type { AvroSchemaDocument } from '../catalog/avro-schema-document';\n` +
    importLines(refs, event.name, './types/') +
    '\n' +
    body +
    schemaConst
  );
}

function renderSharedTypeFile(type) {
  const refs = new Set();
  const body = renderNamedType(type.node, refs);
  return header(type.files) + importLines(refs, shortName(type.name), './') + '\n' + body;
}

function renderReleasedFile(released, events) {
  const sources = released.length ? ['schemas/released/**/*.avsc'] : ['schemas/released/ (empty)'];
  // A release identical to the current schema points at its generated constant instead of
  // repeating it, so the file grows only by what actually changed between releases.
  const current = new Map(events.map((event) => [event.name, JSON.stringify(event.schema)]));
  const reused = new Set();
  const entries = released
    .map((entry) => {
      const sameAsCurrent = current.get(entry.name) === JSON.stringify(entry.schema);
      if (sameAsCurrent) reused.add(entry.name);
      const schema = sameAsCurrent ? `${entry.name}Schema` : JSON.stringify(entry.schema);
      return `  { name: '${entry.name}', release: '${entry.release}', schema: ${schema} },\n`;
    })
    .join('');
  const imports = [...reused]
    .sort()
    .map((name) => `import { ${name}Schema } from './${kebab(name)}';\n`)
    .join('');
  return (
    header(sources) +
    `import type { AvroSchemaDocument } from '../catalog/avro-schema-document';\n` +
    imports +
    `\n/** A schema as it was released to consumers; producers may still write with it. */\n` +
    `export interface ReleasedSchema {\n` +
    `  /** Event name (the record name). */\n  readonly name: string;\n` +
    `  /** Release folder under schemas/released/, e.g. v1. */\n  readonly release: string;\n` +
    `  /** The schema JSON as released. */\n  readonly schema: AvroSchemaDocument;\n}\n\n` +
    `/** Every released schema, oldest release first. */\n` +
    `export const RELEASED_SCHEMAS: readonly ReleasedSchema[] = [\n${entries}];\n`
  );
}

function renderIndexFile(events, named, topics) {
  const exportsOfEvents = events
    .map(
      (event) =>
        `export type { ${event.name} } from './${kebab(event.name)}';\n` +
        `export { ${event.name}Schema } from './${kebab(event.name)}';\n`,
    )
    .join('');
  const exportsOfShared = [...named.values()]
    .map((type) => shortName(type.name))
    .sort()
    .map((short) => `export type { ${short} } from './types/${kebab(short)}';\n`)
    .join('');
  const imports = events
    .map(
      (event) =>
        `import type { ${event.name} } from './${kebab(event.name)}';\n` +
        `import { ${event.name}Schema } from './${kebab(event.name)}';\n`,
    )
    .join('');
  const payloads = events.map((event) => `  ${event.name}: ${event.name};\n`).join('');
  const catalog = events
    .map(
      (event) =>
        `  ${event.name}: { name: '${event.name}', topic: '${event.topic}', keyField: '${event.keyField}', compacted: ${event.compacted}, schema: ${event.name}Schema },\n`,
    )
    .join('');
  return (
    header(['schemas/*.avsc']) +
    `import type { EventCatalogEntry } from '../catalog/event-catalog-entry';\n` +
    `import type { TopicCatalogEntry } from '../catalog/topic-catalog-entry';\n` +
    imports +
    '\n' +
    exportsOfEvents +
    exportsOfShared +
    `export { RELEASED_SCHEMAS } from './released';\nexport type { ReleasedSchema } from './released';\n\n` +
    `/** Payload type of every event, by event name. */\n` +
    `export interface EventPayloads {\n${payloads}}\n\n` +
    `/** Name of an event in the catalog (the Avro record name). */\n` +
    `export type EventName = keyof EventPayloads;\n\n` +
    `/** Every event name, in alphabetical order. */\n` +
    `export const EVENT_NAMES: readonly EventName[] = [${events.map((e) => `'${e.name}'`).join(', ')}];\n\n` +
    `/** Catalog data of every event: topic, aggregate key field, whether the topic is compacted and current schema. */\n` +
    `export const EVENT_CATALOG: { readonly [N in EventName]: EventCatalogEntry<N> } = {\n${catalog}};\n\n` +
    `/** The topic layout (schemas/topics.json): which events share a topic, in topic-name order. */\n` +
    `export const TOPIC_CATALOG: readonly TopicCatalogEntry[] = ${JSON.stringify(topics)};\n`
  );
}

/** Builds every output file in memory: relative path → formatted content. */
async function generate() {
  const events = loadEventSchemas();
  const topics = assignTopics(events);
  const named = collectNamedTypes(events);
  const released = loadReleasedSchemas();
  const files = new Map();
  for (const event of events) files.set(`${kebab(event.name)}.ts`, renderEventFile(event));
  for (const type of named.values())
    files.set(`types/${kebab(shortName(type.name))}.ts`, renderSharedTypeFile(type));
  files.set('released.ts', renderReleasedFile(released, events));
  files.set('index.ts', renderIndexFile(events, named, topics));
  const config = (await prettier.resolveConfig(join(OUT_DIR, 'index.ts'))) ?? {};
  const formatted = new Map();
  for (const path of [...files.keys()].sort()) {
    formatted.set(
      path,
      await prettier.format(files.get(path), { ...config, parser: 'typescript' }),
    );
  }
  return formatted;
}

function listExisting(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listExisting(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

function diff(expected) {
  const existing = new Set(listExisting(OUT_DIR));
  const problems = [];
  for (const [path, content] of expected) {
    if (!existing.has(path)) problems.push(`missing: ${path}`);
    else if (readFileSync(join(OUT_DIR, path), 'utf8') !== content)
      problems.push(`differs: ${path}`);
  }
  for (const path of [...existing].sort())
    if (!expected.has(path)) problems.push(`extra:   ${path}`);
  return problems;
}

async function main() {
  const check = process.argv.includes('--check');
  const expected = await generate();
  const where = posix(relative(REPO_ROOT, OUT_DIR));
  if (check) {
    const problems = diff(expected);
    if (problems.length) {
      console.error(`${where} is out of date with schemas/ (run npm run contracts:generate):`);
      for (const problem of problems) console.error(`  ${problem}`);
      process.exit(1);
    }
    console.log(`${where} is up to date (${expected.size} files).`);
    return;
  }
  // Start from an empty folder so files of removed schemas do not linger.
  rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [path, content] of expected) {
    mkdirSync(dirname(join(OUT_DIR, path)), { recursive: true });
    writeFileSync(join(OUT_DIR, path), content);
  }
  console.log(`Wrote ${expected.size} files to ${where}.`);
}

main().catch((error) => {
  console.error(
    error instanceof ContractSourceError ? `generate-contracts: ${error.message}` : error,
  );
  process.exit(1);
});
