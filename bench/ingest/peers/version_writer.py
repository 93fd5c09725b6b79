"""Writes one dataset version to MinIO the way Loopline lays it out: the Parquet snapshot, its
JSON profile and a manifest naming both, under a key derived from the snapshot's sha256."""

import hashlib
import io
import json
import os
import time
from urllib.parse import urlparse

from minio import Minio

PARQUET_MEDIA_TYPE = "application/vnd.apache.parquet"
JSON_MEDIA_TYPE = "application/json"
MANIFEST_FORMAT = "loopline-bench.dataset-manifest/v1"


def client_from_env() -> Minio:
    """The same variables and defaults as the services (libs/config), so one stack serves both."""
    endpoint = urlparse(os.environ.get("MINIO_ENDPOINT", "http://127.0.0.1:9000"))
    return Minio(
        endpoint.netloc,
        access_key=os.environ.get("MINIO_ACCESS_KEY", "loopline"),
        secret_key=os.environ.get("MINIO_SECRET_KEY", "loopline-secret"),
        secure=endpoint.scheme == "https",
    )


def ensure_bucket(client: Minio, bucket: str) -> None:
    if not client.bucket_exists(bucket):
        try:
            client.make_bucket(bucket)
        except Exception:
            # Another run may have created it meanwhile; only a bucket still missing is an error.
            if not client.bucket_exists(bucket):
                raise


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _put_json(client: Minio, bucket: str, key: str, document: dict) -> dict:
    body = json.dumps(document, separators=(",", ":")).encode()
    client.put_object(bucket, key, io.BytesIO(body), len(body), content_type=JSON_MEDIA_TYPE)
    return {
        "uri": f"s3://{bucket}/{key}",
        "sha256": hashlib.sha256(body).hexdigest(),
        "sizeBytes": len(body),
        "mediaType": JSON_MEDIA_TYPE,
    }


def write_version(
    client: Minio, bucket: str, prefix: str, data_path: str, profile: dict, columns: dict
) -> dict:
    """Uploads snapshot, profile and manifest (last, so a manifest never names a missing object);
    returns the manifest."""
    content_sha = sha256_file(data_path)
    base = f"{prefix}/sha256/{content_sha}"
    size = os.path.getsize(data_path)
    client.fput_object(bucket, f"{base}/data.parquet", data_path, content_type=PARQUET_MEDIA_TYPE)
    snapshot = {
        "uri": f"s3://{bucket}/{base}/data.parquet",
        "sha256": content_sha,
        "sizeBytes": size,
        "mediaType": PARQUET_MEDIA_TYPE,
    }
    profile_ref = _put_json(client, bucket, f"{base}/profile.json", profile)
    manifest = {
        "format": MANIFEST_FORMAT,
        "contentSha256": content_sha,
        "rowCount": profile["rowCount"],
        "columns": [{"name": name, "type": kind} for name, kind in columns.items()],
        "snapshot": snapshot,
        "profile": profile_ref,
        "createdAt": int(time.time() * 1000),
    }
    manifest_ref = _put_json(client, bucket, f"{base}/manifest.json", manifest)
    return {**manifest, "manifest": manifest_ref}
