"""Naghma: an Arabic music streaming app (Cairo), with listening history.

In-house endpoints in English: the "recently played" sync, per-track play
reports for royalties (track id, ms played, the source playlist), and a
taste-profile embedding the recommender keeps per account (a feature vector
of music features, no face or voice in it: a decoy). App events go to HUAWEI
Analytics Kit (HiAnalyticsInstance.onEvent with developer-defined event names
and bundles; the SDK batches them gzip-compressed and sends the app's AAID,
HmsInstanceId.getId, as its instance id). The exact collector field names are
the app's choice here: the Kit's reference documents the API, not the wire.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, floats, iso, ms, rid, ua

HOST = "https://api.naghma.example"
HA = "https://metrics-dre.dt.dbankcloud.example/common/hmshioperqrt"
TRACKS = [
    ("tr_88120", "Amr Diab", "Tamally Maak"),
    ("tr_10233", "Saad Lamjarred", "Lm3allem"),
    ("tr_55012", "Umm Kulthum", "Enta Omri"),
    ("tr_70421", "Wegz", "El Bakht"),
    ("tr_33198", "Hamza Namira", "Dari Ya Alby"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "naghma", method, url)
    b.header("user-agent", ua("Naghma", "7.12.0"))
    return b


def recently_played(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v2/me/recently-played")
    items = [
        {
            "track_id": t,
            "artist": a,
            "title": s,
            "played_at": iso(c),
            "ms_played": c.rng.randint(20000, 240000),
        }
        for t, a, s in c.rng.sample(TRACKS, c.rng.randint(2, 4))
    ]
    b.json({"user": b.acct("naghma_user"), "items": items})
    b.view("json items[] track_id / played_at / ms_played at /recently-played")
    b.no_content()
    return b.build()


def play_report(c: Context) -> Flow:
    t = c.rng.choice(TRACKS)[0]
    b = _b(c, "POST", HOST + "/royalty/v1/stream-report")
    b.header("x-device-id", b.id("aid_naghma", where="header x-device-id"))
    b.form(
        [
            ("trackId", t),
            ("msPlayed", str(c.rng.randint(31000, 240000))),
            ("context", "playlist:pl_ramadan"),
            ("offline", "0"),
            ("endReason", c.rng.choice(["trackdone", "fwdbtn"])),
            ("ts", str(ms(c))),
        ]
    )
    b.view("form trackId / msPlayed at /stream-report (per-play report)")
    b.ok_json({"ok": True})
    return b.build()


def hianalytics(c: Context) -> Flow:
    t, a, s = c.rng.choice(TRACKS)
    b = _b(c, "POST", HA)
    b.header("App-Id", "10" + "4" * 7)
    b.header("x-hasdk-clientid", b.id("aaid_naghma", where="header x-hasdk-clientid (HMS AAID)"))
    evt = {
        "event": "song_play",
        "properties": {
            "song_name": s,
            "artist_name": a,
            "song_id": t,
            "play_seconds": c.rng.randint(30, 240),
        },
        "eventtime": str(ms(c)),
    }
    b.json(
        {
            "header": {"protocol_version": "1", "compress_mode": "1", "appid": "104444444"},
            "event": [evt, {"event": "$AppOnPause", "properties": {}, "eventtime": str(ms(c))}],
        },
        encoding="gzip",
    )
    b.view("json event song_play with song_name / artist_name / play_seconds (HiAnalytics)")
    b.ok_json({"code": 0})
    return b.build()


def hianalytics_plain(c: Context) -> Flow:
    b = _b(c, "POST", HA)
    b.header("App-Id", "10" + "4" * 7)
    b.header("x-hasdk-clientid", b.id("aaid_naghma", where="header x-hasdk-clientid (HMS AAID)"))
    b.json(
        {
            "header": {"protocol_version": "1", "compress_mode": "1"},
            "event": [
                {
                    "event": "screen_view",
                    "properties": {"screen": "search"},
                    "eventtime": str(ms(c)),
                }
            ],
        },
        encoding="gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def taste_vector(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/reco/v1/taste-profile")
    b.json(
        {
            "model": "track2vec-64",
            "user_vector": floats(c.rng, 64),
            "genres": {"shaabi": 0.4, "rai": 0.3},
        }
    )
    b.decoy("64-float taste / recommendation embedding (music features, no biometric context)")
    b.ok_json({"next": [t for t, _, _ in TRACKS[:3]]})
    return b.build()


def lyrics(c: Context) -> Flow:
    t, _, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", HOST + f"/v1/tracks/{t}/lyrics?synced=1")
    b.ok_json({"lines": [{"t": i * 4200, "l": "..."} for i in range(8)]})
    b.decoy("lyrics fetch for a track (catalogue)")
    return b.build()


def cover(c: Context) -> Flow:
    t, _, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"https://img.naghma-cdn.example/covers/{t}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    b.decoy("cover art fetch")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/v1/charts/top50?country=EG&req=" + rid(c.rng))
    b.ok_json(
        {
            "tracks": [
                {"id": t, "rank": i + 1, "plays": c.rng.randint(10**5, 10**7)}
                for i, (t, _, _) in enumerate(TRACKS)
            ]
        }
    )
    b.decoy("charts with play counts (aggregate)")
    return b.build()
