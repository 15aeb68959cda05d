"""Klangstrom: the music streaming app she listens to on the U-Bahn.

Her listening is viewing history: playback events with position and ms played,
the recently-played list in a response, Last.fm scrobbles and now-playing
updates, and a compact gzip+base64 event batch with numbered columns (opaque).
Catalogue, search, recommendations, charts, covers and audio chunks are not.
Adjust's session carries her advertising id and Adjust's own ids.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import DALVIK, FB, iso, ms, rf, rid, ua

API = "https://api.klangstrom.example"
UA = ua("Klangstrom", "9.12.0")
TRACKS = [
    ("Bilderbuch", "Maschin"),
    ("Wanda", "Bussi Baby"),
    ("Arvo Pärt", "Spiegel im Spiegel"),
    ("Nils Frahm", "Says"),
    ("Soap&Skin", "Spiral"),
    ("Ernst Molden", "Awarakadawara"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "klangstrom", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _track_id(c: Context) -> str:
    return "ks:track:" + new_hex(c.rng, 22)


def playback_event(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/events/wiedergabe")
    b.view("json track_id + ms_played + position_ms + ended_at")
    artist, title = c.rng.choice(TRACKS)
    duration = c.rng.randint(150_000, 420_000)
    b.json(
        {
            "track_id": _track_id(c),
            "artist": artist,
            "title": title,
            "ms_played": c.rng.randint(20_000, duration),
            "position_ms": c.rng.randint(0, duration),
            "duration_ms": duration,
            "reason_end": c.rng.choice(["trackdone", "fwdbtn", "pause"]),
            "context": "playlist:Pendeln",
            "ended_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/zuletzt-gehoert?limit=20")
    b.view("response json items[].track + played_at", direction="response")
    b.ok_json(
        {
            "items": [
                {"track": {"id": _track_id(c), "artist": a, "title": t}, "played_at": iso(c)}
                for a, t in TRACKS[:4]
            ]
        }
    )
    return b.build()


def _lastfm(c: Context, method: str, pairs: list[tuple[str, str]]) -> FB:
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    body = [("method", method), *pairs, ("api_key", new_hex(c.rng, 32)), ("sk", new_hex(c.rng, 32))]
    sig = hashlib.md5("".join(k + v for k, v in sorted(body)).encode()).hexdigest()
    b.form([*body, ("api_sig", sig), ("format", "json")])
    b.decoy("api_sig md5 signature")
    return b


def scrobble(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _lastfm(
        c,
        "track.scrobble",
        [("artist[0]", artist), ("track[0]", title), ("timestamp[0]", str(int(c.now) - 200))],
    )
    b.view("form track.scrobble artist[0] track[0] timestamp[0]")
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def now_playing(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _lastfm(
        c,
        "track.updateNowPlaying",
        [("artist", artist), ("track", title), ("duration", str(c.rng.randint(150, 420)))],
    )
    b.view("form track.updateNowPlaying artist + track")
    b.ok_json({"nowplaying": {"track": {"#text": title}}})
    return b.build()


def event_batch_opaque(c: Context) -> Flow:
    """Rows [track hash, ms played, epoch] under numbered columns, gzip then base64."""
    b = _b(c, "POST", "/v1/t")
    b.view("json d (gzip+base64 rows of numbered columns)", detectable=False)
    rows = [
        {"1": new_hex(c.rng, 16), "2": c.rng.randint(20_000, 300_000), "3": ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"v": 3, "d": b64(gz(js(rows).encode()))})
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/suche?q={c.rng.choice(['pärt', 'wanda', 'falco'])}&typ=track")
    b.decoy("search results with durations: catalogue, not her listening")
    b.ok_json(
        {
            "tracks": [
                {
                    "id": _track_id(c),
                    "artist": a,
                    "title": t,
                    "duration_ms": c.rng.randint(150_000, 420_000),
                }
                for a, t in TRACKS[:3]
            ]
        }
    )
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/fuer-dich")
    b.decoy("recommendation rails and trending lists: not a report of listening")
    b.ok_json(
        {
            "rails": [
                {"titel": r, "tracks": [_track_id(c) for _ in range(4)]}
                for r in ("Für dich", "Trending in Wien", "Neu erschienen")
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "klangstrom", "GET", f"https://i.klangstrom.example/cover/{new_hex(c.rng, 40)}/300")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "klangstrom",
        "GET",
        f"https://audio-fa.klangstrom.example/ogg/{new_hex(c.rng, 40)}?range={c.rng.randint(0, 9)}",
    )
    b.header("user-agent", UA)
    b.decoy("an audio segment fetched for playback: fetching media, not a play report")
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", DALVIK)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("tracking_enabled", "1"),
            ("android_uuid", b.id("music_install", where="form android_uuid (Adjust install id)")),
            ("app_token", new_hex(c.rng, 12)),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 300))),
            ("device_type", "phone"),
            ("os_name", "android"),
        ]
    )
    adid = b.id("music_adid", where="response json adid (Adjust device id)", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/geraete")
    b.json(
        {
            "installation_id": b.id("music_install", where="json installation_id"),
            "android_id": b.id("aid_music", where="json android_id"),
            "modell": "SM-A546B",
            "user": b.acct("music_user"),
            "push_token": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 30),
        }
    )
    b.ok_json({"ok": True, "request": rid(c.rng), "lautstaerke_norm": rf(c.rng, -14, -9, 1)})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/klangstrom-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", DALVIK)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("music_fid", where="json fid (Firebase installation id)"),
            "appId": "1:493817204455:android:" + new_hex(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    fid = b.id("music_fid", where="response json fid", direction="response")
    b.ok_json(
        {
            "name": "projects/493817204455/installations/" + fid,
            "fid": fid,
            "refreshToken": "2_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()
