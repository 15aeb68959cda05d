"""Soittorasia: a Finnish music app (own backend; Finnish and English key names).

Listening logs in three shapes: a per-play report with Finnish keys, a gzipped
batch of plays (English keys, like the end-of-song logs music apps batch up),
and a protobuf play event whose fields carry no names. Lyrics, artwork,
charts and audio segments are the look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.soittorasia.fi"
TRACKS = [
    ("trk_81dk2", "Käärijä", "Cha Cha Cha"),
    ("trk_0a9f1", "Sanni", "Pojat"),
    ("trk_77c03", "Haloo Helsinki!", "Beibi"),
    ("trk_5e2b8", "Erika Vikman", "Ich komme"),
    ("trk_c4d90", "Apulanta", "Mitä vaan"),
    ("trk_19fa7", "Chisu", "Sama nainen"),
]
UA = ua("Soittorasia", "8.2.0")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-asennus", b.id("fi_install", where="header.x-asennus"))


def _hdr_plain(b: FB) -> None:
    b.header("user-agent", UA)


def kuuntelu(c: Context) -> Flow:
    tid, artist, song = c.rng.choice(TRACKS)
    b = FB(c, "soittorasia", "POST", f"{API}/v1/kuuntelut")
    _hdr_plain(b)
    b.json(
        {
            "kayttaja": b.acct("fi_user"),
            "kappaleId": tid,
            "esittaja": artist,
            "kappale": song,
            "kuunneltuMs": c.rng.randint(20000, 210000),
            "alkoi": iso(c),
            "lahde": c.rng.choice(["soittolista", "albumi", "radio"]),
        }
    )
    b.view("body.kappaleId/kuunneltuMs")
    b.no_content()
    return b.build()


def plays_batch(c: Context) -> Flow:
    b = FB(c, "soittorasia", "POST", f"{API}/v1/plays/batch")
    _hdr(b)
    plays = [
        {
            "track_id": t,
            "artist_name": a,
            "track_name": s,
            "ms_played": c.rng.randint(30000, 200000),
            "ended_at": ms(c) - i * 190000,
            "reason_end": c.rng.choice(["trackdone", "fwdbtn"]),
        }
        for i, (t, a, s) in enumerate(c.rng.sample(TRACKS, c.rng.randint(2, 4)))
    ]
    b.json({"plays": plays, "client_ts": ms(c)}, encoding="gzip")
    b.view("body.plays[].track_id/ms_played")
    b.ok_json({"accepted": len(plays)})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "soittorasia", "GET", f"{API}/v1/me/recently-played", [("limit", "20")])
    _hdr_plain(b)
    items = [
        {"track": {"id": t, "artist": a, "name": s}, "played_at": iso(c)} for t, a, s in TRACKS[:4]
    ]
    b.ok_json({"items": items})
    b.view("response.items[].played_at", direction="response")
    return b.build()


def play_pb(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    body = pb_varint(1, 3) + pb_msg(
        2, [pb_bytes(1, tid), pb_varint(2, c.rng.randint(20000, 200000)), pb_varint(3, ms(c))]
    )
    b = FB(c, "soittorasia", "POST", f"{API}/e/v2")
    _hdr_plain(b)
    b.set_body(body, "application/x-protobuf")
    b.view("body.pb 2.1/2.2 (unnamed fields)", detectable=False)
    b.no_content()
    return b.build()


def sanat(c: Context) -> Flow:
    tid, _artist, song = c.rng.choice(TRACKS)
    b = FB(c, "soittorasia", "GET", f"{API}/v1/sanat/{tid}")
    _hdr_plain(b)
    b.ok_json({"kappale": song, "rivit": [{"t": i * 3100, "teksti": "la la la"} for i in range(4)]})
    b.decoy("lyrics fetch")
    return b.build()


def kansikuva(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = FB(
        c,
        "soittorasia",
        "GET",
        f"https://kuvat.soittorasia.fi/{tid}/600x600.jpg",
        http_version="HTTP/1.1",
    )
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("album artwork fetch")
    return b.build()


def listat(c: Context) -> Flow:
    b = FB(c, "soittorasia", "GET", f"{API}/v1/listat/suomi-top-50")
    _hdr_plain(b)
    b.ok_json(
        {
            "lista": [
                {"sija": i + 1, "kappaleId": t, "toistot": c.rng.randint(10**5, 10**7)}
                for i, (t, _, _) in enumerate(TRACKS)
            ]
        }
    )
    b.decoy("chart with play counts (aggregate, not the user's)")
    return b.build()


def profile(c: Context) -> Flow:
    b = FB(c, "soittorasia", "PATCH", f"{API}/v1/me")
    _hdr_plain(b)
    b.json({"email": b.id("email", where="body.email"), "kieli": "fi", "uutiskirje": False})
    b.ok_json({"ok": True})
    return b.build()


def install(c: Context) -> Flow:
    b = FB(c, "soittorasia", "POST", f"{API}/v1/laitteet")
    _hdr(b)
    b.json(
        {
            "laiteId": b.id("aid_fi", where="body.laiteId"),
            "malli": "Xiaomi 13T",
            "pyyntoId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
