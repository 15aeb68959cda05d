"""Ordinary traffic between the apps: connectivity, weather, maps, CDN, crash
envelopes with trace ids, news, pharmacy on duty, bus times, a marketplace order.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

SEHIRLER = {"İstanbul": (41.01, 28.97), "İzmir": (38.42, 27.14), "Diyarbakır": (37.91, 40.23)}


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


def hava(c: Context) -> Flow:
    lat, lon = c.rng.choice(list(SEHIRLER.values()))
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m&timezone=Europe%2FIstanbul",
    )
    b.decoy("weather forecast for a city's coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 2, 24, 1) for _ in range(24)]},
        }
    )
    return b.build()


def harita(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.pazaryeri.example/urun/{new_hex(c.rng, 32)}/400.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o271183.ingest.sentry.io/api/4504120/envelope/")
    b.decoy("crash envelope with event and trace ids")
    eid = new_hex(c.rng, 32)
    header = {"event_id": eid, "sent_at": iso(c)}
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    body = "\n".join([js(header), js({"type": "event"}), js(event)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def nobetci_eczane(c: Context) -> Flow:
    b = _b(
        c,
        "eczane",
        "GET",
        f"https://api.nobetcieczane.example/v1/liste?il=diyarbakir&ilce=kayapinar&t={ms(c)}",
    )
    b.decoy("pharmacies on duty with coordinates and phone numbers")
    b.ok_json(
        {
            "eczaneler": [
                {
                    "ad": "Şifa Eczanesi",
                    "tel": "0412 251 00 00",
                    "enlem": rf(c.rng, 37.9, 37.95),
                    "boylam": rf(c.rng, 40.1, 40.3),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def otobus(c: Context) -> Flow:
    b = _b(
        c,
        "eshot",
        "GET",
        f"https://api.ulasim-izmir.example/durak/{c.rng.randint(10000, 60000)}/varis",
    )
    b.decoy("bus arrival times and vehicle positions")
    b.ok_json(
        {
            "hatlar": [
                {
                    "hat": str(c.rng.randint(100, 999)),
                    "dk": c.rng.randint(1, 30),
                    "aracKonum": [rf(c.rng, 38.3, 38.5), rf(c.rng, 27, 27.3)],
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def siparis(c: Context) -> Flow:
    b = _b(c, "pazaryeri", "POST", "https://api.pazaryeri.example/v2/siparis")
    b.decoy("marketplace order with order number and price list")
    b.json(
        {
            "sepet": [
                {"urun": new_hex(c.rng, 10), "fiyat": rf(c.rng, 20, 900, 2)} for _ in range(3)
            ],
            "istekId": rid(c.rng),
        }
    )
    b.ok_json({"siparisNo": f"PY{c.rng.randint(10**9, 10**10)}"})
    return b.build()


def saat_esitle(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.pazaryeri.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Istanbul"})
    return b.build()


def kayit_formu(c: Context) -> Flow:
    b = _b(c, "pazaryeri", "POST", "https://api.pazaryeri.example/v2/uye-ol")
    b.decoy("sign-up form: name, phone, self-declared gender")
    b.json(
        {
            "adSoyad": "Rojda Demir",
            "telefon": "0532 000 00 00",
            "cinsiyet": "kadın",
            "kvkkOnay": True,
        }
    )
    b.ok_json({"uyeNo": c.rng.randint(10**7, 10**8)})
    return b.build()


def haber_makale(c: Context) -> Flow:
    b = _b(
        c, "haber", "GET", f"https://www.haberport.example/api/makale/{c.rng.randint(10**6, 10**7)}"
    )
    b.decoy("article about face recognition at airports (text about faces)")
    b.ok_json(
        {
            "baslik": "Havalimanlarında yüz tanıma dönemi",
            "ozet": "Yüz tanıma sistemleri...",
            "okunma": c.rng.randint(100, 90000),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    hava,
    harita,
    cdn,
    sentry,
    nobetci_eczane,
    otobus,
    siparis,
    saat_esitle,
    kayit_formu,
    haber_makale,
    harita,
    cdn,
]
