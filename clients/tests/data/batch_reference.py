"""Records the batch request that Google's own discovery client builds, as a test vector.

google-api-python-client's `BatchHttpRequest` serializes the calls of
`clients/tests/batch.rs` into one `multipart/mixed` body; this script writes that body,
with the outer request's method, URL and content type, to `batch_python.json`. The Rust
test compares each part with the one our client sends (see the test for what is compared).

Regenerate (google-api-python-client 2.202.0, from PyPI):

    python3 -m venv /tmp/gvenv && /tmp/gvenv/bin/pip install google-api-python-client==2.202.0
    /tmp/gvenv/bin/python clients/tests/data/batch_reference.py
"""

import json
import pathlib

import httplib2
from googleapiclient.discovery import build_from_document
from googleapiclient.http import BatchHttpRequest

HERE = pathlib.Path(__file__).parent
DOCUMENT = HERE.parents[2] / "generator" / "tests" / "corpus" / "storage.v1.json"


class Recorder:
    """An httplib2-like object that records the one request and answers an empty batch."""

    def __init__(self):
        self.recorded = None

    def request(self, uri, method="GET", body=None, headers=None, **kwargs):
        self.recorded = {"uri": uri, "method": method, "headers": headers, "body": body}
        response = httplib2.Response({"status": "200", "content-type": "multipart/mixed; boundary=x"})
        return response, b"--x--"


def main():
    storage = build_from_document(DOCUMENT.read_text(), http=httplib2.Http())
    calls = [
        storage.objects().get(bucket="my bucket", object="photos/a b+c.txt"),
        storage.buckets().insert(project="my-project", body={"name": "new-bucket", "labels": {"k": "v"}}),
        storage.objects().patch(
            bucket="b", object="o", ifGenerationMatch="5", body={"contentType": "text/plain"}
        ),
        storage.objects().list(bucket="b", prefix="photos/", maxResults=10),
        storage.objects().delete(bucket="b", object="old.txt"),
    ]
    batch = BatchHttpRequest(batch_uri="https://storage.googleapis.com/batch/storage/v1")
    for call in calls:
        batch.add(call)
    recorder = Recorder()
    try:
        batch.execute(http=recorder)
    except Exception:
        pass  # the empty answer has no parts; only the request matters here
    request = recorder.recorded
    out = {
        "method": request["method"],
        "uri": request["uri"],
        "content_type": request["headers"]["content-type"],
        "body": request["body"],
    }
    (HERE / "batch_python.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
