"""Small, made-up findings for the store, report, gate and diff tests.

Built with the model's own classes so the tests exercise the JSONL contract as
the engine writes it. The identifiers are invented (the AAID is Google's own
documentation example).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from exfilwatch.model import Destination, Finding

AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"

ADJUST = Destination(
    host="app.adjust.com",
    domain="adjust.com",
    owner="Adjust GmbH",
    owner_country="DE",
    server_ip="185.151.204.1",
    server_country="US",
    party="third",
    owner_categories=["attribution"],
)
BYTEDANCE = Destination(
    host="log.byteoversea.com",
    domain="byteoversea.com",
    owner="ByteDance Ltd.",
    owner_country="CN",
    server_ip="161.117.70.1",
    server_country="SG",
    party="third",
    cross_border=True,
    watched=True,
)
FACE = Destination(
    host="api.faceid.example",
    domain="faceid.example",
    owner="Megvii",
    owner_country="CN",
    server_country="CN",
    party="third",
)
GOOGLE = Destination(
    host="www.google-analytics.com",
    domain="google-analytics.com",
    owner="Google LLC",
    owner_country="US",
    server_country="US",
    party="third",
    parent="Alphabet Inc.",
)
FIRST = Destination(
    host="api.example.com",
    domain="example.com",
    owner="Example Media",
    owner_country="US",
    server_country="US",
    party="first",
)


def finding(
    category: str,
    signature: str,
    dest: Destination,
    flow: str,
    location: str,
    path: str = "/v1/event",
    source: str = "session.har",
    method: str = "POST",
    evidence: str = "key=abcd…wxyz",
    encodings: tuple[str, ...] = (),
    severity: str = "high",
    query: str = "",
) -> Finding:
    return Finding(
        source=source,
        flow=flow,
        method=method,
        url=f"https://{dest.host}{path}{query}",
        category=category,
        signature=signature,
        confidence=0.95,
        location=location,
        encodings=list(encodings),
        evidence=evidence,
        destination=dataclasses.replace(dest),  # a copy: tests may change it
        time=f"2025-03-01T10:00:{int(flow[-2:]) % 60:02d}.000+00:00",
        title=signature.replace(".", " ").replace("_", " "),
        severity=severity,
        references=["https://example.org/rule-docs"],
    )


def sample_findings(source: str = "session.har") -> list[Finding]:
    """Three categories, five owners, four countries, first and third parties."""
    return [
        finding(
            "device_id",
            "device_id.google_aaid.key",
            ADJUST,
            "f01",
            "url.query.gps_adid",
            "/session",
            source,
            "GET",
            f"gps_adid={AAID[:4]}…{AAID[-4:]}",
            query=f"?gps_adid={AAID}&app_token=abc",
        ),
        finding(
            "device_id",
            "device_id.google_aaid.key",
            ADJUST,
            "f02",
            "url.query.gps_adid",
            "/event",
            source,
            "GET",
            f"gps_adid={AAID[:4]}…{AAID[-4:]}",
            query=f"?gps_adid={AAID}",
        ),
        finding(
            "device_id",
            "known.android_id",
            BYTEDANCE,
            "f03",
            "body.form.data|base64|json.$android_id",
            source=source,
            encodings=("base64",),
            evidence="$android_id=9774…1c2f",
        ),
        finding(
            "device_id",
            "known.android_id",
            GOOGLE,
            "f04",
            "body.json.cid",
            "/g/collect",
            source=source,
            severity="medium",
        ),
        finding(
            "biometric",
            "biometric.face_landmarks",
            FACE,
            "f05",
            "body.json.faces[0].landmarks",
            "/v3/detect",
            source,
            evidence="landmarks: 68 points",
            severity="critical",
        ),
        finding(
            "viewing_history",
            "viewing_history.video_progress",
            GOOGLE,
            "f06",
            "body.json.events[2].params.video_title",
            "/g/collect",
            source,
            evidence="video_title=Some…Film",
            severity="medium",
        ),
        finding(
            "viewing_history",
            "viewing_history.video_progress",
            FIRST,
            "f07",
            "body.json.progress",
            "/api/watch/1234567890/progress",
            source,
            evidence="progress=0.42",
            severity="low",
        ),
    ]


def write_jsonl(path: Path, findings: list[Finding]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for item in findings:
            f.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    return path


def write_har(path: Path, urls: list[str]) -> Path:
    """A minimal HAR 1.2 file of GET requests, to run the real engine on."""
    entries = [
        {
            "startedDateTime": f"2025-03-01T10:00:{i:02d}.000Z",
            "time": 1,
            "request": {
                "method": "GET",
                "url": url,
                "httpVersion": "HTTP/1.1",
                "headers": [],
                "queryString": [],
                "cookies": [],
                "headersSize": -1,
                "bodySize": 0,
            },
            "response": {
                "status": 200,
                "statusText": "OK",
                "httpVersion": "HTTP/1.1",
                "headers": [],
                "cookies": [],
                "content": {"size": 0, "mimeType": "text/plain"},
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": 0,
            },
            "cache": {},
            "timings": {"send": 0, "wait": 0, "receive": 0},
        }
        for i, url in enumerate(urls)
    ]
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return path
