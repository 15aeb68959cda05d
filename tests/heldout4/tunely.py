"""Tunely: a music streaming app (catalogue, playlists, audio, lyrics, a visualiser),
with Last.fm scrobbling, its own listening-history batches, a protobuf event
pipe, Amplitude analytics and OneSignal push registration.

Wire formats: Last.fm API 2.0 `track.scrobble` / `track.updateNowPlaying` (form
POST to ws.audioscrobbler.com/2.0/, array notation `artist[0]`..., api_sig,
https://www.last.fm/api/show/track.scrobble); Amplitude HTTP API v2 batch
(`api_key`, `events[]` with `device_id`, `adid`, `event_type`,
https://www.docs.developers.amplitude.com/analytics/apis/http-v2-api/);
OneSignal `POST /api/v1/players` (`device_type`, `identifier`, `ad_id`,
https://documentation.onesignal.com/reference/add-a-device).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, okhttp, req_id, rf, ua
from .shapes import TRACKS, series

API = "https://api.tunely-music.com"
UA = ua("Tunely", "8.14.2")


def _track(ctx: Context) -> tuple[str, str, str, str]:
    artist, title, album = ctx.rng.choice(TRACKS)
    tid = "tr_" + hashlib.sha1(title.encode()).hexdigest()[:14]
    return artist, title, album, tid


def _fb(ctx: Context, method: str, url: str, sdk: str = "tunely") -> FB:
    fb = FB(ctx, sdk, method, url)
    fb.header("user-agent", UA)
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    return fb


# --- negatives ----------------------------------------------------------------


def config(ctx: Context) -> Flow:
    fb = _fb(ctx, "GET", f"{API}/v2/config", "tunely")
    fb.param("platform", "android")
    fb.param("build", "81402")
    exp = req_id(ctx.rng)
    fb.decoy(exp)
    fb.ok_json(
        {
            "features": {"lyrics": True, "visualiser": True, "hifi": False},
            "experiments": [{"id": exp, "variant": "B", "name": "home_shelves_v3"}],
            "audio": {"prefetch_segments": 3, "codec": "aac-he"},
        }
    )
    return fb.build()


def playlist(ctx: Context) -> Flow:
    pid = "pl_" + new_hex(ctx.rng, 12)
    fb = _fb(ctx, "GET", f"{API}/v2/playlists/{pid}/tracks")
    fb.param("offset", "0")
    fb.param("limit", "50")
    items = []
    for artist, title, album in ctx.rng.sample(TRACKS, 6):
        items.append(
            {
                "track_id": "tr_" + hashlib.sha1(title.encode()).hexdigest()[:14],
                "title": title,
                "artist": artist,
                "album": album,
                "duration_ms": ctx.rng.randint(150000, 290000),
                "added_at": "2024-05-0" + str(ctx.rng.randint(1, 9)),
            }
        )
    fb.ok_json({"playlist_id": pid, "name": "Late Night Drive", "items": items})
    return fb.build()


def search(ctx: Context) -> Flow:
    fb = _fb(ctx, "GET", f"{API}/v2/search")
    fb.param("q", ctx.rng.choice(["harbour", "lanterns", "monsoon", "kite", "neon"]))
    fb.param("types", "track,album,artist")
    fb.ok_json({"tracks": {"total": ctx.rng.randint(3, 90), "items": []}})
    return fb.build()


def artwork(ctx: Context) -> Flow:
    fb = FB(
        ctx, "tunely-cdn", "GET", f"https://i.tunely-cdn.com/img/{new_hex(ctx.rng, 40)}/640x640.jpg"
    )
    fb.header("user-agent", okhttp())
    fb.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 700))
    return fb.build()


def audio_segment(ctx: Context) -> Flow:
    fb = FB(
        ctx, "tunely-cdn", "GET", f"https://audio-fa.tunely-cdn.com/audio/{new_hex(ctx.rng, 40)}"
    )
    fb.param("__token__", "exp=" + str(int(ctx.now) + 3600) + "~hmac=" + new_hex(ctx.rng, 64))
    start = ctx.rng.randint(0, 40) * 131072
    fb.header("range", f"bytes={start}-{start + 131071}")
    fb.header("user-agent", okhttp())
    fb.respond(206, "audio/mp4", bytes(ctx.rng.getrandbits(8) for _ in range(600)))
    return fb.build()


def waveform(ctx: Context) -> Flow:
    """Amplitude envelope for the visualiser: a float series, not a voice or a face."""
    _, _, _, tid = _track(ctx)
    fb = _fb(ctx, "GET", f"{API}/v2/tracks/{tid}/waveform")
    fb.param("resolution", "256")
    fb.ok_json(
        {
            "track_id": tid,
            "sample_rate": 44100,
            "samples_per_pixel": 512,
            "peaks": [abs(x) for x in series(ctx.rng, 256, 0.3, 0.08, 3)],
            "bpm": rf(ctx.rng, 80, 150, 1),
        }
    )
    return fb.build()


def lyrics(ctx: Context) -> Flow:
    _, _, _, tid = _track(ctx)
    fb = _fb(ctx, "GET", f"{API}/v2/tracks/{tid}/lyrics")
    fb.ok_json({"synced": True, "lines": [{"t": 12400, "text": "and the ferry lights go out"}]})
    return fb.build()


def subscription(ctx: Context) -> Flow:
    from .phone import order_no

    fb = _fb(ctx, "POST", f"{API}/v2/billing/verify")
    order = order_no(ctx.rng)
    fb.decoy(order)
    fb.json(
        {
            "order_id": order,
            "product_id": "tunely_premium_monthly",
            "purchase_token": new_hex(ctx.rng, 64),
        }
    )
    fb.ok_json({"status": "active", "expires": "2024-07-14"})
    return fb.build()


# --- listening history ----------------------------------------------------------


def plays_batch(ctx: Context, n: int) -> Flow:
    """The app's own play log: content ids with play time and when (detectable)."""
    fb = _fb(ctx, "POST", f"{API}/v2/me/plays")
    fb.header("x-tunely-device-id", fb.id("tunely_install", where="header x-tunely-device-id"))
    plays = []
    for _ in range(n):
        _, _, _, tid = _track(ctx)
        plays.append(
            {
                "track_id": tid,
                "played_at": ms(ctx) - ctx.rng.randint(0, 900000),
                "ms_played": ctx.rng.randint(30000, 280000),
                "context": "playlist:pl_" + new_hex(ctx.rng, 12),
                "reason_end": ctx.rng.choice(["trackdone", "fwdbtn", "endplay"]),
            }
        )
    fb.view("body plays[].track_id/ms_played/played_at")
    fb.json({"plays": plays}, encoding="gzip")
    fb.no_content()
    return fb.build()


def event_pipe(ctx: Context) -> Flow:
    """Protobuf to the event gateway: track ids and times under field numbers only."""
    fb = _fb(ctx, "POST", "https://gew.tunely-music.com/gabo-receiver-service/v3/events")
    parts = [pb_bytes(1, fb.id("tunely_install", where="protobuf field 1", detectable=False))]
    for _ in range(ctx.rng.randint(1, 4)):
        _, _, _, tid = _track(ctx)
        parts.append(
            pb_msg(
                2,
                [
                    pb_bytes(1, "EndSong"),
                    pb_bytes(3, tid),
                    pb_varint(4, ctx.rng.randint(20000, 280000)),
                    pb_varint(5, ms(ctx)),
                ],
            )
        )
    fb.view("protobuf field 2 (track id, ms played)", detectable=False)
    fb.set_body(b"".join(parts), "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return fb.build()


def scrobble(ctx: Context, n: int) -> Flow:
    fb = FB(ctx, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/", http_version="HTTP/1.1")
    fb.header("user-agent", UA)
    pairs: list[tuple[str, str]] = [("method", "track.scrobble")]
    for i in range(n):
        artist, title, album, _ = _track(ctx)
        suffix = f"[{i}]" if n > 1 else ""
        pairs += [
            (f"artist{suffix}", artist),
            (f"track{suffix}", title),
            (f"album{suffix}", album),
            (f"timestamp{suffix}", str(int(ctx.now) - 240 * (n - i))),
            (f"duration{suffix}", str(ctx.rng.randint(150, 290))),
        ]
    pairs += [
        ("api_key", new_hex(ctx.rng, 32)),
        ("sk", new_hex(ctx.rng, 32)),
        ("api_sig", new_hex(ctx.rng, 32)),
        ("format", "json"),
    ]
    fb.view("form method=track.scrobble artist/track/timestamp")
    fb.form(pairs)
    fb.ok_json({"scrobbles": {"@attr": {"accepted": n, "ignored": 0}}})
    return fb.build()


def now_playing(ctx: Context) -> Flow:
    artist, title, album, _ = _track(ctx)
    fb = FB(ctx, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/", http_version="HTTP/1.1")
    fb.header("user-agent", UA)
    fb.view("form method=track.updateNowPlaying artist/track")
    fb.form(
        [
            ("method", "track.updateNowPlaying"),
            ("artist", artist),
            ("track", title),
            ("album", album),
            ("api_key", new_hex(ctx.rng, 32)),
            ("sk", new_hex(ctx.rng, 32)),
            ("api_sig", new_hex(ctx.rng, 32)),
            ("format", "json"),
        ]
    )
    fb.ok_json({"nowplaying": {"track": {"#text": title}}})
    return fb.build()


# --- SDKs -------------------------------------------------------------------------


def amplitude(ctx: Context, playing: bool) -> Flow:
    fb = FB(ctx, "amplitude", "POST", "https://api2.amplitude.com/batch")
    fb.header("user-agent", okhttp())
    base = {
        "device_id": fb.id("amplitude_device_id", where="events[].device_id"),
        "user_id": ctx.phone.tunely_user,
        "adid": fb.id("gaid", where="events[].adid"),
        "platform": "Android",
        "os_version": "14",
        "device_model": "Pixel 8",
        "session_id": ms(ctx) - 60000,
        "insert_id": req_id(ctx.rng),
    }
    events = []
    if playing:
        artist, title, _, tid = _track(ctx)
        events.append(
            {
                **base,
                "event_type": "Track Played",
                "time": ms(ctx),
                "event_properties": {
                    "track_id": tid,
                    "track_name": title,
                    "artist_name": artist,
                    "seconds_listened": ctx.rng.randint(30, 280),
                },
            }
        )
        fb.view("events[event_type=Track Played].event_properties")
    events.append(
        {
            **base,
            "event_type": ctx.rng.choice(["Screen Viewed", "Search Performed"]),
            "time": ms(ctx),
        }
    )
    fb.json({"api_key": new_hex(ctx.rng, 32), "events": events})
    fb.ok_json({"code": 200, "events_ingested": len(events)})
    return fb.build()


def onesignal_register(ctx: Context) -> Flow:
    fb = FB(ctx, "onesignal", "POST", "https://onesignal.com/api/v1/players")
    fb.header("user-agent", okhttp())
    fb.json(
        {
            "app_id": new_uuid(ctx.rng),
            "device_type": 1,
            "ad_id": fb.id("gaid", where="body ad_id"),
            "device_model": "Pixel 8",
            "device_os": "14",
            "sdk": "040805",
            "language": "en",
            "timezone": 3600,
            "net_type": 0,
        }
    )
    pid = fb.id("onesignal_player", where="response id", detectable=False, direction="response")
    fb.ok_json({"success": True, "id": pid})
    return fb.build()


def onesignal_session(ctx: Context) -> Flow:
    pid = ctx.phone.onesignal_player
    fb = FB(ctx, "onesignal", "POST", f"https://onesignal.com/api/v1/players/{pid}/on_session")
    fb.id("onesignal_player", where="url path players/{id}", detectable=False)
    fb.header("user-agent", okhttp())
    fb.json(
        {"app_id": new_uuid(ctx.rng), "ad_id": fb.id("gaid", where="body ad_id"), "device_type": 1}
    )
    fb.ok_json({"success": True})
    return fb.build()
