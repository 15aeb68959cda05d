"""Bangos (fictional Baltic music + radio app) with Last.fm and ListenBrainz scrobbling.

Real APIs:
- Last.fm track.scrobble / track.updateNowPlaying: form POST to
  ws.audioscrobbler.com/2.0/ with method, artist[i], track[i], timestamp[i],
  album[i], duration[i], api_key, api_sig, sk (last.fm/api/show/track.scrobble).
- ListenBrainz submit-listens: POST api.listenbrainz.org/1/submit-listens,
  "Authorization: Token ...", {listen_type, payload: [{listened_at,
  track_metadata: {artist_name, track_name, release_name, additional_info}}]}
  (listenbrainz.readthedocs.io, "JSON Documentation").
In-house: Lithuanian keys (klausymo_istorija = listening history, daina = song,
atlikejas = artist, stotis = station, klausyta_sek = seconds listened).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

UA = ua("Bangos", "6.3.0")
TRACKS = [
    ("Jurga", "Nebijok", "Instinktai"),
    ("Brainstorm", "Maybe", "Online"),
    ("Go_A", "Шум", "Шум"),
    ("Jalvin", "Tikiu", "Singles"),
    ("Tommy Cash", "Espresso Macchiato", "EMR"),
    ("Okean Elzy", "Обійми", "Земля"),
]
STATIONS = ["LRT Opus", "Radio SWH", "Raadio 2", "ZIP FM", "Radio Skonto"]


def lastfm_scrobble(c: Context, method: str = "track.scrobble") -> Flow:
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    pairs = [("method", method)]
    picks = c.rng.sample(TRACKS, 1 if method != "track.scrobble" else c.rng.randint(1, 3))
    for i, (artist, track, album) in enumerate(picks):
        sfx = f"[{i}]" if method == "track.scrobble" else ""
        pairs += [
            (f"artist{sfx}", artist),
            (f"track{sfx}", track),
            (f"album{sfx}", album),
            (f"timestamp{sfx}", str(int(c.now) - 240 * i)),
            (f"duration{sfx}", "210"),
        ]
    pairs += [("api_key", "a3f9c1" + "0" * 26), ("sk", b.acct("lastfm_sk")), ("format", "json")]
    sig = hashlib.md5("".join(k + v for k, v in sorted(pairs)).encode()).hexdigest()
    b.form([*pairs, ("api_sig", sig)])
    b.view(f"form {method} artist/track/timestamp")
    b.ok_json({"scrobbles": {"@attr": {"accepted": len(picks), "ignored": 0}}})
    return b.build()


def listenbrainz(c: Context) -> Flow:
    artist, track, album = c.rng.choice(TRACKS)
    b = FB(c, "listenbrainz", "POST", "https://api.listenbrainz.org/1/submit-listens")
    b.header("authorization", "Token " + rid(c.rng))
    b.json(
        {
            "listen_type": "single",
            "payload": [
                {
                    "listened_at": int(c.now),
                    "track_metadata": {
                        "artist_name": artist,
                        "track_name": track,
                        "release_name": album,
                        "additional_info": {
                            "media_player": "Bangos",
                            "submission_client": "Bangos",
                            "duration_ms": c.rng.randint(150000, 260000),
                        },
                    },
                }
            ],
        }
    )
    b.view("json listens track_metadata")
    b.ok_json({"status": "ok"})
    return b.build()


def radio_log(c: Context) -> Flow:
    b = FB(c, "bangos", "POST", "https://api.bangos.lt/v1/klausymo-istorija")
    b.header("user-agent", UA)
    b.header("x-client-install", b.id("radio_install", where="header x-client-install"))
    st = c.rng.choice(STATIONS)
    artist, track, _ = c.rng.choice(TRACKS)
    b.json(
        {
            "stotis": st,
            "daina": track,
            "atlikejas": artist,
            "pradzia": iso(c),
            "klausyta_sek": c.rng.randint(20, 240),
            "vartotojas": b.acct("radio_user"),
        }
    )
    b.view("json stotis + daina + klausyta_sek")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "bangos", "POST", "https://api.bangos.lt/v1/devices")
    b.json(
        {
            "installId": b.id("radio_install", where="json installId"),
            "deviceId": b.id("aid_radio", how="sha256", where="json deviceId (sha256)"),
            "platform": "android",
            "pushEnabled": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(c, "bangos", "GET", "https://api.bangos.lt/v1/stotys", [("salis", "LT,LV,EE")])
    b.ok_json(
        {
            "stotys": [
                {
                    "pavadinimas": s,
                    "srautas": f"https://stream.bangos.lt/{i}.aac",
                    "klausytoju": c.rng.randint(100, 9000),
                }
                for i, s in enumerate(STATIONS)
            ]
        }
    )
    b.decoy("station list with listener counts")
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = FB(c, "bangos", "GET", f"https://stream.bangos.lt/{c.rng.randint(0, 4)}.aac")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.randrange(256) for _ in range(300)))
    b.decoy("radio stream fetch")
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(
        c, "bangos", "GET", "https://api.bangos.lt/v1/topas", [("savaite", str(ms(c) // 604800000))]
    )
    b.ok_json(
        {
            "topas": [
                {"vieta": i + 1, "atlikejas": a, "daina": t, "grota": c.rng.randint(50, 900)}
                for i, (a, t, _) in enumerate(TRACKS)
            ]
        }
    )
    b.decoy("chart with play counts")
    return b.build()
