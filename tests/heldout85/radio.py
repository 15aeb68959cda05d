"""A radio app (made up: "Radiowelle DACH") streaming Austrian, Swiss and
German stations, with AppsFlyer attribution.

Sources: the AppsFlyer Android SDK v6 (AppsFlyer dev hub "SDK reference",
and requests seen in public traffic write-ups): `POST
launches.appsflyer.com/api/v6.13/androidevent?app_id=...&buildnumber=6.13.0`
and `inapps.appsflyer.com/...` JSON with `advertiserId`,
`advertiserIdEnabled`, `uid`, `af_timestamp`, `appsflyerKey`, `eventName`,
`eventValue` (a JSON string), `deviceData` {...}. Stream requests carry the
SHOUTcast/Icecast `Icy-MetaData: 1` header. The listening statistics are the
app's own backend.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, pb_bytes, pb_varint

from .catalog import STATIONS
from .phone import FB, ms, rid, ua

API = "https://api.radiowelle.at"
UA = ua("Radiowelle", "3.21.0")
PKG = "at.radiowelle.player"


def _af(c: Context, host: str) -> tuple[FB, dict[str, object]]:
    url = f"https://{host}.appsflyer.com/api/v6.13/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", PKG), ("buildnumber", "6.13.0")])
    b.header("user-agent", UA)
    body: dict[str, object] = {
        "advertiserId": b.id("gaid", where="body.json.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.radio_af_uid,
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Jx9hT2cQmVnP4rLsYk8eWb",
        "app_version_name": "3.21.0",
        "brand": "google",
        "model": "Pixel 8",
        "sdk": "34",
        "lang": "Deutsch",
        "deviceType": "user",
        "deviceData": {"arch": "", "build_display_id": "AP2A.240905.003", "cpu_abi": "arm64-v8a"},
    }
    b.other_id("radio_af_uid", where="body.json.uid")
    return b, body


def af_launch(c: Context) -> Flow:
    b, body = _af(c, "launches")
    body["counter"] = str(c.rng.randint(2, 200))
    b.json(body)
    b.no_content()
    return b.build()


def af_listen_event(c: Context) -> Flow:
    b, body = _af(c, "inapps")
    body["eventName"] = "listen_session_end"
    body["eventValue"] = js(
        {"station": c.rng.choice(STATIONS), "minutes_listened": c.rng.randint(2, 180)}
    )
    b.json(body)
    b.view("body.json.eventValue|json.station+minutes_listened")
    b.no_content()
    return b.build()


def hoerstatistik(c: Context) -> Flow:
    b = FB(c, "radiowelle", "POST", API + "/v1/hoerstatistik")
    b.header("user-agent", UA)
    sessions = [
        {
            "sender": c.rng.choice(STATIONS),
            "beginn": ms(c) - c.rng.randint(600_000, 20_000_000),
            "hoerdauer_min": c.rng.randint(1, 150),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"geraet": b.id("aid_radio", where="body.json.geraet"), "sitzungen": sessions})
    b.view("body.json.sitzungen[].sender+hoerdauer_min")
    b.no_content()
    return b.build()


def stats_protobuf(c: Context) -> Flow:
    """The newer app version's stats: protobuf, field numbers only."""
    b = FB(c, "radiowelle", "POST", API + "/v2/s")
    b.header("user-agent", UA)
    body = pb_varint(1, c.rng.randint(1, 40)) + pb_varint(2, c.rng.randint(60, 9000))
    body += pb_varint(3, ms(c)) + pb_bytes(4, "a")
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf.1+2", detectable=False)
    b.no_content()
    return b.build()


def stream(c: Context) -> Flow:
    slug = c.rng.choice(["oe3", "srf3", "fm4", "bayern3"])
    b = FB(c, "radiowelle", "GET", f"https://stream.radiowelle.at/{slug}/mp3-128")
    b.header("user-agent", UA)
    b.header("icy-metadata", "1")
    b.respond(200, "audio/mpeg", b"ID3\x04" + bytes(40), headers=[("icy-name", slug)])
    b.decoy("radio stream fetch")
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "radiowelle", "GET", API + "/v1/jetzt-laeuft")
    b.header("user-agent", UA)
    b.param("sender", c.rng.choice(STATIONS))
    b.ok_json({"titel": "Bologna", "interpret": "Wanda", "seit": ms(c), "trace": rid(c.rng)})
    b.decoy("now-playing metadata fetch")
    return b.build()
