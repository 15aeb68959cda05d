"""Ordinary traffic between the apps: Neshan map tiles, prayer times, weather,
gold-coin prices, a classifieds app, a shop order, a news article about face
recognition, an OTP sign-up with self-declared gender, a VPN's server list,
crash reports. None of it carries biometric data, viewing history or a device
identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.10.0")
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


def _tile(c: Context, z: int) -> int:
    return c.rng.randint(0, 2**z)


def neshan_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = _b(
        c,
        "neshan",
        "GET",
        f"https://api.neshan.org/v4/static/tiles/{z}/{_tile(c, z)}/{_tile(c, z)}.pbf",
    )
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lng = rf(c.rng, 32.6, 35.8, 3), rf(c.rng, 51.3, 51.7, 3)
    b = _b(c, "owghat", "GET", f"https://api.owghat.example/v1/owghat?lat={lat}&lng={lng}")
    b.decoy("coordinates and prayer times")
    b.ok_json({"sobh": "05:21", "zohr": "12:03", "maghreb": "17:22", "shahr": "تهران"})
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "weather", "GET", "https://api.havashenasi.example/v2/forecast?shahr=esfahan")
    b.ok_json(
        {"dama": [rf(c.rng, -2, 22, 1) for _ in range(24)], "aloodegi_aqi": c.rng.randint(40, 190)}
    )
    return b.build()


def coin_prices(c: Context) -> Flow:
    b = _b(c, "tala", "GET", "https://api.talasekke.example/v1/gheymat?noe=emami&baze=24h")
    b.decoy("gold-coin price series (floats, not a face)")
    b.ok_json(
        {"noe": "sekke_emami", "gheymatha": [c.rng.randint(40, 48) * 10**6 for _ in range(24)]}
    )
    return b.build()


def classifieds(c: Context) -> Flow:
    b = _b(c, "agahi", "GET", "https://api.agahiban.example/v8/search/tehran/mobile-phones")
    b.decoy("ads for second-hand phones with listing tokens (other people's devices)")
    b.ok_json(
        {
            "agahiha": [
                {
                    "token": new_hex(c.rng, 8),
                    "onvan": "گلکسی A54 تمیز",
                    "gheymat": c.rng.randint(15, 25) * 10**6,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kharidkala.example/v2/sefaresh")
    b.decoy("order number and idempotency key")
    b.json({"kala": [{"dkp": c.rng.randint(10**6, 10**7), "tedad": 1}], "idempotency": rid(c.rng)})
    b.ok_json({"shomare_sefaresh": "KK-" + str(c.rng.randint(10**7, 10**8))})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "akhbar",
        "GET",
        f"https://api.khabarfori.example/v1/khabar/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("news article about face recognition cameras (text about faces, no face data)")
    b.ok_json(
        {
            "titr": "نصب دوربین‌های تشخیص چهره در مترو",
            "matn": "سامانه تشخیص چهره (face recognition) با ۶۸ نقطه چهره ...",
            "tags": ["face", "chehre", "landmarks"],
        }
    )
    return b.build()


def otp_signup(c: Context) -> Flow:
    b = _b(c, "signup", "POST", "https://api.kharidkala.example/v2/sabtenam")
    b.decoy("sign-up form with self-declared gender and birth date")
    b.json(
        {
            "nam": "Sara",
            "jensiat": "zan",
            "tarikh_tavalod": "1369-04-12",
            "otp": str(c.rng.randint(10**4, 10**5)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def vpn_servers(c: Context) -> Flow:
    b = _b(c, "vpn", "GET", "https://cfg.tunnelyar.example/api/servers")
    b.decoy("VPN server list with server ids and public keys (the provider's machines)")
    b.ok_json(
        {
            "servers": [
                {"id": rid(c.rng), "country": k, "pubkey": new_hex(c.rng, 44)}
                for k in ("DE", "NL", "TR")
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o77120.ingest.sentry.io/api/4410023/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": event_id, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": event_id,
                    "platform": "java",
                    "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                    "exception": {
                        "values": [{"type": "SocketTimeoutException", "value": "timeout"}]
                    },
                }
            ),
        ]
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.ir-ntp.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Tehran", "shamsi": "1405/09/10"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    neshan_tile,
    neshan_tile,
    prayer_times,
    weather,
    coin_prices,
    classifieds,
    shop_order,
    news_article,
    otp_signup,
    vpn_servers,
    sentry_crash,
    time_sync,
]
