"""A music streaming app: Braze and Segment events, its own listening history.

Sources: the Braze Android SDK's data endpoint `POST /api/v3/data` on the EU
cluster (sdk.fra-02.braze.eu) with `api_key`, `device_id`, a `device` object
(`google_ad_id`, `ad_tracking_enabled`, `android_version`...) and `events`
whose custom events are `{"name":"ce","data":{"n":NAME,"p":{props}}}`
(braze-inc/braze-docs, SDK data collection pages); Segment's batch API
`POST https://api.segment.io/v1/b` with `anonymousId`, `context.device.id`,
`context.device.advertisingId` (segment.com/docs/connections/spec/common/).
The app's own recently-played sync and its protobuf play log are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.klangwerk.fm"
TRACKS = [
    ("4Vd1X9kQm2LzP0aRt7Ue", "Kraftwerk", "Das Model", 221000),
    ("0Hq8nT3cBw5YyJ1sLx6o", "AnnenMayKantereit", "Barfuß am Klavier", 198000),
    ("7Gk2Pz9RmC4vN8dQe1Wa", "Peter Fox", "Zukunft Pink", 224000),
    ("2Jr5Wy0XbS7tH3kMn9Lc", "Nina Chuba", "Wildberry Lillet", 163000),
]


def _track(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(TRACKS)


def braze_data(c: Context) -> Flow:
    tid, artist, name, dur = _track(c)
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data")
    b.header("user-agent", ua("Klangwerk", "8.14.0"))
    b.header("x-braze-api-key", "6f1c3e2a-91d4-4b0c-8a57-0e3f9d2b7c41")
    device = {
        "android_version": "34",
        "brand": "OnePlus",
        "model": "CPH2581",
        "carrier": "Telekom.de",
        "locale": "de_DE",
        "time_zone": "Europe/Berlin",
        "resolution": "1440x3168",
        "ad_tracking_enabled": True,
        "google_ad_id": b.id("gaid", where="body:device.google_ad_id"),
    }
    ev = {
        "name": "ce",
        "time": round(c.now, 3),
        "session_id": rid(c.rng),
        "data": {
            "n": "song_played",
            "p": {
                "track_id": tid,
                "artist": artist,
                "title": name,
                "listened_ms": c.rng.randint(30000, dur),
                "source": "daily_mix",
            },
        },
    }
    b.view("body:events[0].data.p (song_played)")
    b.json(
        {
            "api_key": "6f1c3e2a-91d4-4b0c-8a57-0e3f9d2b7c41",
            "time": int(c.now),
            "sdk_version": "30.1.0",
            "app_version": "8.14.0",
            "device_id": b.id("braze_device", where="body:device_id"),
            "device": device,
            "events": [ev],
            "respond_with": {"user_id": b.acct("music_user"), "config": {"config_time": 0}},
        }
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def segment_batch(c: Context) -> Flow:
    tid, artist, name, dur = _track(c)
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/b")
    b.header("authorization", "Basic " + b64("kw_android_prod:"))
    dev = {
        "id": b.id("aid_music", where="body:batch[0].context.device.id"),
        "advertisingId": b.id("gaid", where="body:batch[0].context.device.advertisingId"),
        "adTrackingEnabled": True,
        "manufacturer": "OnePlus",
        "model": "CPH2581",
        "type": "android",
    }
    event = {
        "type": "track",
        "event": "Track Played",
        "messageId": rid(c.rng),
        "anonymousId": b.id("segment_anon", where="body:batch[0].anonymousId"),
        "userId": b.acct("music_user"),
        "timestamp": iso(c),
        "properties": {
            "track_id": tid,
            "artist": artist,
            "name": name,
            "ms_played": c.rng.randint(10000, dur),
            "duration_ms": dur,
        },
        "context": {
            "device": dev,
            "os": {"name": "Android", "version": "14"},
            "library": {"name": "analytics-kotlin", "version": "1.16.3"},
        },
    }
    b.view("body:batch[0].properties (Track Played)")
    b.json({"batch": [event], "sentAt": iso(c)}, encoding="gzip")
    b.ok_json({"success": True})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "klangwerk-api", "POST", f"{API}/v2/me/player/recently-played")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    plays = [
        {
            "trackUri": f"kw:track:{t[0]}",
            "playedAt": iso(c),
            "msPlayed": t[3] - 4000,
            "context": "kw:playlist:37i9dQZF1DX4jP4eebSWR9",
        }
        for t in c.rng.sample(TRACKS, 2)
    ]
    b.view("body:plays[].trackUri+playedAt")
    b.json({"plays": plays, "clientId": "android"})
    b.no_content()
    return b.build()


def play_log_protobuf(c: Context) -> Flow:
    tid, _, _, dur = _track(c)
    rec = pb_msg(
        1,
        [
            pb_bytes(1, f"kw:track:{tid}"),
            pb_varint(2, c.rng.randint(5000, dur)),
            pb_varint(3, ms(c)),
            pb_varint(4, 2),
        ],
    )
    b = FB(
        c,
        "klangwerk-api",
        "POST",
        "https://gew4-spclient.klangwerk.fm/gabo-receiver-service/v3/events",
    )
    b.set_body(rec + pb_bytes(9, "8.14.0"), "application/x-protobuf")
    b.view("body:protobuf field 1 (track uri, ms, time; no field names)", detectable=False)
    b.no_content()
    return b.build()


def album_art(c: Context) -> Flow:
    b = FB(
        c,
        "klangwerk-cdn",
        "GET",
        f"https://i.kwcdn-example.net/image/ab67616d0000b273{new_hex(c.rng, 24)}",
    )
    b.decoy("album cover fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 9999), 250))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c, "klangwerk-cdn", "GET", f"https://audio-ak.kwcdn-example.net/audio/{new_hex(c.rng, 40)}"
    )
    b.header("range", f"bytes={c.rng.randint(0, 9) * 65536}-")
    b.decoy("audio file range fetch")
    b.respond(206, "audio/ogg", b"OggS" + bytes(200))
    return b.build()


def browse(c: Context) -> Flow:
    b = FB(c, "klangwerk-api", "GET", f"{API}/v1/browse/featured-playlists")
    b.param("country", "DE")
    b.param("locale", "de_DE")
    pls = [
        {"id": new_hex(c.rng, 22), "name": n, "tracks": {"total": c.rng.randint(40, 120)}}
        for n in ("Deutschrap Brandneu", "Schlager Hits", "Indie Deutschland")
    ]
    b.decoy("catalogue of playlists")
    b.ok_json({"message": "Guten Morgen", "playlists": {"items": pls}})
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _, name, _ = _track(c)
    b = FB(c, "klangwerk-api", "GET", f"https://lyrics.klangwerk.fm/color-lyrics/v2/track/{tid}")
    b.decoy("lyrics fetch")
    lines = [{"startTimeMs": str(i * 4200), "words": f"{name} line {i}"} for i in range(4)]
    b.ok_json({"lyrics": {"syncType": "LINE_SYNCED", "lines": lines}})
    return b.build()
