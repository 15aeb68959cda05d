"""Ordinary traffic between the apps on the administrator's phone: weather,
Metlink bus departures, maps, crash reports with trace ids, Google Classroom,
Gmail-free school chat, update checks with commit hashes, a supplier order,
fonts, time. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

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


def open_meteo(c: Context) -> Flow:
    lat, lon = rf(c.rng, -41.35, -41.2, 3), rf(c.rng, 174.7, 174.85, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=wind_speed_10m",
    )
    b.decoy("coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"wind_speed_10m": [rf(c.rng, 5, 70, 1) for _ in range(24)]},
        }
    )
    return b.build()


def metlink(c: Context) -> Flow:
    stop = c.rng.choice(["5000", "5006", "7018", "5514"])
    b = _b(
        c,
        "metlink",
        "GET",
        f"https://api.opendata.metlink.org.nz/v1/stop-predictions?stop_id={stop}",
    )
    b.header("x-api-key", new_hex(c.rng, 40))
    b.decoy("vehicle ids and trip ids (buses, not this phone)")
    b.ok_json(
        {
            "farezone": "1",
            "closed": False,
            "departures": [
                {
                    "stop_id": stop,
                    "service_id": s,
                    "trip_id": f"{s}__0__{c.rng.randint(100, 999)}__MMBL__"
                    + str(c.rng.randint(100, 999)),
                    "vehicle_id": str(c.rng.randint(1000, 5999)),
                    "departure": {"expected": iso(c)},
                    "status": "ontime",
                }
                for s in c.rng.sample(["2", "7", "14", "21", "22"], 3)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/15/{c.rng.randint(32250, 32270)}/"
        f"{c.rng.randint(20180, 20200)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450117.ingest.sentry.io/api/5811204/envelope/")
    b.decoy("event / trace ids in a crash report")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": c.rng.choice(["taputapu@3.7.2", "whakaatu@4.2.1", "hopu@7.1.4"]),
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "os": {"name": "Android", "version": "14"},
        },
        "exception": {
            "values": [
                {
                    "type": c.rng.choice(["SocketTimeoutException", "IllegalStateException"]),
                    "value": "timeout after 30000ms",
                }
            ]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def classroom(c: Context) -> Flow:
    b = _b(
        c,
        "classroom",
        "GET",
        "https://classroom.googleapis.com/v1/courses?teacherId=me&courseStates=ACTIVE",
    )
    b.header("authorization", "Bearer ya29." + rid(c.rng).replace("-", ""))
    b.ok_json(
        {
            "courses": [
                {
                    "id": str(c.rng.randint(10**11, 10**12)),
                    "name": n,
                    "section": "2026",
                    "courseState": "ACTIVE",
                }
                for n in ("13CS Computer Science", "10RT Digital Tech")
            ]
        }
    )
    return b.build()


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.kowhai-college.example/api/v1/chat.postMessage")
    b.json(
        {
            "channel": "#it-helpdesk",
            "text": c.rng.choice(
                ["B14 projector fixed", "Wi-Fi in the hall back up", "ka pai, thanks!"]
            ),
            "clientMsgId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True, "ts": f"{int(c.now)}.{c.rng.randint(100000, 999999)}"})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "updates",
        "GET",
        "https://updates.kowhai-college.example/mdm-agent/latest?channel=stable",
    )
    b.decoy("commit hash")
    b.ok_json({"version": "3.7.3", "commit": new_hex(c.rng, 40), "notes": "Fixes"})
    return b.build()


def supplier_order(c: Context) -> Flow:
    b = _b(c, "supplier", "POST", "https://api.edtech-supplies.example/v2/orders")
    b.decoy("order number and SKUs")
    b.json(
        {
            "items": [
                {
                    "sku": c.rng.choice(["CHG-USBC-45W", "SCR-300E-G3", "KB-511-US"]),
                    "qty": c.rng.randint(1, 20),
                }
            ],
            "currency": "NZD",
            "po": f"KC-PO-{c.rng.randint(1000, 9999)}",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 40, 3000, 2)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/poppins/v21/pxiEyp8kv8JHgFVrJJfecg.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.kowhai-college.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Pacific/Auckland"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    open_meteo,
    metlink,
    map_tile,
    sentry_crash,
    classroom,
    staff_chat,
    update_check,
    supplier_order,
    fonts,
    time_sync,
    sentry_crash,
    staff_chat,
]
