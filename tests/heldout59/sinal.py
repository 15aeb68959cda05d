"""Sinal tv+: a Claro tv+-like pay-TV app (live channels and VOD) run by a telco.

Its in-house backend was written by an outsourced team in English: a
`watchLog` of live-channel sessions, a `playbackProgress` sync in protobuf
(field numbers only; the structure is content id + position + duration +
timestamp, the shape every progress sync has), and a `recentlyWatched` list.
Device binding sends the ANDROID_ID under `deviceUniqueId` and a hashed one
under an opaque `dk`. The EPG grid and the channel logos are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://mw.sinaltvmais.com.br"
UA = ua("SinalTVplus", "7.4.2")
CANAIS = ["GLOBO SP HD", "SPORTV 2", "GNT", "MULTISHOW", "DISCOVERY KIDS", "CNN BRASIL"]
VOD = [("vod_884120", "Cidade de Deus"), ("vod_901133", "Bacurau"), ("vod_917002", "Marighella")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sinaltv", method, url)
    b.header("user-agent", UA)
    b.header("x-sinal-session", rid(c.rng))
    return b


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/watchLog")
    b.view("json events[] channel/startedAt/watchedSec")
    b.json(
        {
            "events": [
                {
                    "channel": c.rng.choice(CANAIS),
                    "programme": c.rng.choice(["Jornal Nacional", "Seleção SporTV", "Saia Justa"]),
                    "startedAt": iso(c),
                    "watchedSec": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "profileId": "p1",
        }
    )
    b.no_content()
    return b.build()


def progress_pb(c: Context) -> Flow:
    cid, _ = c.rng.choice(VOD)
    b = _b(c, "POST", f"{API}/api/v3/playbackProgress")
    b.view("protobuf {1: content id, 2: position ms, 3: duration ms, 4: ts}")
    body = pb_msg(
        1,
        [
            pb_bytes(1, cid),
            pb_varint(2, c.rng.randint(10_000, 7_000_000)),
            pb_varint(3, 7_800_000),
            pb_varint(4, ms(c)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/profiles/p1/recentlyWatched")
    b.view("json items[] contentId/lastPositionSec")
    b.json(
        {
            "items": [
                {"contentId": cid, "title": t, "lastPositionSec": c.rng.randint(60, 7000)}
                for cid, t in c.rng.sample(VOD, 2)
            ]
        }
    )
    b.ok_json({"saved": 2})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "deviceUniqueId": b.id("aid_telco", where="json deviceUniqueId"),
            "dk": b.id("aid_telco", how="sha256", where="json dk", detectable=False),
            "deviceType": "ANDROID_MOBILE",
            "cpf": b.acct("cpf"),
        }
    )
    b.ok_json({"bound": True, "slots": 3})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/epg?date={iso(c)[:10]}&region=SP")
    b.decoy("EPG grid with programme times")
    b.ok_json(
        {
            "grid": [
                {"channel": ch, "start": iso(c), "durationMin": c.rng.choice([30, 60, 90])}
                for ch in CANAIS
            ]
        }
    )
    return b.build()


def logo(c: Context) -> Flow:
    ch = c.rng.choice(CANAIS).lower().replace(" ", "_")
    b = FB(c, "sinaltv-cdn", "GET", f"https://img.sinaltvmais.com.br/logos/{ch}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(len(ch), 300))
    return b.build()
