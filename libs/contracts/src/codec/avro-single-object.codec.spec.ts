import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { contractFor } from '../catalog/event-contracts';
import { ContractErrorCode } from '../errors/contract-error-code';
import type { EventName, EventPayloads } from '../generated';
import { plain, readSample } from '../spec-support/contracts-fixtures';
import { AvroSingleObjectCodec } from './avro-single-object.codec';
import { frameSingleObject } from './single-object-frame';

const codec = new AvroSingleObjectCodec();
const sample = <N extends EventName>(name: N): EventPayloads[N] =>
  readSample(name) as unknown as EventPayloads[N];

/** Asserts a contract error with the code, and the invariants every contract error has. */
function throwsCode(action: () => unknown, code: string): PlatformError {
  let caught: unknown;
  assert.throws(action, (error: unknown) => {
    caught = error;
    return error instanceof PlatformError && error.code === code;
  });
  const error = caught as PlatformError;
  assert.equal(error.kind, ErrorKind.InvalidInput);
  assert.equal(error.retriable, false);
  return error;
}

describe('AvroSingleObjectCodec', () => {
  const bytes = codec.encode('DatasetVersionCreated', sample('DatasetVersionCreated'));

  it('round-trips a payload', () => {
    assert.deepEqual(
      plain(codec.decode('DatasetVersionCreated', bytes)),
      sample('DatasetVersionCreated'),
    );
  });

  it('writes the marker and the current schema fingerprint', () => {
    assert.equal(bytes.subarray(0, 2).toString('hex'), 'c301');
    assert.equal(codec.fingerprintOf(bytes), contractFor('DatasetVersionCreated').fingerprintHex);
  });

  describe('malformed input', () => {
    const body = bytes.subarray(10);
    const cases: Array<[string, Buffer, string]> = [
      ['an empty buffer', Buffer.alloc(0), ContractErrorCode.NotSingleObject],
      [
        'a wrong marker',
        Buffer.concat([Buffer.from([0xc3, 0x02]), bytes.subarray(2)]),
        ContractErrorCode.NotSingleObject,
      ],
      [
        'a header cut inside the fingerprint',
        bytes.subarray(0, 6),
        ContractErrorCode.NotSingleObject,
      ],
      [
        'an unknown fingerprint',
        frameSingleObject(Buffer.from('0000000000000000', 'hex'), body),
        ContractErrorCode.UnknownFingerprint,
      ],
      ['a truncated body', bytes.subarray(0, bytes.length - 5), ContractErrorCode.MalformedBody],
      ['a header without body', bytes.subarray(0, 10), ContractErrorCode.MalformedBody],
      [
        'trailing garbage',
        Buffer.concat([bytes, Buffer.from([0x01, 0x02])]),
        ContractErrorCode.MalformedBody,
      ],
      [
        'a body of garbage',
        Buffer.concat([bytes.subarray(0, 10), Buffer.alloc(40, 0xff)]),
        ContractErrorCode.MalformedBody,
      ],
    ];
    for (const [label, input, code] of cases) {
      it(`rejects ${label} with ${code}`, () => {
        throwsCode(() => codec.decode('DatasetVersionCreated', input), code);
      });
    }

    it('names the unknown fingerprint in the error details', () => {
      const error = throwsCode(
        () => codec.decode('DatasetVersionCreated', frameSingleObject(Buffer.alloc(8, 0xab), body)),
        ContractErrorCode.UnknownFingerprint,
      );
      assert.equal(error.details.fingerprint, 'abababababababab');
    });

    it('rejects bytes of another event as an incompatible writer', () => {
      const other = codec.encode('DatasetRejected', sample('DatasetRejected'));
      throwsCode(
        () => codec.decode('DatasetVersionCreated', other),
        ContractErrorCode.IncompatibleWriter,
      );
    });

    it('rejects an unknown event name', () => {
      throwsCode(
        () => codec.decode('NoSuchEvent' as EventName, bytes),
        ContractErrorCode.UnknownEventType,
      );
    });
  });

  describe('payload validation', () => {
    it('names a bad nested field path', () => {
      const payload = {
        ...sample('DatasetVersionCreated'),
        snapshot: { ...sample('DatasetVersionCreated').snapshot, sizeBytes: 'big' },
      };
      const error = throwsCode(
        () =>
          codec.encode(
            'DatasetVersionCreated',
            payload as unknown as EventPayloads['DatasetVersionCreated'],
          ),
        ContractErrorCode.InvalidPayload,
      );
      assert.deepEqual(error.details.paths, ['snapshot.sizeBytes']);
    });

    it('names every bad field, array items included', () => {
      const valid = sample('ModelGatePassed');
      const payload = {
        ...valid,
        modelName: undefined,
        checks: [valid.checks[0], { ...valid.checks[1], comparator: 'about_equal' }],
      };
      const error = throwsCode(
        () =>
          codec.encode('ModelGatePassed', payload as unknown as EventPayloads['ModelGatePassed']),
        ContractErrorCode.InvalidPayload,
      );
      assert.deepEqual(error.details.paths, ['modelName', 'checks.1.comparator']);
    });

    it('names fields the schema does not declare, next to other bad fields', () => {
      const valid = sample('ModelGatePassed');
      const payload = {
        ...valid,
        approvedBy: 'alice',
        lineage: { ...valid.lineage, gitBranch: 'main' },
        checks: [{ ...valid.checks[0], passed: 'yes' }],
      };
      const error = throwsCode(
        () =>
          codec.encode('ModelGatePassed', payload as unknown as EventPayloads['ModelGatePassed']),
        ContractErrorCode.InvalidPayload,
      );
      assert.deepEqual(error.details.paths, ['checks.0.passed', 'lineage.gitBranch', 'approvedBy']);
    });

    it('rejects a long beyond the safe integer range rather than losing precision', () => {
      const payload = { ...sample('TrainingRunStarted'), seed: 2 ** 60 };
      const error = throwsCode(
        () => codec.encode('TrainingRunStarted', payload),
        ContractErrorCode.InvalidPayload,
      );
      assert.deepEqual(error.details.paths, ['seed']);
    });
  });
});
