"""Buitenbui: the dispatcher's private weather app, with Google's AdMob banner.

The app registers with its own backend (ANDROID_ID in the query string, as its
Dutch in-house team writes it: `toestel_id`), AdMob's ad request carries the
advertising id as `rdid` (Google's resettable device id) with `is_lat`, and the
app's usage beacon packs the advertising id into a gzip+base64 blob under `d`.
Rain radar frames, forecasts and the lightning map are ordinary look-alikes.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.buitenbui.example"
UA = ua("Buitenbui", "7.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buitenbui", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/start")
    b.param("toestel_id", b.id("aid_weer", where="query toestel_id"))
    b.param("platform", "android")
    b.param("versie", "7.3.1")
    b.ok_json({"radar_interval": 300, "advertenties": True})
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header(
        "user-agent", ua("Buitenbui", "7.3.1") + " (Mobile; afma-sdk-a-v234310999.231710000.1)"
    )
    b.params.extend(
        [
            ("submodel", "SM-A546B"),
            ("format", "320x50_mb"),
            ("rdid", b.id("gaid", where="query rdid")),
            ("is_lat", "0"),
            ("msid", "nl.buitenbui.app"),
            ("correlator", new_digits(c.rng, 16)),
            ("u_sd", "2.625"),
        ]
    )
    b.decoy("correlator (a request number)")
    b.respond(200, "application/json; charset=UTF-8", b'{"ad_networks":[]}')
    return b.build()


def usage_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/b")
    where = "json d (gzip, base64) .a"
    inner = {"a": b.id("gaid", where=where, detectable=False), "s": ms(c), "e": 3}
    b.json({"d": b64(gzip.compress(js(inner).encode(), mtime=0)), "v": 2})
    b.no_content()
    return b.build()


def radar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/radar/frames?lat=51.92&lon=4.48&n=24")
    b.decoy("rain radar frames: timestamps and image urls")
    b.ok_json(
        {
            "frames": [
                {"t": iso(c), "img": f"https://img.buitenbui.example/{new_hex(c.rng, 16)}.png"}
                for _ in range(24)
            ]
        }
    )
    return b.build()


def forecast(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/verwachting?plaats=Rotterdam")
    b.decoy("forecast series with a request id")
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {
            "temperatuur": [rf(c.rng, 2, 14, 1) for _ in range(48)],
            "neerslag_mm": [rf(c.rng, 0, 3, 1) for _ in range(48)],
        }
    )
    return b.build()
