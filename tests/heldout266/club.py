"""FC Stade Diddeleng shop and club app (Adjust attribution).

Sensitive: Adjust's session call sends the advertising id and the ANDROID_ID
(form body, https://app.adjust.com/session), and its answer returns the
Adjust device id (`adid`, SDK-made, in the response); a second build sends
the same ids as a SHA-256 of the advertising id inside an event's partner
parameters. Ordinary look-alikes: the jersey catalogue ("Trikot", player
photos, shirt numbers), the highlight video fetch, the match centre with
pitch coordinates and scores, the ticket order, the stadium camera feed page
title ("Kamera") that is only a still of the pitch.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js

from .phone import B, iso, mk, rf, ua

SHOP = "https://shop.fcstade.example"
UA = ua("FCStade", "2.4.1")
PLAYERS = ["Mreches", "Da Mota", "Bettaieb", "Lopes", "Kaufmann"]


def _b(c: Context, method: str, path: str) -> B:
    return mk(c, "fcstade", method, SHOP + path, UA)


def _adjust(c: Context, path: str) -> B:
    b = mk(c, "adjust", "POST", "https://app.adjust.com/" + path, "Adjust/4.38.0 Android")
    b.header("client-sdk", "android4.38.0")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = [
        ("app_token", "9xk2lq7mz3gg"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("android_uuid", b.id("club_android_uuid", where="form android_uuid")),
        ("android_id", b.id("aid_club", where="form android_id")),
        ("created_at", iso(c)),
        ("environment", "production"),
        ("tracking_enabled", "1"),
        ("package_name", "lu.fcstade.app"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_type", "phone"),
        ("language", "lb"),
        ("country", "LU"),
        ("session_count", str(c.rng.randint(2, 30))),
    ]
    b.form(pairs)
    adid = b.id("club_adjust_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": "9xk2lq7mz3gg", "adid": adid, "timestamp": iso(c), "message": "OK"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    partner = {"gaid_sha256": b.id("gaid", "sha256", "form partner_params json gaid_sha256")}
    pairs = [
        ("app_token", "9xk2lq7mz3gg"),
        ("event_token", "tr4k1a"),
        ("adid", b.id("club_adjust_adid", where="form adid")),
        ("partner_params", js(partner)),
        ("revenue", str(rf(c.rng, 20, 120, 2))),
        ("currency", "EUR"),
        ("created_at", iso(c)),
    ]
    b.set_body(urlencode(pairs).encode(), "application/x-www-form-urlencoded", "gzip")
    b.ok_json({"message": "Event tracked"})
    return b.build()


def trikot_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/api/produkter?kategorie=trikoten")
    b.decoy("jersey catalogue with player names, numbers, photos")
    b.ok_json(
        {
            "produkter": [
                {
                    "sku": "TRK-" + new_digits(c.rng, 5),
                    "numm": f"Heemtrikot {p}",
                    "nummer": c.rng.randint(1, 30),
                    "foto": f"{SHOP}/img/spiller/{p.lower()}.jpg",
                    "präis": 79.9,
                }
                for p in c.rng.sample(PLAYERS, 3)
            ]
        }
    )
    return b.build()


def player_photo(c: Context) -> Flow:
    p = c.rng.choice(PLAYERS).lower().replace(" ", "")
    b = mk(c, "fcstade", "GET", f"{SHOP}/img/spiller/{p}.jpg", UA)
    b.decoy("player portrait fetch (a picture, no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def highlight_video(c: Context) -> Flow:
    b = mk(c, "fcstade", "GET", f"https://media.fcstade.example/clips/{new_hex(c.rng, 8)}.mp4", UA)
    b.header("range", "bytes=0-")
    b.decoy("highlight clip fetch (no watch report)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def match_centre(c: Context) -> Flow:
    b = _b(c, "GET", "/api/match/live")
    b.decoy("match centre: scores, pitch coordinates of shots, 'Kamera' still")
    b.ok_json(
        {
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "schëss": [{"x": rf(c.rng, 0, 105, 1), "y": rf(c.rng, 0, 68, 1)} for _ in range(4)],
            "Kamera": {"titel": "Stadion Jos Nosbaum", "bild": f"{SHOP}/cam/still.jpg"},
        }
    )
    return b.build()


def ticket_order(c: Context) -> Flow:
    b = _b(c, "POST", "/api/tickets/bestellen")
    b.decoy("ticket order with order and seat numbers")
    b.json({"member": b.acct("club_user"), "match": "FCS-RFCU", "plaz": "B-12-7"})
    b.ok_json({"uerder": "FCS" + new_digits(c.rng, 8), "zäit": iso(c)})
    return b.build()
