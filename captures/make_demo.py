"""Write the demo session in this folder: `demo-shortvideo.har` and `known.yaml`.

A fictional short-video app ("ShortClips") on a test phone: device registration,
feed, watch events, a face-effect upload with landmarks, analytics and attribution
SDKs sending to third parties, and ordinary benign traffic. All identifiers are made
up for the demo. Run `python captures/make_demo.py` to regenerate; the output is
deterministic, so the committed files only change when this script does.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import math
import random
import struct
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
START = 1_732_872_000.0  # 2024-11-29T09:20:00Z

PHONE = {
    "advertising_id": "5b2f1c9e-8d3a-4e7b-9f61-2c4d8a7e3b10",
    "android_id": "a3f91c07d2e4b658",
    "imei": "356938035643809",
    "install_id": "7441208853120165638",
    "device_id": "7441208712034567001",
    "mac": "a4:50:46:1c:9e:2f",
}
UA = "ShortClips/32.4.1 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004)"

# Server addresses as seen by the phone (documented ranges of each operator).
SERVERS = {
    "api.shortclips.example": "192.0.2.10",
    "log.shortclips.example": "192.0.2.11",
    "effects.shortclips.example": "192.0.2.12",
    "cdn.shortclips.example": "192.0.2.13",
    "app.adjust.com": "185.151.204.10",
    "graph.facebook.com": "157.240.201.15",
    "app-measurement.com": "142.250.185.78",
    "launches.appsflyer.com": "52.85.151.23",
    "api16-access-sg.pangle.io": "161.117.70.145",
    "api-us.faceplusplus.com": "47.252.6.225",
    "api.segment.io": "54.192.18.101",
    "api.openweathermap.org": "37.139.20.5",
    "fonts.gstatic.com": "142.250.185.99",
}


def _landmarks(n: int, rng: random.Random) -> list[list[float]]:
    return [[round(rng.uniform(0.2, 0.8), 4), round(rng.uniform(0.2, 0.8), 4)] for _ in range(n)]


def _embedding(rng: random.Random, size: int = 128) -> list[float]:
    raw = [rng.gauss(0, 1) for _ in range(size)]
    norm = math.sqrt(sum(x * x for x in raw))
    return [round(x / norm, 6) for x in raw]


def requests() -> list[dict]:
    """The session, in order: each a request (and a short response)."""
    rng = random.Random(20241129)
    p = PHONE
    aaid_sha1 = hashlib.sha1(p["advertising_id"].encode()).hexdigest()
    header_json = {
        "device_id": p["device_id"],
        "install_id": p["install_id"],
        "openudid": p["android_id"],
        "google_aid": p["advertising_id"],
        "os": "Android",
        "os_version": "14",
        "device_model": "Pixel 7",
    }
    feed_items = [
        {"aweme_id": str(7_301_000_000_000_000_000 + i), "desc": "clip"} for i in range(6)
    ]
    out: list[dict] = [
        {
            "url": "https://api.shortclips.example/service/2/device_register/",
            "headers": {"content-type": "application/json", "content-encoding": "gzip"},
            "body": gzip.compress(
                json.dumps({"header": header_json, "magic_tag": "ss_app_log"}).encode(), mtime=0
            ),
            "response": {
                "json": {"device_id": int(p["device_id"]), "install_id": int(p["install_id"])}
            },
        },
        {
            "url": "https://api.shortclips.example/aweme/v1/feed/?count=6&type=0",
            "method": "GET",
            "response": {"json": {"aweme_list": feed_items}},
        },
        {
            "url": "https://cdn.shortclips.example/video/tos/7301000000000000001.mp4",
            "method": "GET",
            "response": {"body": b"\x00\x00\x00\x18ftypmp42", "type": "video/mp4"},
        },
    ]
    for i, item in enumerate(feed_items[:4]):
        event = {
            "event": "video_play_finish",
            "params": {
                "aweme_id": item["aweme_id"],
                "play_time": 8000 + 3100 * i,
                "enter_from": "homepage_hot",
            },
            "ts": int(START) + 30 + i * 12,
        }
        out.append(
            {
                "url": "https://log.shortclips.example/service/2/app_log/",
                "headers": {"content-type": "application/json", "content-encoding": "gzip"},
                "body": gzip.compress(
                    json.dumps({"header": header_json, "event_v3": [event]}).encode(), mtime=0
                ),
            }
        )
    out += [
        {
            "url": "https://api.segment.io/v1/track",
            "headers": {"content-type": "application/json", "authorization": "Basic d3JpdGVrZXk6"},
            "body": json.dumps(
                {
                    "event": "Video Content Playing",
                    "anonymousId": "c1d2e3f4-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
                    "properties": {
                        "asset_id": feed_items[1]["aweme_id"],
                        "position": 42,
                        "total_length": 61,
                    },
                    "context": {
                        "device": {"advertisingId": p["advertising_id"], "adTrackingEnabled": True}
                    },
                }
            ).encode(),
        },
        {
            "url": "https://effects.shortclips.example/effect/v2/face/upload",
            "headers": {"content-type": "application/json"},
            "body": json.dumps(
                {
                    "effect_id": "1188",
                    "face_info": {
                        "face_landmarks": _landmarks(106, rng),
                        "yaw": -3.1,
                        "pitch": 4.2,
                        "roll": 0.7,
                    },
                }
            ).encode(),
        },
        {
            "url": "https://api-us.faceplusplus.com/facepp/v3/detect",
            "multipart": {
                "api_key": "demo-key",
                "return_attributes": "gender,age,emotion,ethnicity",
                "image_file": (
                    "selfie.jpg",
                    "image/jpeg",
                    b"\xff\xd8\xff\xe0" + bytes(rng.getrandbits(8) for _ in range(64)),
                ),
            },
            "response": {
                "json": {
                    "faces": [
                        {
                            "face_token": "ed319e807e039ae669a4d1af0922a0c8",
                            "attributes": {
                                "gender": {"value": "Female"},
                                "age": {"value": 27},
                                "emotion": {"happiness": 92.1, "neutral": 7.9},
                                "ethnicity": {"value": "ASIAN"},
                                "headpose": {
                                    "yaw_angle": -3.1,
                                    "pitch_angle": 4.2,
                                    "roll_angle": 0.7,
                                },
                            },
                        }
                    ]
                }
            },
        },
        {
            "url": "https://api.shortclips.example/effect/v2/face/embedding",
            "headers": {"content-type": "application/x-www-form-urlencoded"},
            "form": {
                "uid": "88412",
                "face_vec": base64.b64encode(struct.pack("<128f", *_embedding(rng))).decode(),
                "model": "fr-v3",
            },
        },
        {
            "url": "https://app.adjust.com/session?"
            + urlencode(
                {
                    "app_token": "2fm9gkqubvpc",
                    "gps_adid": p["advertising_id"],
                    "android_uuid": "9b1c6f0e-0c1a-4d0f-b3b1-6b5f1f2f8a11",
                    "created_at": "2024-11-29T09:20:31.114Z+0000",
                    "environment": "production",
                }
            ),
            "method": "POST",
        },
        {
            "url": "https://graph.facebook.com/v19.0/1234567890/activities",
            "form": {
                "event": "CUSTOM_APP_EVENTS",
                "advertiser_id": p["advertising_id"],
                "anon_id": "XZ" + "d4f1c2b3-5a6e-4b7c-8d9e-0f1a2b3c4d5e",
                "custom_events": json.dumps(
                    [{"_eventName": "fb_mobile_content_view", "fb_content_type": "video"}]
                ),
                "extinfo": json.dumps(
                    ["a2", "com.shortclips.app", "3240100", "32.4.1", "14", "Pixel 7"]
                ),
            },
        },
        {
            "url": "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=com.shortclips.app",
            "headers": {"content-type": "application/json"},
            "body": json.dumps(
                {
                    "advertiserId": p["advertising_id"],
                    "deviceData": {"imei": p["imei"], "android_id": p["android_id"]},
                    "eventName": "af_content_view",
                    "eventValue": json.dumps(
                        {"af_content_id": feed_items[2]["aweme_id"], "af_content_type": "video"}
                    ),
                }
            ).encode(),
        },
        {
            "url": "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/",
            "headers": {"content-type": "application/json"},
            "body": json.dumps(
                {
                    "app": {"appid": "5012345"},
                    "device": {
                        "gaid": p["advertising_id"],
                        "android_id": p["android_id"],
                        "mac": p["mac"],
                        "model": "Pixel 7",
                    },
                    "ad_info": json.dumps({"sha1_gaid": aaid_sha1.upper()}),
                }
            ).encode(),
        },
        {
            "url": "https://app-measurement.com/a",
            "headers": {"content-type": "application/x-protobuf"},
            "body": b"\x0a\x35\x12\x33\x0a\x0bscreen_view\x1a\x24" + p["advertising_id"].encode(),
        },
        # Benign traffic: weather, fonts, a settings fetch with request ids.
        {
            "url": "https://api.openweathermap.org/data/2.5/weather?lat=52.37&lon=4.89&units=metric",
            "method": "GET",
            "response": {"json": {"weather": [{"main": "Clouds"}], "main": {"temp": 7.3}}},
        },
        {
            "url": "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2",
            "method": "GET",
        },
        {
            "url": "https://api.shortclips.example/api/v1/settings",
            "method": "GET",
            "headers": {"x-request-id": "3f0e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"},
            "response": {"json": {"dark_mode": True, "trace_id": "a1b2c3d4e5f60718"}},
        },
    ]
    return out


def _multipart(parts: dict) -> tuple[bytes, str]:
    boundary = "----shortclips7MA4YWxkTrZu0gW"
    chunks = []
    for name, value in parts.items():
        if isinstance(value, tuple):
            filename, ctype, data = value
            head = (
                f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {ctype}\r\n\r\n"
            )
        else:
            head, data = f'Content-Disposition: form-data; name="{name}"\r\n\r\n', value.encode()
        chunks.append(f"--{boundary}\r\n{head}".encode() + data + b"\r\n")
    return b"".join(
        chunks
    ) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def materialise(spec: dict) -> tuple[str, str, dict[str, str], bytes, int, dict[str, str], bytes]:
    headers = {"user-agent": UA, **spec.get("headers", {})}
    body = spec.get("body", b"")
    if "form" in spec:
        body = urlencode(spec["form"]).encode()
        headers.setdefault("content-type", "application/x-www-form-urlencoded")
    if "multipart" in spec:
        body, headers["content-type"] = _multipart(spec["multipart"])
    method = spec.get("method", "POST" if body else "GET")
    res = spec.get("response", {})
    rheaders = {"content-type": res.get("type", "application/json")}
    rbody = json.dumps(res["json"]).encode() if "json" in res else res.get("body", b"{}")
    return method, spec["url"], headers, body, 200, rheaders, rbody


def write_har(path: Path) -> None:
    entries = []
    for i, spec in enumerate(requests()):
        method, url, headers, body, status, rheaders, rbody = materialise(spec)
        host = url.split("/")[2]
        request = {
            "method": method,
            "url": url,
            "httpVersion": "HTTP/2",
            "headers": [{"name": k, "value": v} for k, v in headers.items()],
            "queryString": [],
            "cookies": [],
            "headersSize": -1,
            "bodySize": len(body),
        }
        if body:
            request["postData"] = {
                "mimeType": headers.get("content-type", ""),
                "text": base64.b64encode(body).decode(),
                "encoding": "base64",
            }
        entries.append(
            {
                "startedDateTime": _iso(START + i * 2.5),
                "time": 85,
                "request": request,
                "response": {
                    "status": status,
                    "statusText": "OK",
                    "httpVersion": "HTTP/2",
                    "headers": [{"name": k, "value": v} for k, v in rheaders.items()],
                    "cookies": [],
                    "content": {
                        "size": len(rbody),
                        "mimeType": rheaders["content-type"],
                        "text": rbody.decode("latin-1"),
                    },
                    "redirectURL": "",
                    "headersSize": -1,
                    "bodySize": len(rbody),
                },
                "cache": {},
                "timings": {"send": 1, "wait": 80, "receive": 4},
                "serverIPAddress": SERVERS[host],
            }
        )
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "exfilwatch demo", "version": "1"},
            "entries": entries,
        }
    }
    path.write_text(json.dumps(har, indent=1))


def write_flows(path: Path) -> None:
    """The same session as a mitmproxy flow dump (what `mitmdump -w` writes)."""
    from mitmproxy import http, io
    from mitmproxy.test import tflow

    with path.open("wb") as f:
        writer = io.FlowWriter(f)
        for i, spec in enumerate(requests()):
            method, url, headers, body, status, rheaders, rbody = materialise(spec)
            flow = tflow.tflow(resp=True)
            flow.id = f"00000000-0000-4000-8000-{i:012d}"
            flow.request = http.Request.make(method, url, b"", headers)
            flow.request.raw_content = body
            flow.request.timestamp_start = START + i * 2.5
            flow.response = http.Response.make(status, rbody, rheaders)
            flow.server_conn.peername = (SERVERS[url.split("/")[2]], 443)
            writer.add(flow)


def _iso(epoch: float) -> str:
    from datetime import UTC, datetime

    return (
        datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def main() -> None:
    """Writes the HAR and known.yaml here; `--flows PATH` also writes the flow dump."""
    import sys

    write_har(HERE / "demo-shortvideo.har")
    if "--flows" in sys.argv:
        write_flows(Path(sys.argv[sys.argv.index("--flows") + 1]))
    (HERE / "known.yaml").write_text(
        "# The demo phone's identifiers: exfilwatch scan captures/ --known captures/known.yaml\n"
        + "".join(f"{k}: {json.dumps(v)}\n" for k, v in PHONE.items())
    )


if __name__ == "__main__":
    main()
