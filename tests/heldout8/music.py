"""Wavelet, a fictional music-streaming app, and the analytics SDKs inside it.

- Braze (Swift SDK): POST `/api/v3/data` with `api_key`, `device_id`, `device`
  {ios_idfv, ios_idfa, ad_tracking_enabled...} and `events` whose custom events
  are `{"name": "ce", "data": {"n": NAME, "p": PROPS}}` (braze-inc/braze-docs,
  SDK data collection; Braze Swift SDK request layout).
- Amplitude (amplitude-swift): POST `api2.amplitude.com/2/httpapi` with
  `api_key` and `events` [{event_type, device_id (the IDFV by default on iOS),
  idfv, user_id, time, session_id, insert_id, event_properties...}] (Amplitude
  HTTP V2 API documentation; Amplitude-iOS README).
- mParticle (mParticle-apple-sdk): batch with `dt: "h"`, `das` (device
  application stamp), `di` device info {dp, dma, dmdl, dosv, vid (IDFV), aid
  (IDFA), lat} and `msgs` [{dt: "e", n, et: "Media", attrs}] (MPIConstants.m).
- Last.fm scrobbling: form POST `ws.audioscrobbler.com/2.0/` with
  `method=track.scrobble`, `artist[i]`, `track[i]`, `timestamp[i]`, `api_sig`
  (Last.fm API docs, track.scrobble).
The app's own backend syncs recently-played items and ships a protobuf listen
log without field names (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, cfnet, ms, rid

TRACKS = [
    ("Golden Hour", "JVKE", "this is what ____ feels like", 209),
    ("Zeg Me Dat Het Niet Zo Is", "Frank Boeijen", "Welkom In Utopia", 244),
    ("Espresso", "Sabrina Carpenter", "Short n' Sweet", 175),
    ("Flowers", "Miley Cyrus", "Endless Summer Vacation", 200),
    ("Danser Encore", "HK", "Danser Encore", 213),
    ("Birds of a Feather", "Billie Eilish", "Hit Me Hard and Soft", 210),
]


def _track(c: Context) -> tuple[str, str, str, int, str]:
    t = c.rng.choice(TRACKS)
    return (*t, "wv:trk:" + rid(c.rng).replace("-", "")[:22])


def _sdk(c: Context, sdk: str, url: str) -> FB:
    b = FB(c, sdk, "POST", url)
    b.header("user-agent", cfnet("Wavelet", "52011"))
    return b


def braze_data(c: Context) -> Flow:
    b = _sdk(c, "braze", "https://sdk.iad-03.braze.com/api/v3/data")
    title, artist, album, dur, tid = _track(c)
    played = c.rng.randint(30, dur) * 1000
    b.view("body.json.events[0].data.p (song_played: track_id, listened_ms)")
    b.json(
        {
            "api_key": "3c1f0a52-8d27-4e3b-9a6f-5e1b2c7d9f40",
            "app_version": "5.2.0",
            "sdk_version": "9.2.0",
            "device_id": b.id("braze_did", where="body.json.device_id"),
            "time": int(c.now),
            "device": {
                "ios_idfv": b.id("idfv_music", where="body.json.device.ios_idfv"),
                "ios_idfa": b.id("idfa", where="body.json.device.ios_idfa"),
                "ad_tracking_enabled": True,
                "model": "iPhone15,4",
                "os_version": "17.4.1",
                "carrier": "KPN",
                "resolution": "1179x2556",
                "locale": "nl_NL",
                "time_zone": "Europe/Amsterdam",
            },
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "song_played",
                        "p": {
                            "track_id": tid,
                            "track_name": title,
                            "artist": artist,
                            "album": album,
                            "listened_ms": played,
                            "completed": played >= dur * 900,
                        },
                    },
                    "time": round(c.now, 3),
                    "session_id": rid(c.rng),
                    "user_id": b.acct("music_user"),
                }
            ],
            "respond_with": {"config": {"config_time": int(c.now) - 3600}, "triggers": True},
        }
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def amplitude_batch(c: Context) -> Flow:
    b = _sdk(c, "amplitude", "https://api2.amplitude.com/2/httpapi")
    title, artist, _, dur, tid = _track(c)
    b.view("body.json.events[0].event_properties (Song Played: track, ms_played)")
    b.json(
        {
            "api_key": "b7e2d41f9c0a83e65d1f2a7c4b9e0d38",
            "events": [
                {
                    "event_type": "Song Played",
                    "user_id": b.acct("music_user"),
                    "device_id": b.id("idfv_music", where="body.json.events[0].device_id"),
                    "idfv": b.id("idfv_music", where="body.json.events[0].idfv"),
                    "time": ms(c),
                    "session_id": ms(c) - 600_000,
                    "insert_id": rid(c.rng),
                    "platform": "iOS",
                    "os_name": "ios",
                    "os_version": "17.4.1",
                    "device_manufacturer": "Apple",
                    "device_model": "iPhone15,4",
                    "event_properties": {
                        "track_id": tid,
                        "track": title,
                        "artist": artist,
                        "ms_played": c.rng.randint(20, dur) * 1000,
                        "source": c.rng.choice(["playlist", "radio", "album"]),
                    },
                    "library": "amplitude-swift/1.4.4",
                }
            ],
            "options": {"min_id_length": 1},
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1, "payload_size_bytes": 812})
    return b.build()


def mparticle_batch(c: Context) -> Flow:
    b = _sdk(c, "mparticle", "https://nativesdks.mparticle.com/v2/us1-5e1d2c0a9b7f4e3d/events")
    title, artist, _, dur, tid = _track(c)
    b.view("body.gzip.json.msgs[0].attrs (Media event: content_id, playhead_position)")
    b.json(
        {
            "dt": "h",
            "id": rid(c.rng),
            "ct": ms(c),
            "sdk": "8.24.2",
            "das": b.id("mp_das", where="body.gzip.json.das", detectable=False),
            "ai": {"an": "Wavelet", "av": "5.2.0", "apn": "fm.wavelet.ios", "abn": "52011"},
            "di": {
                "dp": "iOS",
                "dn": "iPhone",
                "dma": "Apple",
                "dmdl": "iPhone15,4",
                "dosv": "17.4.1",
                "dll": "nl",
                "dlc": "NL",
                "tzn": "Europe/Amsterdam",
                "vid": b.id("idfv_music", where="body.gzip.json.di.vid"),
                "aid": b.id("idfa", where="body.gzip.json.di.aid"),
                "lat": False,
            },
            "msgs": [
                {
                    "dt": "e",
                    "id": rid(c.rng),
                    "ct": ms(c),
                    "sid": rid(c.rng),
                    "n": "Play",
                    "et": "Media",
                    "attrs": {
                        "content_id": tid,
                        "content_title": title,
                        "content_artist": artist,
                        "playhead_position": c.rng.randint(0, dur),
                        "content_duration": dur,
                        "stream_type": "OnDemand",
                    },
                }
            ],
        },
        encoding="gzip",
    )
    b.respond(202, None)
    return b.build()
