"""What buyers see in a listed home and at an open house: the sellers' smart
devices (thermostat, doorbell camera, door lock: the sellers' things, shown on
a "smart home features" page), the open-house visitor sign-in (visitors' names,
phones, self-declared details) and a developer's show-room kiosk with its
screens and a people counter. None of it is the tester's: serials and MACs here
are the sellers' or the developer's, names and phones are visitors' (contact of
third parties, not device ids), the people counter counts, it does not see
faces. The backends are the agency's own (made up); key names partly Arabic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, mac, ms, rf, rid, ua

API = "https://api.agentpro-example.ae"
FIRST = ["Noura", "James", "Aisha", "Dmitri", "Mariam", "Ravi", "Hessa", "Chen"]
LAST = ["Al Suwaidi", "Walker", "Khan", "Petrov", "Al Nuaimi", "Iyer", "Al Falasi", "Wei"]


def smart_features(c: Context) -> Flow:
    ref = "PF-" + new_digits(c.rng, 7)
    b = FB(c, "agentpro", "GET", f"{API}/v1/listings/{ref}/smart-home")
    b.header("user-agent", ua("AgentPro", "5.4.2"))
    devices = [
        {
            "type": "thermostat",
            "brand": "Nest",
            "serial": "09AA01AC" + new_hex(c.rng, 8).upper(),
            "setpointC": rf(c.rng, 21, 25, 1),
        },
        {
            "type": "doorbell_camera",
            "brand": "Ring",
            "macAddress": mac(c.rng, "34:3E:A4"),
            "faceRecognition": False,
            "resolution": "1536p",
        },
        {
            "type": "door_lock",
            "brand": "Yale",
            "deviceSerial": "YRD" + new_digits(c.rng, 9),
            "unlock": ["pin", "fingerprint", "app"],
        },
        {"type": "tv", "brand": "Samsung", "model": "QA75QN90C", "wifiMac": mac(c.rng, "F4:7B:09")},
    ]
    b.ok_json({"listing": ref, "al_ajhiza_al_dhakiya": devices, "ownerConsent": True})
    b.decoy(
        "sellers' smart-home devices on a listing: serials / MACs of things the tester does not own"
    )
    return b.build()


def thermostat_live(c: Context) -> Flow:
    b = FB(c, "agentpro", "GET", f"{API}/v1/showings/{new_hex(c.rng, 10)}/climate")
    series = [rf(c.rng, 22, 26, 2) for _ in range(48)]
    b.ok_json(
        {
            "deviceSerial": "09AA01AC" + new_hex(c.rng, 8).upper(),
            "tempSeries": series,
            "humidity": c.rng.randint(35, 60),
            "updatedAt": iso(c),
        }
    )
    b.decoy("seller's thermostat: serial and temperature series")
    return b.build()


def visitor_signin(c: Context) -> Flow:
    b = FB(c, "agentpro", "POST", f"{API}/v1/open-house/{new_hex(c.rng, 8)}/visitors")
    b.header("user-agent", ua("AgentPro", "5.4.2"))
    name = f"{c.rng.choice(FIRST)} {c.rng.choice(LAST)}"
    b.json(
        {
            "fullName": name,
            "الاسم": name,
            "mobile": "+9715" + new_digits(c.rng, 8),
            "gender": c.rng.choice(["female", "male"]),
            "nationality": c.rng.choice(["AE", "IN", "GB", "RU"]),
            "budgetAed": c.rng.randrange(1_000_000, 8_000_000, 250_000),
            "preApproved": c.rng.random() < 0.4,
            "howHeard": c.rng.choice(["Bayut", "Instagram", "Signboard"]),
            "signedAt": iso(c),
            "consentMarketing": True,
        }
    )
    b.ok_json({"visitorNo": c.rng.randint(1, 60)})
    b.decoy("open-house sign-in: a visitor's self-declared name, phone and gender")
    return b.build()


def visitor_photo_badge(c: Context) -> Flow:
    b = FB(
        c,
        "agentpro",
        "GET",
        f"{API}/v1/open-house/{new_hex(c.rng, 8)}/badge.png",
        [("visitor", str(c.rng.randint(1, 60))), ("w", "300")],
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(80))
    )
    b.decoy("printed visitor badge (a QR code image)")
    return b.build()


def kiosk_heartbeat(c: Context) -> Flow:
    b = FB(c, "showroom", "POST", "https://kiosk.emaar-showroom-example.ae/api/screens/heartbeat")
    b.json(
        {
            "screenId": "SCR-" + new_digits(c.rng, 4),
            "displaySerial": "0" + new_hex(c.rng, 12).upper(),
            "playlist": "creek-harbour-launch",
            "nowPlaying": "tower3_flythrough.mp4",
            "positionSec": c.rng.randint(0, 240),
            "loopCount": c.rng.randint(1, 900),
            "uptimeSec": c.rng.randint(100, 900_000),
            "shasha_mushtaghila": True,
        }
    )
    b.no_content()
    b.decoy(
        "show-room signage screen's loop position and serial: a screen loops a playlist, no viewer"
    )
    return b.build()


def kiosk_footfall(c: Context) -> Flow:
    b = FB(c, "showroom", "POST", "https://kiosk.emaar-showroom-example.ae/api/footfall")
    hours = {f"{h:02d}": c.rng.randint(0, 80) for h in range(9, 22)}
    b.json(
        {
            "sensor": "door-ir-" + new_digits(c.rng, 3),
            "countsByHour": hours,
            "avgDwellMin": rf(c.rng, 4, 30, 1),
            "zaer_count": sum(hours.values()),
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("show-room people counter (door infrared beam): counts and dwell, no faces")
    return b.build()


def brochure(c: Context) -> Flow:
    b = FB(
        c,
        "showroom",
        "GET",
        f"https://cdn.emaar-showroom-example.ae/brochures/{new_hex(c.rng, 16)}/cover.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def feedback_form(c: Context) -> Flow:
    b = FB(c, "agentpro", "POST", f"{API}/v1/open-house/feedback")
    b.form(
        [
            ("visit_id", rid(c.rng)),
            ("rating", str(c.rng.randint(1, 5))),
            ("liked", "view,layout"),
            ("comment", "Lovely face-lift of the lobby, kitchen small"),
            ("duration_min", str(c.rng.randint(5, 45))),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("visitor feedback form: 'face-lift', visit duration")
    return b.build()
