"""Ordinary traffic between the apps: connectivity checks, weather for Port
Moresby / Lae / Port Vila / Luganville, copra and kava prices, inter-island
boat schedules, a family photo uploaded to a cloud album, an SMS-code login to
a news site, map tiles, crash reports with trace ids, update checks. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid

CITIES = [(-9.44, 147.18), (-6.72, 146.99), (-17.73, 168.32), (-15.51, 167.18)]


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


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
    )
    b.decoy("coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 23, 33, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 8, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def kopra_kava(c: Context) -> Flow:
    b = _b(c, "markets", "GET", f"https://api.maketpraes.example/v1/praes?de={iso(c)[:10]}")
    b.decoy("copra and kava prices with dates")
    b.ok_json(
        {
            "kopra": {
                "PGK_tonne": rf(c.rng, 900, 1300, 0),
                "VUV_tonne": rf(c.rng, 45000, 70000, 0),
            },
            "kava": {"VUV_kg_drae": rf(c.rng, 2500, 4000, 0), "aelan": "Pentecost"},
            "kakao": {"PGK_kg": rf(c.rng, 8, 14, 2)},
            "apdet": iso(c),
        }
    )
    return b.build()


def sip_taimtebol(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.vanuatuferry.example/v2/trip?from=VLI&de=" + iso(c)[:10])
    b.decoy("boat schedule with departure times and booking ref")
    b.ok_json(
        {
            "trip": [
                {
                    "sip": s,
                    "go": g,
                    "livim": iso(c),
                    "sit": c.rng.randint(0, 80),
                    "bukim": "BK" + new_hex(c.rng, 8).upper(),
                }
                for s, g in (("MV Big Sista", "Luganville"), ("MV Sarafenua", "Malekula"))
            ]
        }
    )
    return b.build()


def png_boat(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.rabaulshipping.example/schedule?port=LAE")
    b.decoy("coastal boat schedule (departure times)")
    b.ok_json({"sailings": [{"vessel": "MV Kokopo Queen", "to": "Finschhafen", "dep": iso(c)}]})
    return b.build()


def famili_foto(c: Context) -> Flow:
    boundary = new_hex(c.rng, 32)
    b = _b(c, "photos", "POST", "https://upload.fotobuk-pasifik.example/v1/album/famili/upload")
    b.decoy("ordinary family photo upload to a cloud album (no face analysis)")
    b.set_body(
        multipart(
            boundary,
            [
                ("album", None, None, b"Krismas long ples"),
                ("file", "IMG_2024.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "id": new_hex(c.rng, 16),
            "url": f"https://p.fotobuk-pasifik.example/{new_hex(c.rng, 24)}.jpg",
        }
    )
    return b.build()


def nius_sms_kod(c: Context) -> Flow:
    b = _b(c, "news", "POST", "https://api.postcourier-nius.example/v1/login/sms")
    b.decoy("SMS one-time code")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "session": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def nius(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.postcourier-nius.example/v1/articles?cat=nesenel&t={ms(c)}"
    )
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in (
                    "Kumuls name squad for Pacific Bowl",
                    "Rain expected in Morobe",
                    "Kina steady",
                )
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44128.ingest.sentry.io/api/7719043/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.pasifik-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.1", "commit": new_hex(c.rng, 40), "notes": "Stretim ol bagarap"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    kopra_kava,
    sip_taimtebol,
    png_boat,
    famili_foto,
    nius_sms_kod,
    nius,
    map_tile,
    sentry_crash,
    update_check,
    fonts,
    weather,
    kopra_kava,
]
