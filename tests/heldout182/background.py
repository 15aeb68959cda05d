"""Ordinary traffic between the apps: weather, Budapest transit departures, map
tiles, crash reports with trace ids, a news article about face recognition, a
mobile parking payment, update checks. None of it carries biometric data,
viewing history or a device identifier of the family."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, near, rf, rid


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


def idojaras(c: Context) -> Flow:
    lat, lon = near(c.rng, c.rng.choice(["Budapest", "Debrecen", "Szeged"]))
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -3, 18, 1) for _ in range(24)]},
        }
    )
    return b.build()


def bkk_indulasok(c: Context) -> Flow:
    stop = c.rng.choice(["BKK_F01000", "BKK_F00947", "BKK_056215"])
    b = _b(
        c,
        "futar",
        "GET",
        f"https://futar.bkk.hu/api/query/v1/ws/otp/api/where/arrivals-and-departures-for-stop.json?stopId={stop}&minutesAfter=30",
    )
    b.decoy("stop ids, trip ids and vehicle ids of public buses (public equipment)")
    b.ok_json(
        {
            "data": {
                "entry": {
                    "stopId": stop,
                    "stopTimes": [
                        {
                            "tripId": f"BKK_C{c.rng.randint(10000, 99999)}",
                            "vehicleId": f"BKK_{c.rng.randint(1000, 9999)}",
                            "departureTime": int(c.now) + 300,
                        }
                    ],
                }
            }
        }
    )
    return b.build()


def terkep(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118223.ingest.sentry.io/api/4506611/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "os": {"name": "Android", "version": "14"},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def hircikk(c: Context) -> Flow:
    b = _b(
        c, "hirek", "GET", f"https://api.hirportal.example/cikkek/{c.rng.randint(100000, 999999)}"
    )
    b.decoy("news article about face recognition in Budapest (text about faces)")
    b.ok_json(
        {
            "cim": "Arcfelismerő kamerák a metróban? Mit tud a rendőrség",
            "rovat": "tech",
            "szoveg": "Az arcfelismerés és a biometrikus azonosítás szabályai… arcképek, sablonok.",
            "megtekintesek": c.rng.randint(1000, 90000),
        }
    )
    return b.build()


def parkolas(c: Context) -> Flow:
    lat, lon = near(c.rng, "Szeged")
    b = _b(c, "parkolas", "POST", "https://api.parkolo-app.example/v1/parkolasok")
    b.decoy("parking zone, plate and coordinates")
    b.json({"zona": "6722", "rendszam": "AB CD-123", "lat": lat, "lng": lon, "perc": 60})
    b.ok_json({"parkolas_id": rid(c.rng), "dij": 450})
    return b.build()


def frissites(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.miui-example.com/v1/check?channel=stable")
    b.decoy("commit hash and build number")
    b.ok_json({"version": "OS1.0.7.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def kep(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.hirportal.example/img/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def ido(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Budapest"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    idojaras,
    bkk_indulasok,
    terkep,
    sentry,
    hircikk,
    parkolas,
    frissites,
    kep,
    ido,
    kep,
    idojaras,
]
