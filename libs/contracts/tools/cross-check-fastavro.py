"""Independent cross-check of the contracts codec against fastavro (Python).

Not part of the build or of any runtime: fastavro only produced the known-answer vectors in
src/fingerprint/crc64-avro.fingerprint.spec.ts and confirmed the golden bytes. Rerun it after
changing the fingerprint or framing code:

    python3 -m venv /tmp/avro-vectors && /tmp/avro-vectors/bin/pip install fastavro
    /tmp/avro-vectors/bin/python libs/contracts/tools/cross-check-fastavro.py   # from the repo root

For every schemas/*.avsc it prints the CRC-64-AVRO fingerprint (hex of the little-endian bytes,
as on the wire) and checks that C3 01 + fingerprint + fastavro's schemaless body of
fixtures/samples/<Event>.json equals fixtures/golden/<Event>.hex. Exits 1 on any difference.
"""
import io
import json
import os
import sys

from fastavro import parse_schema, schemaless_writer
from fastavro.schema import fingerprint, to_parsing_canonical_form

FIXTURES = 'libs/contracts/fixtures'

differ = 0
for file in sorted(f for f in os.listdir('schemas') if f.endswith('.avsc')):
    name = file[: -len('.avsc')]
    with open(os.path.join('schemas', file)) as handle:
        schema = json.load(handle)
    with open(f'{FIXTURES}/samples/{name}.json') as handle:
        sample = json.load(handle)
    with open(f'{FIXTURES}/golden/{name}.hex') as handle:
        golden = ''.join(handle.read().split())
    fp = fingerprint(to_parsing_canonical_form(schema), 'CRC-64-AVRO')
    body = io.BytesIO()
    schemaless_writer(body, parse_schema(schema), sample)
    same = 'c301' + fp + body.getvalue().hex() == golden
    differ += 0 if same else 1
    print(f'{name:28} {fp}  {"golden bytes match" if same else "GOLDEN BYTES DIFFER"}')

for schema in ['null', 'long', {'type': 'string'}]:
    print(f'{json.dumps(schema):28} {fingerprint(to_parsing_canonical_form(schema), "CRC-64-AVRO")}')
sys.exit(1 if differ else 0)
