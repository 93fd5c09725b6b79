"""Peer: pandas reads and profiles, pandera validates (DataFrameSchema with Checks, lazy so every
failure is collected as Loopline does), pyarrow writes the Parquet snapshot."""

import numpy as np
import pandas as pd
import pandera.errors
import pandera.pandas as pa

import flights_contract as contract
import profile_format as fmt
from peer_run import run_peer

TOOL = "pandas+pandera"
SLUG = "pandas-pandera"

# Contract type -> the pandas dtype pandera checks for.
DTYPES = {"timestamp": "datetime64[us]", "int64": "int64", "string": "str"}


# pandas turns an integer column holding nulls into float64; a nullable integer column is read as
# pandas's masked Int64 instead, so its type is checked and its values stay whole numbers.
NULLABLE_INTS = [
    n for n, k in contract.COLUMNS.items() if k == "int64" and n not in contract.NOT_NULL
]


def _check(rule: contract.Rule) -> pa.Check:
    """One contract rule as a pandera Check, named by its index in contract.RULES so a failure
    maps back to the rule. Row checks return one boolean per row, so pandera reports the rows."""
    p = rule.params
    name = str(contract.RULES.index(rule))
    if rule.kind in ("range", "event_time_window"):
        return pa.Check(lambda s: s.between(p["min"], p["max"]), name=name)
    if rule.kind == "pattern":
        return pa.Check(lambda s: s.str.match(p["regex"]), name=name)
    if rule.kind == "event_time_monotonic":
        return pa.Check(lambda s: ~(s < s.shift(1)), name=name)
    if rule.kind == "max_missing_rate":
        # ignore_na=False: this check must see the nulls that the others skip.
        return pa.Check(lambda s: s.isna().mean() <= p["max"], ignore_na=False, name=name)
    if rule.kind == "freshness":
        age = pd.Timedelta(hours=p["maxAgeHours"])
        return pa.Check(
            lambda s: pd.Timestamp.now(tz="UTC").tz_localize(None) - s.max() <= age, name=name
        )
    if rule.kind == "row_count":
        return pa.Check(lambda df: p["min"] <= len(df) <= p["max"], name=name)
    raise ValueError(f"no pandera check for rule {rule.kind}")


def _schema(severity: str) -> pa.DataFrameSchema:
    """The contract's rules of one severity; the error schema also checks types and nulls."""
    rules = [r for r in contract.RULES if r.severity == severity]
    errors = severity == "error"
    columns = {
        name: pa.Column(
            ("Int64" if name in NULLABLE_INTS else DTYPES[kind]) if errors else None,
            nullable=not (errors and name in contract.NOT_NULL),
            checks=[_check(r) for r in rules if r.column == name],
        )
        for name, kind in contract.COLUMNS.items()
    }
    table = [_check(r) for r in rules if r.column is None]
    return pa.DataFrameSchema(columns, checks=table, strict=errors and contract.STRICT)


SCHEMAS = {"error": _schema("error"), "warning": _schema("warning")}

# pandera's own check names -> the rule identifiers Loopline's violations use.
PANDERA_RULES = {
    "not_nullable": "not_null",
    "dtype": "schema",
    "column_in_schema": "schema",
    "column_in_dataframe": "schema",
}
TABLE_LEVEL_RULES = {"row_count", "max_missing_rate", "freshness", "schema"}


def _rule(check: str) -> str:
    if check.isdigit():
        return contract.RULES[int(check)].kind
    base = check.split("(")[0]
    return PANDERA_RULES.get(base, base)


def read(path: str) -> pd.DataFrame:
    df = pd.read_parquet(path, engine="pyarrow")
    return df.astype({name: "Int64" for name in NULLABLE_INTS})


def validate(df: pd.DataFrame) -> list[dict]:
    violations = []
    for severity, schema in SCHEMAS.items():
        try:
            schema.validate(df, lazy=True)
            continue
        except pandera.errors.SchemaErrors as errors:
            cases = errors.failure_cases
        for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=False):
            rule = _rule(str(check))
            known_column = isinstance(column, str) and column in contract.COLUMNS
            table_level = rule in TABLE_LEVEL_RULES
            rows = group["index"].head(0) if table_level else group["index"].dropna()
            violations.append(
                {
                    "rule": rule,
                    "column": str(column) if known_column else None,
                    "severity": severity,
                    "failingRowCount": len(rows),
                    "sampleRows": [int(i) for i in rows.head(contract.SAMPLE_ROWS)],
                    "observedValue": str(group["failure_case"].iloc[0]),
                }
            )
    return violations


def _numeric(values: pd.Series) -> dict | None:
    if values.empty:
        return None
    lo, hi = values.min(), values.max()
    counts, _ = np.histogram(
        values.to_numpy(), bins=fmt.HISTOGRAM_BINS if lo != hi else 1, range=(lo, hi)
    )
    quantiles = values.quantile(list(fmt.QUANTILE_LEVELS), interpolation="linear").tolist()
    return fmt.numeric_summary(
        lo, hi, values.mean(), values.std(ddof=1) if len(values) > 1 else 0.0, quantiles, counts
    )


def _categorical(values: pd.Series) -> dict | None:
    if values.empty:
        return None
    counts = values.value_counts(sort=False).reset_index()
    counts.columns = ["value", "count"]
    top = counts.sort_values(["count", "value"], ascending=[False, True]).head(fmt.TOP_K)
    return fmt.categorical_summary(list(zip(top["value"], top["count"])), len(values))


def profile(df: pd.DataFrame) -> dict:
    columns = []
    for name, contract_type in contract.COLUMNS.items():
        series = df[name]
        present = series.dropna()
        missing = len(series) - len(present)
        numeric = categorical = None
        if contract_type == "timestamp":
            numeric = _numeric(
                pd.Series(present.to_numpy().astype("datetime64[ms]").astype("int64"))
            )
        elif contract_type == "int64":
            numeric = _numeric(present)
        else:
            categorical = _categorical(present)
        columns.append(
            fmt.column_profile(
                name, contract_type, len(df), missing, present.nunique(), numeric, categorical
            )
        )
    return fmt.data_profile(len(df), columns)


def write_parquet(df: pd.DataFrame, path: str) -> None:
    df.to_parquet(path, engine="pyarrow", compression="zstd", index=False)


if __name__ == "__main__":
    import sys

    run_peer(sys.modules[__name__])
