"""Riffline: a music-streaming app on the Pixel 8.

Every finished or skipped track is reported (`/events/v1/plays`: trackUri,
msPlayed, reasonEnd, context), as Spotify-style "end song" logs do. Firebase
Analytics (GA4) app-measurement batches go as protobuf to
`app-measurement.com/a` with the app instance id and `song_play` events whose
parameter names are readable; Firebase Installations registers the FID.
Braze's SDK posts `/api/v3/data` with `device_id` and custom events. Browsing
playlists, the "Top 50 - USA" chart and lyrics are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, android_ua, iso, ms, rid

API = "https://spclient.riffline.example"
UA = android_ua("Riffline", "9.0.12.551")
TRACKS = [
    ("riff:track:4uLU6hMC", "Texas Hold 'Em", "Beyoncé"),
    ("riff:track:0V3wPSX9", "A Bar Song (Tipsy)", "Shaboozey"),
    ("riff:track:7qiZfU4d", "Ella Baila Sola", "Eslabon Armado"),
    ("riff:track:2plbrEY5", "Espresso", "Sabrina Carpenter"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "riffline", method, url)
    b.header("user-agent", UA)
    b.header("client-token", b64(new_hex(c.rng, 48)))
    return b


def plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/events/v1/plays")
    b.view("json plays[] trackUri + msPlayed + reasonEnd")
    b.json(
        {
            "plays": [
                {
                    "trackUri": t,
                    "msPlayed": c.rng.randint(3000, 240000),
                    "reasonStart": "trackdone",
                    "reasonEnd": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
                    "context": "riff:playlist:37i9dQZF1DX0kbJZpiYdZl",
                    "endedAt": iso(c),
                    "shuffle": c.rng.random() < 0.3,
                }
                for t, _, _ in c.rng.sample(TRACKS, 2)
            ]
        }
    )
    b.no_content()
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/riffline-prod/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("fb_app_instance", where="json fid"),
            "appId": "1:804211775190:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804211775190/installations/x", "refreshToken": b64(rid(c.rng))})
    return b.build()


def ga4_measurement(c: Context, with_play: bool = True) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 15; Pixel 8 Build/AP4A.250105.002)")
    params = [("engagement_time_msec", c.rng.randint(100, 9000))]
    name = "user_engagement"
    if with_play:
        t, title, _artist = c.rng.choice(TRACKS)
        name = "song_play"
        params = [
            ("track_uri", t),
            ("track_name", title),
            ("seconds_played", c.rng.randint(5, 240)),
        ]
        b.view("protobuf event song_play with params track_uri + seconds_played")
    event = pb_msg(
        2,
        [pb_bytes(2, name), pb_varint(3, ms(c))]
        + [
            pb_msg(1, [pb_bytes(1, k), pb_varint(3, v) if isinstance(v, int) else pb_bytes(2, v)])
            for k, v in params
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "15"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(14, "com.riffline.music"),
            pb_bytes(16, "9.0.12.551"),
            pb_bytes(
                19, b.id("gaid", "protobuf", "protobuf field 19 (resettable device id)", False)
            ),
            pb_bytes(
                21,
                b.id("fb_app_instance", "protobuf", "protobuf field 21 (app instance id)", False),
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def braze_data(c: Context) -> Flow:
    _t, _title, _artist = c.rng.choice(TRACKS)
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4),
            "device_id": b.id("braze_device", where="json device_id"),
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "9.0.12",
            "user_id": b.acct("music_user"),
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "playlist_followed", "p": {"playlist": "Hot Country"}},
                    "time": round(c.now, 3),
                    "session_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def top_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/charts/v1/top50?market=US")
    b.decoy("'Top 50 - USA' with stream counts (aggregate)")
    b.ok_json(
        {
            "tracks": [
                {"uri": t, "name": n, "artist": a, "streams": c.rng.randint(10**6, 10**8)}
                for t, n, a in TRACKS
            ]
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/playlist/v2/37i9dQZF1DX0kbJZpiYdZl?market=US")
    b.decoy("playlist contents with track durations (catalogue)")
    b.ok_json(
        {"items": [{"uri": t, "durationMs": c.rng.randint(150000, 260000)} for t, _, _ in TRACKS]}
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    t = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{API}/color-lyrics/v2/track/{t.rsplit(':', 1)[1]}")
    b.decoy("time-synced lyrics (startTimeMs lines are the song's, not the listener's)")
    b.ok_json({"lines": [{"startTimeMs": s * 4100, "words": "…"} for s in range(5)]})
    return b.build()


def singular_start(c: Context) -> Flow:
    """Singular's session start: `k` names the kind of id that `u` holds."""
    b = FB(c, "singular", "GET", "https://sdk-api-v1.singular.net/api/v1/start")
    b.header("user-agent", "Singular/v12.5.4")
    for k, v in [
        ("a", "riffline_" + new_hex(c.rng, 8)),
        ("i", "com.riffline.music"),
        ("p", "Android"),
        ("k", "AIFA"),
        ("u", b.id("gaid", where="query u (k=AIFA)")),
        ("aifa", b.id("gaid", where="query aifa")),
        ("andi", b.id("aid_music", where="query andi")),
        ("ve", "15"),
        ("mo", "Pixel 8"),
        ("s", str(ms(c))),
        ("lag", "0.012"),
    ]:
        b.param(k, v)
    b.ok_json({"status": "ok"})
    return b.build()


def braze_identify(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4),
            "device_id": b.id("braze_device", where="json device_id"),
            "time": int(c.now),
            "attributes": [
                {
                    "user_id": b.acct("music_user"),
                    "email": b.id("email", where="json attributes[].email"),
                    "country": "US",
                    "language": "en",
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()
