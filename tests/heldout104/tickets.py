"""Konzertkasse: concert ticketing for Vienna venues, with "most played" charts.

Event lists, seat maps with coordinates, the charts of the most played and most
streamed songs (aggregates over all listeners), setlists of past concerts
(what a band played, not what she heard). AppsFlyer's launch carries her
advertising id, the AppsFlyer uid and the app's ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import DALVIK, FB, iso, ms, rf, rid, ua

API = "https://api.konzertkasse.example"
UA = ua("Konzertkasse", "8.1.0")
ACTS = ["Bilderbuch", "Voodoo Jürgens", "Wiener Symphoniker", "Anna Mabo", "Mavi Phoenix"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "konzertkasse", method, API + path)
    b.header("user-agent", UA)
    return b


def events(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/events?stadt=wien&seite=1")
    b.decoy("event list with dates, prices and venue coordinates")
    b.ok_json(
        {
            "events": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "act": a,
                    "datum": iso(c),
                    "lat": rf(c.rng, 48.18, 48.23, 5),
                    "lon": rf(c.rng, 16.33, 16.41, 5),
                    "ab_eur": rf(c.rng, 19, 89, 2),
                }
                for a in ACTS
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/charts/meistgespielt?region=AT")
    b.decoy("most played songs with play counts over all listeners: an aggregate chart")
    b.ok_json(
        {
            "woche": "2026-W48",
            "titel": [
                {
                    "rang": i,
                    "act": a,
                    "song": f"Song {i}",
                    "plays": c.rng.randint(10**4, 10**6),
                    "avg_listen_sec": c.rng.randint(90, 220),
                }
                for i, a in enumerate(ACTS, 1)
            ],
        }
    )
    return b.build()


def setlist(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/events/{c.rng.randint(10**5, 10**6)}/setlist")
    b.decoy("a past concert's setlist with start times: what a band played, not her listening")
    b.ok_json(
        {
            "songs": [
                {"nr": i, "titel": f"Nummer {i}", "start": f"20:{i * 4:02d}"} for i in range(1, 12)
            ]
        }
    )
    return b.build()


def seatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/events/{c.rng.randint(10**5, 10**6)}/saalplan")
    b.decoy("seat coordinates of a hall")
    b.ok_json(
        {
            "plaetze": [
                {"r": r, "p": p, "x": p * 0.55, "y": r * 0.9, "frei": p % 3 != 0}
                for r in range(1, 6)
                for p in range(1, 9)
            ]
        }
    )
    return b.build()


def buy(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/bestellungen")
    b.decoy("order number, payment intent id")
    b.json(
        {
            "event": c.rng.randint(10**5, 10**6),
            "plaetze": ["R3P4", "R3P5"],
            "kunde": b.acct("ticket_user"),
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"bestellnr": "KK" + new_digits(c.rng, 9), "pi": "pi_" + new_hex(c.rng, 24)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        http_version="HTTP/1.1",
    )
    b.params += [("app_id", "at.konzertkasse.app"), ("buildnumber", "6.14.0")]
    b.header("user-agent", DALVIK)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("tickets_af_uid", where="json uid (AppsFlyer install id)"),
            "android_id": b.id("aid_tickets", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "8.1.0",
            "model": "SM-A546B",
            "brand": "samsung",
            "counter": str(c.rng.randint(2, 60)),
            "cksm_v1": new_hex(c.rng, 34),
        }
    )
    b.decoy("cksm_v1 checksum hex")
    b.ok_json({"status": "ok"})
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/me/zuletzt-angesehen")
    b.decoy("concert pages she viewed in the shop: browsing events, not watching or listening")
    b.json(
        {
            "angesehen": [
                {
                    "event_id": c.rng.randint(10**5, 10**6),
                    "act": a,
                    "angesehen_am": iso(c),
                    "verweildauer_sek": c.rng.randint(3, 90),
                }
                for a in c.rng.sample(ACTS, 2)
            ]
        }
    )
    b.no_content()
    return b.build()
