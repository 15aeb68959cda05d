"""Ordinary traffic between the apps: connectivity checks, weather for Surabaya /
Sidoarjo / Gresik, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a food order written in Suroboyoan (`maem` = eat),
prayer times with a countdown, news, fonts and the outpatient queue display.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

KOTA = [(-7.2575, 112.7521), (-7.4478, 112.7183), (-7.1566, 112.6555), (-7.1193, 112.4165)]


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


def cuaca(c: Context) -> Flow:
    lat, lon = c.rng.choice(KOTA)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 24, 35, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.beritajatim-cdn.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44182.ingest.sentry.io/api/5530127/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://update.rshusadawaras.example/v1/terbaru?kanal=stabil")
    b.decoy("commit hash")
    b.ok_json(
        {"versi": "7.4.1", "commit": new_hex(c.rng, 40), "catatan": "Perbaikan tampilan dasbor"}
    )
    return b.build()


def maem(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.maemyuk.example/v2/pesenan")
    b.decoy("order number")
    b.json(
        {
            "menu": [
                {"sku": f"RAWON-{c.rng.randint(100, 999)}", "jumlah": 1},
                {"sku": "ES-TEH", "jumlah": 2},
            ],
            "alamat": "RS Husada Waras, lobi IGD",
            "cathetan": "Sambele dipisah, rek",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "no_pesenan": "MY" + str(c.rng.randint(10**9, 10**10)),
            "total": c.rng.randint(25, 90) * 1000,
        }
    )
    return b.build()


def jadwal_sholat(c: Context) -> Flow:
    b = _b(c, "prayer", "GET", f"https://api.jadwalsholat.example/v1/kota/surabaya/{iso(c)[:10]}")
    b.decoy("prayer times with a countdown")
    b.ok_json(
        {
            "kota": "Surabaya",
            "jadwal": {
                "subuh": "03:51",
                "dzuhur": "11:21",
                "ashar": "14:44",
                "maghrib": "17:37",
                "isya": "18:52",
            },
            "berikutnya": "dzuhur",
            "sisa_detik": c.rng.randint(60, 20000),
        }
    )
    return b.build()


def berita(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.beritajatim.example/v1/artikel?kanal=surabaya&t={ms(c)}")
    b.ok_json(
        {
            "artikel": [
                {"id": c.rng.randint(10**5, 10**6), "judul": t}
                for t in (
                    "Banjir Rob di Kenjeran Surut",
                    "Persebaya Menang di GBT",
                    "Tol Waru Padat Pagi Ini",
                )
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def antrean(c: Context) -> Flow:
    poli = c.rng.choice(["radiologi", "dalam", "anak"])
    b = _b(c, "queue", "GET", f"https://antrean.rshusadawaras.example/api/v1/poli/{poli}")
    b.decoy("outpatient queue numbers and waiting minutes")
    b.ok_json(
        {
            "dipanggil": f"A{c.rng.randint(1, 80):03d}",
            "sisa_antrean": c.rng.randint(0, 40),
            "estimasi_menit": c.rng.randint(0, 120),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    cuaca,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    maem,
    jadwal_sholat,
    berita,
    fonts,
    antrean,
    cuaca,
    cdn_image,
]
