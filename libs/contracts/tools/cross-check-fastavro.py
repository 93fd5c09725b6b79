"""Independent cross-check of the contracts codec against fastavro (Python).

Test-only: the test suite runs it (libs/contracts/src/golden-fastavro.int-spec.ts) with the
environment that infra/dev/python-test-env.sh creates in .local/python-test-env from the pinned
requirements-crosscheck.txt. Python is never a runtime dependency of Loopline. By hand:

    bash infra/dev/python-test-env.sh
    .local/python-test-env/bin/python libs/contracts/tools/cross-check-fastavro.py [--json]

For every schemas/*.avsc it computes, with fastavro, the Parsing Canonical Form and the
CRC-64-AVRO fingerprint (hex of the little-endian bytes, as on the wire), and checks that
C3 01 + fingerprint + fastavro's schemaless body of fixtures/samples/<Event>.json equals
fixtures/golden/<Event>.hex. It also prints the fingerprints of a few primitive schemas, the
known-answer vectors of src/fingerprint/crc64-avro.fingerprint.spec.ts.

--json prints one JSON document instead of the table: {"events": [{"name", "fingerprint",
"canonicalForm", "status", "expected", "actual", "problem"}], "primitives": [...], "checked",
"matching"}, where status is "match", "differ" (golden bytes differ) or "missing" (no sample or
golden file). Exit status: 0 when every event matches, 1 when any differs or lacks a fixture,
2 when the check could not run (bad arguments, fastavro not installed).
"""
import argparse
import io
import json
import os
import sys

try:
    from fastavro import parse_schema, schemaless_writer
    from fastavro.schema import fingerprint, to_parsing_canonical_form
except ImportError as error:
    print(f'fastavro is not installed ({error}); run: bash infra/dev/python-test-env.sh',
          file=sys.stderr)
    sys.exit(2)

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
PRIMITIVES = ['null', 'long', {'type': 'string'}]


def check_event(name, schemas_dir, fixtures_dir):
    with open(os.path.join(schemas_dir, f'{name}.avsc')) as handle:
        schema = json.load(handle)
    canonical = to_parsing_canonical_form(schema)
    result = {
        'name': name,
        'fingerprint': fingerprint(canonical, 'CRC-64-AVRO'),
        'canonicalForm': canonical,
    }
    try:
        with open(os.path.join(fixtures_dir, 'samples', f'{name}.json')) as handle:
            sample = json.load(handle)
        with open(os.path.join(fixtures_dir, 'golden', f'{name}.hex')) as handle:
            golden = ''.join(handle.read().split()).lower()
    except FileNotFoundError as error:
        return {**result, 'status': 'missing', 'problem': f'no fixture {error.filename}'}
    body = io.BytesIO()
    schemaless_writer(body, parse_schema(schema), sample)
    actual = 'c301' + result['fingerprint'] + body.getvalue().hex()
    if actual == golden:
        return {**result, 'status': 'match'}
    return {**result, 'status': 'differ', 'expected': golden, 'actual': actual}


def main():
    parser = argparse.ArgumentParser(
        description='Cross-check fingerprints and golden bytes with fastavro.')
    parser.add_argument('--json', action='store_true',
                        help='print one JSON report instead of a table')
    parser.add_argument('--schemas', default=os.path.join(REPO_ROOT, 'schemas'))
    parser.add_argument('--fixtures',
                        default=os.path.join(REPO_ROOT, 'libs', 'contracts', 'fixtures'))
    args = parser.parse_args()

    names = sorted(f[: -len('.avsc')] for f in os.listdir(args.schemas) if f.endswith('.avsc'))
    events = [check_event(name, args.schemas, args.fixtures) for name in names]
    primitives = [
        {'schema': schema,
         'fingerprint': fingerprint(to_parsing_canonical_form(schema), 'CRC-64-AVRO')}
        for schema in PRIMITIVES
    ]
    matching = sum(1 for event in events if event['status'] == 'match')

    if args.json:
        print(json.dumps({'events': events, 'primitives': primitives,
                          'checked': len(events), 'matching': matching}, indent=2))
    else:
        words = {'match': 'golden bytes match', 'differ': 'GOLDEN BYTES DIFFER',
                 'missing': 'FIXTURE MISSING'}
        for event in events:
            print(f'{event["name"]:28} {event["fingerprint"]}  {words[event["status"]]}')
        for primitive in primitives:
            print(f'{json.dumps(primitive["schema"]):28} {primitive["fingerprint"]}')
        print(f'{matching} of {len(events)} events match fastavro')
    return 0 if events and matching == len(events) else 1


if __name__ == '__main__':
    sys.exit(main())
