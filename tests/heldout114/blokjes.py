"""Blokjes: a free block-puzzle game Daan plays on his break, with ad SDKs.

AppsFlyer's launch (`launches.appsflyer.com/api/v6.13/androidevent`, JSON with
`advertiserId`, `uid`, sometimes `android_id`) and Adjust's session
(`app.adjust.com/session`, form with `gps_adid`, `android_uuid`; the answer
gives back `adid`) carry his phone's identifiers. The game's own ad server is
asked with an MD5 of the advertising id under 'h'. Levels, scores and the
leaderboard are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rid, ua

PKG = "nl.blokjes.puzzel"
API = "https://api.blokjes.example"
UA = ua("Blokjes", "1.48.0")


def _ua(c: Context) -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id="
        + PKG
        + "&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", _ua(c))
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("game_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "1.48.0",
        "model": "SM-A546B",
        "brand": "samsung",
        "counter": str(c.rng.randint(2, 60)),
        "lang_code": "nl",
        "country": "NL",
        "cksm_v1": new_hex(c.rng, 34),
    }
    if c.rng.random() < 0.5:
        body["android_id"] = b.id("aid_game", where="json android_id")
    b.decoy("cksm_v1 checksum")
    b.set_body(jsb(body), "application/json")
    b.respond(200, "text/plain", b"ok")
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", _ua(c))
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("game_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "Z+0000")),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(1, 90))),
        ]
    )
    adid = b.id("game_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def own_ad_opaque(c: Context) -> Flow:
    b = FB(c, "blokjes", "GET", f"{API}/m")
    b.header("user-agent", UA)
    b.param("h", b.id("gaid", "md5", "query h", detectable=False))
    b.param("pl", "interstitial_level_end")
    b.param("t", str(int(c.now)))
    b.ok_json(
        {
            "fill": c.rng.random() < 0.7,
            "creative": f"https://cdn.blokjes.example/ad/{rid(c.rng)}.mp4",
        }
    )
    return b.build()


def level_end(c: Context) -> Flow:
    b = FB(c, "blokjes", "POST", f"{API}/v1/level")
    b.header("user-agent", UA)
    b.json(
        {
            "level": c.rng.randint(1, 900),
            "score": c.rng.randint(100, 90000),
            "zetten": c.rng.randint(5, 60),
            "duurMs": c.rng.randint(20000, 400000),
            "ts": ms(c),
        }
    )
    b.ok_json({"sterren": c.rng.randint(1, 3)})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "blokjes", "GET", f"{API}/v1/ranglijst?week=huidig")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "top": [
                {"naam": n, "score": c.rng.randint(10**4, 10**6)}
                for n in ("Kasia", "daan_r", "BlokBaas", "Piotr88")
            ]
        }
    )
    return b.build()
