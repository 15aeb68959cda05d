"""Ordinary traffic between the apps: weather for Aberystwyth and Galway, bus and
rail times, crash reports with trace ids, update checks with commit hashes, a
Welsh-Irish dictionary look-up and CDN images. None of it carries biometric data,
viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def tywydd(c: Context) -> Flow:
    lat, lon = c.rng.choice([(52.41, -4.08), (51.48, -3.18), (53.27, -9.05), (53.35, -6.26)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 6, 1) for _ in range(24)]},
        }
    )
    return b.build()


def bws(c: Context) -> Flow:
    b = _b(
        c, "transport", "GET", "https://api.traveline-cymru.example/v1/amseroedd?stop=5310AWA10525"
    )
    b.ok_json({"ymadawiadau": [{"llwybr": "T1", "amser": iso(c)} for _ in range(3)]})
    return b.build()


def irish_rail(c: Context) -> Flow:
    b = _b(c, "transport", "GET", "https://api.iarnrod.example/v1/traenacha?stáisiún=GALWY")
    b.ok_json(
        {"traenacha": [{"ceann_scríbe": "Baile Átha Cliath Heuston", "moill": c.rng.randint(0, 9)}]}
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o92271.ingest.sentry.io/api/6620013/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "cocoa",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NSInternalInconsistencyException", "value": "Invalid update"}]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def geiriadur(c: Context) -> Flow:
    word = c.rng.choice(["wyneb", "llais", "aghaidh", "guth", "gwylio", "féachaint"])
    b = _b(c, "dict", "GET", f"https://geiriadur.example/api/chwilio?gair={word}")
    b.decoy("dictionary look-up of words for face / voice / watching")
    b.ok_json({"gair": word, "ystyron": ["face" if word in ("wyneb", "aghaidh") else "other"]})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.3.2", "commit": new_hex(c.rng, 40)})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://img.clywed.example/delweddau/{new_hex(c.rng, 24)}/640x360.jpg"
    )
    b.decoy("programme thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sgwrs(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["wela i di nes mlaen", "slán go fóill"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"status": "delivered"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    tywydd,
    bws,
    irish_rail,
    sentry,
    geiriadur,
    update_check,
    cdn_image,
    sgwrs,
    tywydd,
]
