"""The phone's own background traffic and shared services: connectivity checks,
crash reports (Sentry envelopes with trace ids and release hashes), map tiles,
web fonts, an article about face recognition, a status page. All negatives.

Sentry envelope format: https://develop.sentry.dev/sdk/envelopes/ (a header
line, then item header / payload pairs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, chrome_ua, iso, okhttp, req_id


def generate_204(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)")
    fb.respond(204, None)
    return fb.build()


def sentry(ctx: Context) -> Flow:
    app = ctx.rng.choice(["tunely", "arenalive", "porchcam", "learnly", "skycast"])
    project = ctx.rng.randint(1000000, 9999999)
    fb = FB(
        ctx,
        "sentry",
        "POST",
        f"https://o{ctx.rng.randint(10000, 99999)}.ingest.sentry.io/api/{project}/envelope/",
    )
    fb.header("user-agent", "sentry.java.android/7.8.0")
    fb.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.8.0,"
        f"sentry_key={new_hex(ctx.rng, 32)}",
    )
    event_id = new_hex(ctx.rng, 32)
    trace = new_hex(ctx.rng, 32)
    release = new_hex(ctx.rng, 40)
    for d in (event_id, trace, release):
        fb.decoy(d)
    event = {
        "event_id": event_id,
        "timestamp": iso(ctx),
        "platform": "java",
        "release": f"com.{app}.app@{ctx.rng.randint(1, 9)}.{ctx.rng.randint(0, 40)}+{release}",
        "contexts": {
            "trace": {"trace_id": trace, "span_id": new_hex(ctx.rng, 16)},
            "os": {"name": "Android", "version": "14"},
        },
        "exception": {
            "values": [
                {
                    "type": "IllegalStateException",
                    "value": "Fragment not attached to a context.",
                    "stacktrace": {
                        "frames": [
                            {
                                "function": "onResume",
                                "module": f"com.{app}.ui.MainFragment",
                                "lineno": ctx.rng.randint(20, 400),
                            }
                        ]
                    },
                }
            ]
        },
    }
    lines = [
        js({"event_id": event_id, "sent_at": iso(ctx)}),
        js({"type": "event", "content_type": "application/json"}),
        js(event),
    ]
    fb.set_body(("\n".join(lines) + "\n").encode(), "application/x-sentry-envelope", "gzip")
    fb.ok_json({"id": event_id})
    return fb.build()


def map_tile(ctx: Context) -> Flow:
    z = ctx.rng.randint(12, 16)
    fb = FB(
        ctx,
        "mapbox",
        "GET",
        f"https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{ctx.rng.randint(4000, 9000)}/"
        f"{ctx.rng.randint(2000, 6000)}.vector.pbf",
    )
    fb.param("access_token", "pk.eyJ1IjoiYXBwIn0." + new_hex(ctx.rng, 22))
    fb.header("user-agent", okhttp())
    fb.respond(200, "application/x-protobuf", bytes(ctx.rng.getrandbits(8) for _ in range(400)))
    return fb.build()


def font(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "google-fonts",
        "GET",
        f"https://fonts.gstatic.com/s/inter/v13/{new_hex(ctx.rng, 24)}.woff2",
    )
    fb.header("user-agent", chrome_ua())
    fb.respond(200, "font/woff2", b"wOF2" + bytes(ctx.rng.getrandbits(8) for _ in range(300)))
    return fb.build()


def article(ctx: Context) -> Flow:
    """A news article about face recognition: talks about faces, carries none."""
    fb = FB(
        ctx,
        "news-web",
        "GET",
        "https://www.techreview-example.org/api/articles/face-recognition-doorbells",
    )
    fb.header("user-agent", chrome_ua())
    fb.ok_json(
        {
            "headline": "Your doorbell knows your face. Who else does?",
            "body": "Familiar-face features compute a face embedding from each visitor and "
            "compare it with a library of labelled faces. Landmarks around the eyes and "
            "mouth feed the model...",
            "tags": ["biometrics", "face recognition", "smart home"],
            "published": iso(ctx),
        }
    )
    return fb.build()


def status_page(ctx: Context) -> Flow:
    fb = FB(ctx, "statuspage", "GET", "https://status.hearth-home.io/api/v2/summary.json")
    fb.header("user-agent", okhttp())
    fb.ok_json(
        {
            "status": {"indicator": "none"},
            "components": [{"id": new_hex(ctx.rng, 12), "status": "operational"}],
        }
    )
    return fb.build()


def play_integrity(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "google-play",
        "POST",
        "https://playintegrity.googleapis.com/v1/" + new_hex(ctx.rng, 16) + ":decodeIntegrityToken",
    )
    fb.header("user-agent", okhttp())
    nonce = req_id(ctx.rng)
    fb.decoy(nonce)
    fb.json({"integrity_token": "eyJ" + new_hex(ctx.rng, 120), "nonce": nonce})
    fb.ok_json(
        {
            "tokenPayloadExternal": {
                "deviceIntegrity": {"deviceRecognitionVerdict": ["MEETS_DEVICE_INTEGRITY"]}
            }
        }
    )
    return fb.build()


BENIGN = [generate_204, sentry, map_tile, font, article, status_page, play_integrity, sentry]
