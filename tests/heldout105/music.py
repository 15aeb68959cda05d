"""Gbedu: an Afrobeats / highlife streaming app used in Lagos and Kumasi.

Play records go up in batches (`playRecords[]`: song, listened milliseconds,
start time, source), the Kumasi team's Twi-named "recently played" sync
(`nnwom` songs, `tie_bere_ms` listening time, `afidie_id` the device) and, for offline plays, one
gzip+base64 field. Firebase gets the app's own events in protobuf and Mintegral
the GAID in its private alphabet. Charts with play counts over all listeners,
lyrics, search and the audio files themselves are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from . import adtrack
from .phone import FB, iso, ms, rid, ua

API = "https://api.gbedu.example"
PKG = "com.gbedu.music"
UA = ua("Gbedu", "6.4.1")
SONGS = [
    ("s_100231", "Burna Boy - City Boys"),
    ("s_100877", "Asake - Lonely At The Top"),
    ("s_101102", "Black Sherif - Kwaku the Traveller"),
    ("s_100455", "Tems - Me & U"),
    ("s_101340", "King Promise - Terminator"),
    ("s_100990", "Rema - Calm Down"),
    ("s_101511", "Kuami Eugene - Angela"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gbedu", method, url)
    b.header("user-agent", UA)
    b.header("x-gb-session", rid(c.rng))
    return b


def play_records(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/user/playRecords")
    b.view("json playRecords[].playTime (listened ms per song)")
    b.json(
        {
            "playRecords": [
                {
                    "songID": sid,
                    "playTime": c.rng.randint(15_000, 210_000),
                    "startTime": ms(c),
                    "source": c.rng.choice(["playlist", "radio", "search"]),
                }
                for sid, _ in c.rng.sample(SONGS, c.rng.randint(1, 3))
            ]
        }
    )
    b.ok_json({"code": 0, "desc": "success"})
    return b.build()


def twi_recent(c: Context) -> Flow:
    sid, title = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/gh/nnwom/nea-woatie")
    b.view("json nnwom_a_woatie[].tie_bere_ms (Twi: songs you listened to, listening time)")
    b.json(
        {
            "nnwom_a_woatie": [
                {"nnwom_id": sid, "din": title, "tie_bere_ms": c.rng.randint(20_000, 200_000)}
            ],
            "bere": iso(c),
            "afidie_id": b.id("aid_music", where="json afidie_id (Twi: device id)"),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def offline_plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/off")
    b.view("json d (gzip+base64 offline plays)", detectable=False)
    rows = [[sid, c.rng.randint(10_000, 200_000), ms(c)] for sid, _ in c.rng.sample(SONGS, 3)]
    b.json({"d": b64(gz(js(rows).encode())), "v": 3})
    b.ok_json({"code": 0})
    return b.build()


def firebase_events(c: Context) -> Flow:
    events = [
        adtrack.pb_event(c, "screen_view", [("_sc", "ChartsActivity")]),
        adtrack.pb_event(c, "_e", [("_et", c.rng.randint(500, 9000))]),
    ]
    return adtrack.firebase(c, PKG, "music_app_instance", events)


def mintegral(c: Context) -> Flow:
    return adtrack.mintegral(c, PKG)


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top100?country={c.rng.choice(['NG', 'GH'])}")
    b.decoy("chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "songID": sid, "title": t, "plays": c.rng.randint(10**5, 10**7)}
                for i, (sid, t) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v1/songs/{sid}/lyrics")
    b.decoy("synced lyrics with time offsets (of the song, not of a listener)")
    b.ok_json({"lines": [{"t": 12.4, "l": "Omo, e don happen"}, {"t": 16.9, "l": "Me ne wo ara"}]})
    return b.build()


def audio(c: Context) -> Flow:
    sid, _ = c.rng.choice(SONGS)
    b = FB(c, "gbedu", "GET", f"https://audio.gbedu.example/a/{sid}/128.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["asake", "amapiano", "highlife", "shatta wale"])
    b = _b(c, "GET", f"{API}/v1/search?kw={q}")
    b.decoy("search results")
    b.ok_json({"songs": [{"songID": sid, "title": t} for sid, t in SONGS[:4]]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_music", where="json deviceId (ANDROID_ID)"),
            "afid": b.acct("music_user"),
            "model": "TECNO CK6n",
            "channel": "palmstore",
        }
    )
    b.decoy("afid here is the account number, not a device id")
    b.ok_json({"code": 0})
    return b.build()
