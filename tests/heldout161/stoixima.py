"""StoiximaLive: a Cypriot-licensed betting app with live streams (Xiaomi phone).

Watching a match's live stream reports `roi_thea_sec` per event; a compact
player ping uses `c12=` style numeric keys. AppsFlyer carries the GAID and its
own uid. Odds series, the geolocation compliance check's coordinates and the
stream's manifest are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.stoixima-live.example"
UA = ua("StoiximaLive", "11.0.3")
EVENTS = ["Ανόρθωση - ΑΕΛ", "Απόλλων - Πάφος", "Λαμία - Βόλος", "Real Madrid - Milan"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "stoixima", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-aid", b.id("aid_stoixima", where="header x-aid"))
    return b


def stream_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/livestream/roi")
    b.view("json event_id + roi_thea_sec (live stream watched)")
    b.json(
        {
            "user": b.acct("stoixima_user"),
            "event_id": c.rng.randint(10**6, 10**7),
            "agonas": c.rng.choice(EVENTS),
            "roi_thea_sec": c.rng.randint(20, 2700),
            "quality": "720p",
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def player_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/px", device=False)
    b.view("query c3 (event) + c12 (seconds), numeric keys", detectable=False)
    for k, v in [
        ("c1", "2"),
        ("c3", str(c.rng.randint(10**6, 10**7))),
        ("c12", str(c.rng.randint(20, 2700))),
        ("c7", str(ms(c))),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.stoiximalive.cy&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23078PND5G Build/UKQ1.230804.001)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("stoixima_af_uid", where="json uid"),
            "eventName": c.rng.choice(["af_login", "first_deposit", "bet_placed"]),
            "eventValue": "{}",
            "timestamp": str(ms(c)),
            "brand": "Xiaomi",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/agores/{c.rng.randint(10**6, 10**7)}/apodoseis", device=False)
    b.decoy("odds price series of a market")
    b.ok_json(
        {
            "1": [rf(c.rng, 1.2, 4, 2) for _ in range(12)],
            "X": rf(c.rng, 2.8, 4, 2),
            "2": rf(c.rng, 1.5, 6, 2),
        }
    )
    return b.build()


def geo_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/compliance/geo")
    b.decoy("coordinates for the licence's geolocation check (location, not a category)")
    b.json({"lat": rf(c.rng, 34.65, 34.72, 5), "lon": rf(c.rng, 33.0, 33.1, 5), "acc": 18})
    b.ok_json({"allowed": True, "jurisdiction": "CY"})
    return b.build()


def bet_slip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/deltio", device=False)
    b.decoy("bet slip with a slip id")
    b.json(
        {
            "epiloges": [{"agonas": c.rng.choice(EVENTS), "apodosi": rf(c.rng, 1.2, 4, 2)}],
            "poso": 5,
            "slipId": rid(c.rng),
        }
    )
    b.ok_json({"katastasi": "accepted"})
    return b.build()


def stream_manifest(c: Context) -> Flow:
    b = FB(
        c,
        "stoixima",
        "GET",
        f"https://live.stoixima-live.example/ev/{c.rng.randint(10**6, 10**7)}/playlist.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:4\nseg1.ts\n")
    return b.build()
