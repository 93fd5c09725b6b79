import type { Type } from 'avsc';
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import { toAvroType } from '../catalog/avro-type.factory';
import { contractFor } from '../catalog/event-contracts';
import { WriterSchemaCatalog } from '../catalog/writer-schema-catalog';
import type { EventContract } from '../catalog/event-contract.interface';
import { ContractErrorCode } from '../errors/contract-error-code';
import { contractError } from '../errors/contract-error';
import type { EventName, EventPayloads } from '../generated';
import { resolutionProblems } from '../compatibility/resolution-problems';
import type { EventCodec } from './event-codec.interface';
import { assertValidPayload } from './payload-validator';
import { frameSingleObject, parseSingleObject } from './single-object-frame';

type Resolver = ReturnType<Type['createResolver']>;

/**
 * Avro single-object encoding (marker C3 01, 8-byte CRC-64-AVRO fingerprint of the writer
 * schema, Avro binary body). Every message names its writer schema, so consumers decode with
 * their own reader schema through Avro schema resolution without a registry server.
 *
 * Decoded payloads are avsc record instances: plain data fields, but not plain `Object`
 * prototypes (compare with a JSON round trip, not `deepStrictEqual`, in tests).
 */
export class AvroSingleObjectCodec implements EventCodec {
  /** Resolvers are costly to build and reused for every message of the same writer/reader pair. */
  private readonly resolvers = new Map<string, Resolver>();

  /** @param writers writer schemas this codec can decode; defaults to current + released ones. */
  constructor(
    private readonly writers: WriterSchemaCatalog = WriterSchemaCatalog.withReleasedSchemas(),
  ) {}

  encode<N extends EventName>(name: N, payload: EventPayloads[N]): Buffer {
    const contract = contractFor(name);
    assertValidPayload(name, contract.type, payload);
    return frameSingleObject(contract.fingerprint, contract.type.toBuffer(payload));
  }

  decode<N extends EventName>(name: N, bytes: Buffer): EventPayloads[N] {
    const contract = contractFor(name);
    const { fingerprintHex, body } = parseSingleObject(bytes);
    const resolver =
      fingerprintHex === contract.fingerprintHex
        ? undefined
        : this.resolverFor(contract, fingerprintHex);
    try {
      return contract.type.fromBuffer(body, resolver) as EventPayloads[N];
    } catch (cause) {
      throw contractError(
        ContractErrorCode.MalformedBody,
        `Cannot decode ${name} body written with schema ${fingerprintHex}: ${(cause as Error).message}. ` +
          'The message is truncated, corrupt or has trailing bytes; it will not decode on retry, ' +
          'so dead-letter it and check the producer.',
        { eventName: name, fingerprint: fingerprintHex, bodyLength: body.length },
        cause,
      );
    }
  }

  fingerprintOf(bytes: Buffer): string {
    return parseSingleObject(bytes).fingerprintHex;
  }

  writerSchema(fingerprintHex: string): AvroSchemaDocument | undefined {
    return this.writers.find(fingerprintHex)?.schema({ exportAttrs: true }) as
      AvroSchemaDocument | undefined;
  }

  learnWriterSchema(schema: AvroSchemaDocument): string {
    return this.writers.register(toAvroType(schema));
  }

  private resolverFor(contract: EventContract, fingerprintHex: string): Resolver {
    const cacheKey = `${contract.name}:${fingerprintHex}`;
    const cached = this.resolvers.get(cacheKey);
    if (cached) return cached;
    const writer = this.writers.find(fingerprintHex);
    if (!writer) {
      throw contractError(
        ContractErrorCode.UnknownFingerprint,
        `No writer schema with fingerprint ${fingerprintHex} is known to this consumer of ` +
          `${contract.name}. The producer probably uses a schema version that was not released to ` +
          'this consumer: release it under schemas/released/ and upgrade @loopline/contracts here.',
        { eventName: contract.name, fingerprint: fingerprintHex },
      );
    }
    const resolver = this.createResolver(contract, writer, fingerprintHex);
    this.resolvers.set(cacheKey, resolver);
    return resolver;
  }

  private createResolver(contract: EventContract, writer: Type, fingerprintHex: string): Resolver {
    try {
      return contract.type.createResolver(writer);
    } catch (cause) {
      const problems = resolutionProblems(contract.type, writer);
      throw contractError(
        ContractErrorCode.IncompatibleWriter,
        `Writer schema ${fingerprintHex} (${writer.name ?? writer.typeName}) cannot be read as ` +
          `${contract.name}: ${problems.join('; ') || (cause as Error).message}. Either the message ` +
          'is on the wrong topic or the schema change broke compatibility (see contracts:check).',
        { eventName: contract.name, fingerprint: fingerprintHex, writer: writer.name, problems },
        cause,
      );
    }
  }
}
