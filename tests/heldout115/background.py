"""Ordinary traffic between the apps: JMA weather, transit routes, crash
envelopes with trace ids, chat, coupons, map tiles. None of it is sensitive."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "CFNetwork/1496.0.7 Darwin/23.5.0")
    return b


def connectivity(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    area = c.rng.choice(["270000", "400000"])
    b = _b(
        c,
        "jma",
        "GET",
        f"https://www.jma.go.jp/bosai/forecast/data/forecast/{area}.json",
    )
    b.decoy("temperature series and area codes")
    b.ok_json(
        {"publishingOffice": "大阪管区気象台", "temps": [c.rng.randint(8, 22) for _ in range(8)]}
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(c, "norikae", "GET", "https://api.norikae-navi.example/v1/route?from=梅田&to=博多")
    b.decoy("route with station coordinates")
    b.ok_json(
        {
            "legs": [
                {"lat": rf(c.rng, 33.5, 34.8, 5), "lng": rf(c.rng, 130.3, 135.6, 5)}
                for _ in range(6)
            ],
            "fare": 15600,
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41234.ingest.sentry.io/api/6612345/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": event_id, "sent_at": iso(c)}),
                js({"type": "event"}),
                js({"event_id": event_id, "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}}}),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://talk.kazoku-chat.example/v1/messages")
    b.json(
        {
            "roomId": rid(c.rng),
            "text": c.rng.choice(["今日は何時に帰る?", "了解!", "博多駅着いたよ"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def coupon(c: Context) -> Flow:
    b = _b(c, "coupon", "GET", "https://api.konbini-coupon.example/v2/coupons?store=osaka")
    b.decoy("coupon list with order-like codes")
    b.ok_json({"coupons": [{"code": new_hex(c.rng, 12).upper(), "割引": 50} for _ in range(3)]})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase-rc",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/hikari/namespaces/firebase:fetch",
    )
    b.decoy("remote config flags")
    b.ok_json({"entries": {"enable_face_login": "true", "watch_history_sync": "false"}})
    return b.build()


def rental_wifi(c: Context) -> Flow:
    b = _b(c, "pocketwifi", "GET", "https://status.rental-wifi.example/api/v1/device/status")
    b.decoy("a RENTED pocket Wi-Fi router's IMEI and serial: the rental company's device, lent")
    imei = "86" + "".join(str(c.rng.randint(0, 9)) for _ in range(13))
    b.ok_json({"imei": imei, "serial": "RW" + new_hex(c.rng, 8).upper(), "battery": 71})
    return b.build()


def pet_camera(c: Context) -> Flow:
    b = _b(c, "petcam", "POST", "https://api.nyanko-cam.example/v1/events")
    b.decoy("a cat's face detected by the pet camera (animal face box, not a person)")
    b.json({"event": "neko_kao_kenshutsu", "bbox": [120, 88, 210, 170], "confidence": 0.93})
    b.ok_json({"ok": True})
    return b.build()


def signage_playout(c: Context) -> Flow:
    b = _b(c, "signage", "GET", "https://api.eki-signage.example/v1/playout?station=hakata")
    b.decoy("station signage playout log (a business's proof-of-play, not a person's viewing)")
    b.ok_json({"playout": [{"ad_id": c.rng.randint(1000, 9999), "played_at": iso(c), "sec": 15}]})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    weather,
    transit,
    sentry,
    chat,
    coupon,
    remote_config,
    weather,
    chat,
]
