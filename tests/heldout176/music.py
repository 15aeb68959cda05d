"""Tonfall: a Stockholm-made music streaming app on the nurse's own phone.

Listening reports: batched playback events (`trackUri`, `msPlayed`, `endReason`),
the recently-played answer (in the response) and a compact msgpack beacon of rows
[track number, ms, ts] with nothing readable. The app binds offline licences to
the phone's ANDROID_ID, reports the Bluetooth address of the earbuds it routes
audio to (her Galaxy Buds: her device), and ships Adjust (`gps_adid`,
`android_uuid`, the `adid` in Adjust's answer) and Firebase installations (FID).
Top charts, time-synced lyrics (millisecond offsets of lines), cover art, audio
chunks and search are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.tonfall.example"
CDN = "https://audio-cdn.tonfall.example"
UA = ua("Tonfall", "9.4.12")
TRACKS = [
    ("6hQx1b0uRk", "Ellinoora", "Leijonakuningas", 201000),
    ("0vZt4pLmQa", "Veronica Maggio", "Jag kommer", 214000),
    ("3kP9sWnd2C", "Haloo Helsinki!", "Beibi", 193000),
    ("8yTr5uEjx1", "Miriam Bryant", "Bless Me", 236000),
    ("2mNa7cVbq0", "Sanni", "Että mitähän vittua", 188000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tonfall", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("app-platform", "Android")
    return b


def play_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/events/playback")
    b.view("json events[].trackUri + msPlayed")
    events = []
    for _ in range(c.rng.randint(1, 3)):
        tid, _, _, length = c.rng.choice(TRACKS)
        events.append(
            {
                "trackUri": f"tonfall:track:{tid}",
                "msPlayed": c.rng.randint(8000, length),
                "startedAt": iso(c),
                "endReason": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
                "context": "tonfall:playlist:37i9dQZF1DX" + new_hex(c.rng, 6),
                "shuffle": c.rng.random() < 0.3,
                "output": "bluetooth",
            }
        )
    b.json({"events": events}, "gzip")
    b.ok_json({"accepted": len(events)})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/player/recently-played?limit=20")
    b.view("response items[].track + played_at", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "track": {"id": tid, "artist": artist, "name": name, "durationMs": length},
                    "playedAt": iso(c),
                    "context": {"type": "playlist"},
                }
                for tid, artist, name, length in c.rng.sample(TRACKS, 3)
            ]
        }
    )
    return b.build()


def compact_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/b")
    b.view("msgpack rows [track no, ms, ts] (nothing readable)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(5000, 240000), ms(c)] for _ in range(2)]
    b.set_body(mpack({"r": rows, "v": 3}), "application/octet-stream")
    b.no_content()
    return b.build()


def offline_licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/offline/licence")
    b.json(
        {
            "deviceId": b.id("aid_music", where="json deviceId (ANDROID_ID)"),
            "tracks": [t[0] for t in c.rng.sample(TRACKS, 2)],
            "quality": "high",
        }
    )
    b.ok_json({"licence": b64(new_hex(c.rng, 48)), "expires": iso(c)})
    return b.build()


def output_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/connect/output")
    b.json(
        {
            "type": "BLUETOOTH_A2DP",
            "name": "Galaxy Buds2 Pro",
            "bluetoothAddress": b.id("buds_mac", where="json bluetoothAddress (her earbuds)"),
            "codec": "SSC",
        }
    )
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.5")
    b.form(
        [
            ("app_token", "qwx8k2m4n3b5"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("music_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c) + "+0200"),  # Adjust writes UTC with the zone after "Z"
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 400))),
            ("device_type", "phone"),
            ("os_name", "android"),
        ]
    )
    b.other_id("music_adid", where="response json adid", direction="response")
    b.ok_json({"adid": c.phone.music_adid, "timestamp": iso(c)})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tonfall-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("music_fid", where="json fid"),
            "appId": "1:417263552188:android:5c1f0e2b9d3a7e44",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/417263552188/installations/" + c.phone.music_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    return b.build()


def home(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?locale=fi_FI")
    b.decoy("top charts with play counts over all listeners (aggregates)")
    b.ok_json(
        {
            "sections": [
                {
                    "title": "Topplistan Suomi",
                    "items": [
                        {"id": t[0], "name": t[2], "plays": c.rng.randint(10**5, 10**7)}
                        for t in TRACKS
                    ],
                },
                {"title": "Sinulle", "items": [{"id": t[0], "name": t[2]} for t in TRACKS[:3]]},
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{API}/v1/lyrics/{tid}?synced=true")
    b.decoy("time-synced lyric lines with millisecond offsets (a song's text, not a play)")
    b.ok_json(
        {
            "lines": [
                {"startTimeMs": i * c.rng.randint(3000, 5000), "words": w}
                for i, w in enumerate(["Mä en tiedä", "miten tästä", "pääsen eteenpäin", "♪"])
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c, "tonfall", "GET", f"{CDN}/a/{new_hex(c.rng, 40)}?range={c.rng.randint(0, 40) * 65536}"
    )
    b.header("user-agent", UA)
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def cover_art(c: Context) -> Flow:
    b = FB(
        c, "tonfall", "GET", f"https://i.tonfall.example/image/ab67616d0000b273{new_hex(c.rng, 24)}"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["rauhoittava", "lugn musik", "sleep", "kahvila jazz"])
    b = _b(c, "GET", f"{API}/v1/search?q={q}&type=track,playlist&limit=10")
    b.ok_json({"tracks": [{"id": t[0], "name": t[2], "artist": t[1]} for t in TRACKS[:3]]})
    return b.build()
