"""A DB-Navigator-like rail app (Germany) and a Jakdojade-like city transit app
(Poland): departures with delays in seconds, live vehicle positions, trip
progress. The rail app carries the Adjust SDK, whose session package sends
`gps_adid` and its own `android_uuid` as a form body to app.adjust.com/session
(adjust/android_sdk, PackageBuilder; parameter names from its docs)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import app, iso, ms, rf, rid, ua

DB = "https://app.vendo.noncd.db.de/mob"
STATIONS = ["8000105", "8000261", "8011160", "8000207", "8002549"]


def departures(c: Context) -> Flow:
    b = app(c, "rail", "GET", f"{DB}/bahnhofstafel/abfahrt", ua("DBNavigator", "24.34.p01"))
    b.param("evaNr", c.rng.choice(STATIONS))
    rows = [
        {
            "zuglaufId": rid(c.rng),
            "linie": f"RE {c.rng.randint(1, 99)}",
            "abgangsDatum": iso(c),
            "ezAbgangsDatum": iso(c),
            "verspaetungSek": c.rng.choice([0, 60, 240, 780]),
            "gleis": str(c.rng.randint(1, 14)),
        }
        for _ in range(6)
    ]
    b.ok_json({"bahnhofstafelAbfahrtPositionen": rows})
    b.decoy("departure board: delay seconds vs schedule, per-train UUIDs, not viewing history")
    return b.build()


def trip_progress(c: Context) -> Flow:
    b = app(c, "rail", "POST", f"{DB}/zuglauf/fortschritt", ua("DBNavigator", "24.34.p01"))
    b.json(
        {
            "reiseId": rid(c.rng),
            "aktuellerHalt": c.rng.choice(STATIONS),
            "fortschrittProzent": c.rng.randint(0, 100),
            "gefahreneMinuten": c.rng.randint(1, 240),
            "planDauerMinuten": 240,
            "position": {"lat": rf(c.rng, 48, 53), "lon": rf(c.rng, 8, 13)},
        }
    )
    b.ok_json({"ok": True})
    b.decoy("trip progress percent and minutes travelled vs planned: not a watch position")
    return b.build()


def live_positions(c: Context) -> Flow:
    city = c.rng.choice(["warszawa", "krakow", "wroclaw"])
    b = app(c, "transit", "GET", f"https://api.jakdojade.pl/api/v2/{city}/vehicles/live")
    b.param("lines", ",".join(str(c.rng.randint(1, 40)) for _ in range(3)))
    b.ok_json(
        {
            "pojazdy": [
                {
                    "numerBoczny": str(c.rng.randint(1000, 9999)),
                    "linia": str(c.rng.randint(1, 40)),
                    "opoznienieSek": c.rng.randint(-30, 400),
                    "wsp": [rf(c.rng, 50, 52.3, 5), rf(c.rng, 16.9, 21.1, 5)],
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("vehicle side numbers and coordinate pairs of trams, delays in seconds")
    return b.build()


def ticket(c: Context) -> Flow:
    b = app(c, "transit", "POST", "https://api.jakdojade.pl/api/v2/tickets/purchase")
    b.json(
        {
            "typBiletu": "20MIN_ULG",
            "cenaGrosze": 170,
            "waznyOd": iso(c),
            "czasWaznosciSek": 1200,
            "idTransakcji": rid(c.rng),
        }
    )
    b.ok_json({"kodQR": rid(c.rng).replace("-", "") * 2, "status": "AKTYWNY"})
    b.decoy("ticket validity seconds and a QR code payload: no device id")
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = app(c, "adjust", "POST", "https://app.adjust.com/session", "Adjust/4.38.2")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "2p9m4k7x8q1c"),
            ("created_at", iso(c)),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("gps_adid_src", "service"),
            ("tracking_enabled", "1"),
            ("android_uuid", b.id("adjust_uuid", where="form:android_uuid")),
            ("android_id", b.id("aid_rail", where="form:android_id")),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("country", "DE"),
        ]
    )
    b.ok_json({"adid": "", "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = app(c, "adjust", "POST", "https://app.adjust.com/event", "Adjust/4.38.2")
    b.form(
        [
            ("event_token", "ab12cd"),
            ("created_at", iso(c)),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form:android_uuid")),
            ("callback_params", '{"verbindung":"ICE 597","preis_cent":"8990"}'),
            ("sent_at", str(ms(c))),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()
