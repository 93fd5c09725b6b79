"""Writes the first N rows of a Parquet file to a new ZSTD Parquet file: the input of
`run.sh --smoke`, small enough for CI to ingest in seconds. Prints the rows written."""

import argparse

import pyarrow as pa
import pyarrow.parquet as pq

parser = argparse.ArgumentParser(description="First N rows of a Parquet file, as ZSTD Parquet")
parser.add_argument("source")
parser.add_argument("target")
parser.add_argument("--rows", type=int, default=20_000)
args = parser.parse_args()

source = pq.ParquetFile(args.source)
# Reads only the leading row group(s) holding the rows, not the whole file.
first = next(source.iter_batches(batch_size=args.rows))
table = pa.Table.from_batches([first], schema=source.schema_arrow)
pq.write_table(table, args.target, compression="zstd")
print(table.num_rows)
