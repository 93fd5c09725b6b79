"""Writes the flights of [--from, --to) from a flights Parquet file, in file order, to a new ZSTD
Parquet file (as the demo's ingestion cuts January out of flights-3m); `--rows N` keeps only the
first N of them. Prints the rows written.

usage: cut_flights.py <source.parquet> <target.parquet> [--from DATE] [--to DATE] [--rows N]"""

import argparse
from datetime import datetime

import pyarrow.compute as pc
import pyarrow.parquet as pq

parser = argparse.ArgumentParser(description="A date range of a flights Parquet file")
parser.add_argument("source")
parser.add_argument("target")
parser.add_argument("--from", dest="start", default=None, help="first date kept (ISO)")
parser.add_argument("--to", dest="end", default=None, help="first date left out (ISO)")
parser.add_argument("--rows", type=int, default=None, help="keep the first N rows of the range")
args = parser.parse_args()

table = pq.read_table(args.source)
keep = None
if args.start:
    keep = pc.greater_equal(table["date"], datetime.fromisoformat(args.start))
if args.end:
    before = pc.less(table["date"], datetime.fromisoformat(args.end))
    keep = before if keep is None else pc.and_(keep, before)
# A filter keeps the rows' order, so the cut is the same rows in the same order as the source.
if keep is not None:
    table = table.filter(keep)
if args.rows is not None:
    table = table.slice(0, args.rows)
pq.write_table(table, args.target, compression="zstd")
print(table.num_rows)
