"""Infinito+: a commercial broadcaster's streaming app (Mediaset Infinity / NOW-like).

In-house player heartbeats (camelCase English mixed with Italian "ripresa"),
a continue-watching PUT, a protobuf heartbeat with bare field numbers, and the
Google IMA SDK for pre-rolls (sdks.py) and AppsFlyer for install attribution.
The install id rides in a `did` cookie, the ANDROID_ID in the heartbeat.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from . import sdks
from .phone import FB, ms, rf, rid, ua

API = "https://apid.infinitoplus.example.it"
PKG = "it.infinitoplus.app"
TITLES = ["Grande Fratello VIP", "Striscia la notizia", "Le Iene", "Terra Amara", "Champions Night"]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("InfinitoPlus", "9.12.0"))
    b.header("cookie", f"did={b.id_cookie()}; lang=it")


class _B(FB):
    def id_cookie(self) -> str:
        self.other_id("infi_install", "cookie:did")
        return self.ctx.phone.infi_install


def heartbeat(c: Context) -> Flow:
    b = _B(c, "infinito_app", "POST", f"{API}/player/v3/heartbeat")
    _hdr(b)
    dur = c.rng.choice([2580, 3300, 6120])
    b.view("json:mediaId,positionSec,event")
    b.json(
        {
            "mediaId": "F" + new_hex(c.rng, 14).upper(),
            "title": c.rng.choice(TITLES),
            "event": c.rng.choice(["heartbeat", "heartbeat", "pause", "resume"]),
            "positionSec": c.rng.randint(10, dur),
            "durationSec": dur,
            "watchedSec": c.rng.randint(30, 900),
            "bitrate": c.rng.choice([1800, 3500, 6000]),
            "androidId": b.id("aid_infi", where="json:androidId"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def ripresa(c: Context) -> Flow:
    b = _B(c, "infinito_app", "PUT", f"{API}/profili/{c.phone.infi_user}/ripresa")
    _hdr(b)
    b.view("json:ripresa")
    b.json(
        {
            "ripresa": {
                "guid": "FD" + new_hex(c.rng, 12).upper(),
                "secondi": c.rng.randint(60, 3000),
                "finito": c.rng.random() < 0.2,
                "aggiornato": ms(c),
            }
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def pb_heartbeat(c: Context) -> Flow:
    """Protobuf without names: content id, position, state as bare field numbers."""
    b = _B(c, "infinito_app", "POST", f"{API}/t/pb")
    _hdr(b)
    body = pb_msg(
        1,
        [
            pb_bytes(1, "FD" + new_hex(c.rng, 12).upper()),
            pb_varint(2, c.rng.randint(10, 3000)),
            pb_varint(3, 1),
            pb_varint(4, ms(c)),
        ],
    )
    b.view("protobuf:1", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def continua(c: Context) -> Flow:
    b = _B(c, "infinito_app", "GET", f"{API}/profili/{c.phone.infi_user}/continueWatching")
    _hdr(b)
    b.view("response:json:items[].progress", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "guid": "FD" + new_hex(c.rng, 12).upper(),
                    "title": t,
                    "progress": rf(c.rng, 0.05, 0.95, 2),
                    "lastWatched": ms(c),
                }
                for t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def catalogo(c: Context) -> Flow:
    b = FB(c, "infinito_app", "GET", f"{API}/catalogo/home", [("page", str(c.rng.randint(1, 4)))])
    b.header("user-agent", ua("InfinitoPlus", "9.12.0"))
    b.decoy("catalogue page and subscription price series")
    b.ok_json(
        {
            "rails": [{"title": t, "guid": "FD" + new_hex(c.rng, 12).upper()} for t in TITLES],
            "prezzi": [{"piano": p, "mensile": v} for p, v in [("base", 7.99), ("plus", 12.99)]],
        }
    )
    return b.build()


def trailer_manifest(c: Context) -> Flow:
    b = FB(
        c,
        "infinito_cdn",
        "GET",
        f"https://vod.infinitoplus.example.it/trailer/{new_hex(c.rng, 10)}/master.m3u8",
    )
    b.decoy("autoplay trailer manifest fetch")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:6\n")
    return b.build()


def login_refresh(c: Context) -> Flow:
    b = FB(c, "infinito_app", "POST", f"{API}/idm/token/refresh")
    b.header("x-request-id", rid(c.rng))
    b.decoy("request id, refresh token")
    b.json({"refresh_token": new_hex(c.rng, 48), "client": "android"})
    b.ok_json({"access_token": new_hex(c.rng, 64), "expires_in": 3600})
    return b.build()


def ima(c: Context) -> Flow:
    return sdks.ima_ad_request(c, "/21700000/infinitoplus/preroll", PKG, "InfinitoPlus")


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, PKG, "aid_infi")
