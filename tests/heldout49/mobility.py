"""Ride-hailing (Cairo / Riyadh / Nairobi) and an intercity bus app: ETAs, trip
timers, seat maps, driver photos; the Adjust SDK session carries the GAID.

Adjust: the Android SDK's PackageBuilder posts form-encoded `/session` and
`/event` packages with `gps_adid`, `android_uuid`, `app_token`, `created_at`
(github.com/adjust/android_sdk, PackageBuilder.java; doc/english/README.md).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import DALVIK, FB, iso, ms, near, rid, ua

API = "https://api.safarimobility.example"


def eta(c: Context) -> Flow:
    city = c.rng.choice(["cairo", "riyadh", "nairobi"])
    lat, lng = near(c.rng, city)
    b = FB(c, "safari_ride", "GET", f"{API}/v3/rides/eta", [("lat", str(lat)), ("lng", str(lng))])
    b.header("user-agent", ua("SafariRide", "7.4.1"))
    b.header("x-request-id", rid(c.rng))
    b.decoy("ETA seconds per car class and a pickup point: a timer, not watch progress")
    b.ok_json(
        {
            "products": [
                {"type": t, "eta_sec": c.rng.randint(60, 900), "surge": 1.0}
                for t in ("economy", "comfort", "boda", "tuk")
            ],
            "pickup": {"lat": lat, "lng": lng},
        }
    )
    return b.build()


def trip_progress(c: Context) -> Flow:
    b = FB(c, "safari_ride", "POST", f"{API}/v3/trips/{c.rng.randint(10**8, 10**9)}/progress")
    b.header("user-agent", ua("SafariRide", "7.4.1"))
    elapsed = c.rng.randint(30, 2400)
    b.json(
        {
            "trip_state": "on_trip",
            "elapsed_sec": elapsed,
            "position_sec": elapsed,
            "progress_pct": round(c.rng.uniform(0, 100), 1),
            "remaining_m": c.rng.randint(100, 15000),
            "route_polyline": "".join(c.rng.choice("abcdefghij_~?@") for _ in range(60)),
        }
    )
    b.decoy("trip elapsed / position seconds and progress_pct: a car trip, not media playback")
    b.no_content()
    return b.build()


def seat_map(c: Context) -> Flow:
    bus = c.rng.choice(["MSA-NBO", "CAI-ALX", "RUH-JED"])
    b = FB(c, "basi_bus", "GET", f"https://basi-express.example/api/trips/{bus}/viti")
    b.header("user-agent", DALVIK)
    seats = [
        {"kiti": f"{r}{s}", "kimechukuliwa": c.rng.random() < 0.5}
        for r in range(1, 13)
        for s in "ABCD"
    ]
    b.decoy("Swahili seat map (kiti / kimechukuliwa = seat / taken): grid ids, no device id")
    b.ok_json({"safari": bus, "viti": seats, "muda_kuondoka": iso(c)})
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(
        c,
        "safari_ride",
        "GET",
        f"https://cdn.safarimobility.example/drivers/{rid(c.rng)}/face_256.jpg",
    )
    b.header("user-agent", DALVIK)
    b.decoy("download of the driver's profile photo (face_256.jpg) to show the rider: a fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.randrange(256) for _ in range(300))
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", DALVIK)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "7x3kq9m2p4wz"),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("adjust_uuid", where="form:android_uuid")),
            ("android_id", b.id("aid_ride", where="form:android_id")),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_name", "SM-A155F"),
            ("os_name", "android"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": rid(c.rng).replace("-", ""), "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", DALVIK)
    b.form(
        [
            ("app_token", "7x3kq9m2p4wz"),
            ("event_token", c.rng.choice(["abc123", "trp9z1", "pay0k2"])),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="form:android_uuid")),
            ("created_at", str(ms(c))),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()
