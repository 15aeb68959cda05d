"""Schermland: a Flemish/Dutch commercial streamer (Streamz / Videoland-like).

The in-house player sends a heartbeat with the episode and its "positie"; quality
of experience goes to NPAW (Youbora), whose start and ping calls carry the title
and playhead; the "Kijk verder" sync of the TV-app build is a base64 protobuf
blob. AppsFlyer counts installs and launches with the advertising id and its own
uid. Catalogue, trailers and the "Top 10 in België" rail are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.schermland.example"
UA = ua("Schermland", "4.18.1")
AFLEVERINGEN = [
    ("sl-ep-774512", "Chantal S2A4", 2580),
    ("sl-ep-774530", "Undercover S3A1", 3120),
    ("sl-ep-801122", "Gooische Vrouwen A7", 2460),
    ("sl-mv-119004", "Rundskop", 7440),
    ("sl-ep-812345", "Lisa S1A9", 2820),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "schermland", method, url)
    b.header("user-agent", UA)
    b.header("x-sl-profiel", b.acct("scherm_profile"))
    return b


def heartbeat(c: Context) -> Flow:
    ep, _, duur = c.rng.choice(AFLEVERINGEN)
    b = _b(c, "POST", f"{API}/playback/v3/heartbeat")
    b.view("json afleveringId + positie + gebeurtenis")
    b.json(
        {
            "afleveringId": ep,
            "positie": c.rng.randint(0, duur),
            "gebeurtenis": c.rng.choice(["play", "heartbeat", "heartbeat", "pause", "ended"]),
            "interval": 30,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def youbora_start(c: Context) -> Flow:
    ep, titel, duur = c.rng.choice(AFLEVERINGEN)
    params = [
        ("accountCode", "schermlandbe"),
        ("title", titel),
        ("mediaResource", f"https://vod.schermland.example/{ep}/master.m3u8"),
        ("mediaDuration", str(duur)),
        ("playhead", str(c.rng.randint(0, 60))),
        ("contentId", ep),
        ("live", "false"),
        ("deviceUUID", new_hex(c.rng, 32)),
        ("code", new_hex(c.rng, 16)),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "npaw", "GET", "https://a-fds.youborafds01.com/start", params)
    b.header("user-agent", UA)
    b.view("query title + contentId + playhead")
    b.decoy("deviceUUID here is regenerated per play session by this player build (not kept)")
    b.respond(200, "text/plain", b"")
    return b.build()


def youbora_ping(c: Context) -> Flow:
    _, _, duur = c.rng.choice(AFLEVERINGEN)
    params = [
        ("code", new_hex(c.rng, 16)),
        ("playhead", str(c.rng.randint(60, duur))),
        ("pingTime", "5"),
        ("bitrate", str(c.rng.choice([1800000, 3500000, 6000000]))),
        ("throughput", str(c.rng.randint(5, 60) * 10**6)),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "npaw", "GET", "https://a-fds.youborafds01.com/ping", params)
    b.header("user-agent", UA)
    b.view("query playhead of a running view (view code joins it to /start)")
    b.respond(200, "text/plain", b"")
    return b.build()


def kijk_verder_sync(c: Context) -> Flow:
    """Protobuf rows (episode, position, watched-at) in base64 under 'p': no key says it."""
    rows = b"".join(
        pb_msg(1, [pb_bytes(1, ep), pb_varint(2, c.rng.randint(0, d)), pb_varint(3, ms(c))])
        for ep, _, d in c.rng.sample(AFLEVERINGEN, 3)
    )
    b = _b(c, "POST", f"{API}/sync/v1/p")
    b.view("json p = base64 protobuf (episode, position, time)", detectable=False)
    b.json({"p": b64(rows), "r": 2})
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=be.schermland.app&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("scherm_af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_scherm", where="json android_id"),
            "eventName": c.rng.choice(["af_content_view", "af_subscribe", "af_launch"]),
            "brand": "samsung",
            "lang": "nl",
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalog/v2/rails/top10-be")
    b.decoy("top 10 in België: trending over all viewers (aggregate)")
    b.ok_json(
        {
            "items": [
                {"id": e, "titel": t, "rang": i + 1} for i, (e, t, _) in enumerate(AFLEVERINGEN)
            ]
        }
    )
    return b.build()


def catalogus(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalog/v2/genre/{c.rng.choice(['drama', 'komedie', 'docu'])}")
    b.decoy("catalogue rail with durations and release dates")
    b.ok_json(
        {
            "items": [
                {"id": e, "titel": t, "duurSec": d, "publicatie": iso(c)}
                for e, t, d in AFLEVERINGEN
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    ep, _, _ = c.rng.choice(AFLEVERINGEN)
    b = _b(c, "GET", f"{API}/playback/v3/trailer/{ep}")
    b.ok_json({"url": f"https://vod.schermland.example/{ep}/trailer.m3u8", "sessie": rid(c.rng)})
    return b.build()
