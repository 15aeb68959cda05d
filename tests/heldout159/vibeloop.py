"""Vibeloop: the teen's music streamer on the iPhone, with Segment analytics.

Plays are reported as `track_played` with `ms_played`; the home screen fetches
"recently played". Segment's iOS library batches `track` calls with `anonymousId`
and `context.device.adTrackingEnabled` / `advertisingId` / `id` (the IDFV). The audio
route names the AirPods: iOS's AVAudioSession port UID for a Bluetooth output is the
headset's address with a `-tacl` suffix, sent for "audio quality" stats. Lyrics,
album art and search are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, bearer, ios_ua, iso, ms, rf, rid

API = "https://api.vibeloop.example"
UA = ios_ua("Vibeloop", "8.12.2", "8122")
TRACKS = [
    ("Drake", "Passionfruit"),
    ("The Weeknd", "Blinding Lights"),
    ("Tate McRae", "greedy"),
    ("Charlotte Cardin", "Meaningless"),
    ("Justin Bieber", "Peaches"),
    ("Les Cowboys Fringants", "Les étoiles filantes"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vibeloop", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def track_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events/playback")
    b.view("json track_played ms_played")
    artist, title = c.rng.choice(TRACKS)
    dur = c.rng.randint(150000, 240000)
    b.json(
        {
            "event": "track_played",
            "track_uri": f"vibe:track:{new_hex(c.rng, 22)}",
            "artist": artist,
            "title": title,
            "ms_played": c.rng.randint(5000, dur),
            "duration_ms": dur,
            "reason_end": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
            "ts": iso(c),
            "device_id": b.id("idfv_vibe", where="json device_id"),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/player/recently-played?limit=10")
    b.view("response json items[].played_at", direction="response")
    items = []
    for _ in range(5):
        artist, title = c.rng.choice(TRACKS)
        items.append({"track": {"name": title, "artist": artist}, "played_at": iso(c)})
    b.ok_json({"items": items})
    return b.build()


def segment_batch(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/b")
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + new_hex(c.rng, 32))
    artist, title = c.rng.choice(TRACKS)
    b.view("json batch[].event=Song Played, properties.position")
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": "Song Played",
                    "properties": {
                        "title": title,
                        "artist": artist,
                        "position": c.rng.randint(0, 200),
                        "total_length": c.rng.randint(150, 240),
                    },
                    "anonymousId": b.id("segment_anon", where="json batch[].anonymousId"),
                    "context": {
                        "device": {
                            "id": b.id("idfv_vibe", where="json context.device.id"),
                            "advertisingId": b.id(
                                "idfa", where="json context.device.advertisingId"
                            ),
                            "adTrackingEnabled": True,
                            "manufacturer": "Apple",
                            "model": "iPhone15,4",
                        },
                        "app": {"name": "Vibeloop", "version": "8.12.2"},
                        "locale": "en-CA",
                        "timezone": "America/Toronto",
                    },
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qos/audio-route")
    port = b.id("airpods_mac", where="json output.portUID (BT address + -tacl)")
    b.json(
        {
            "output": {
                "portType": "BluetoothA2DPOutput",
                "portName": "Maya's AirPods Pro",
                "portUID": f"{port}-tacl",
            },
            "codec": "AAC",
            "bufferUnderruns": c.rng.randint(0, 3),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    _, title = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v1/lyrics?track={new_hex(c.rng, 22)}")
    b.decoy("synced lyrics with line timestamps (content fetch)")
    b.ok_json(
        {"title": title, "lines": [{"startTimeMs": i * 4200, "words": "..."} for i in range(8)]}
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/search?q={c.rng.choice(['drake', 'tate', 'lofi'])}&type=track")
    b.decoy("search results with durations and popularity")
    b.ok_json(
        {
            "tracks": [
                {
                    "name": t,
                    "artist": a,
                    "duration_ms": c.rng.randint(150000, 240000),
                    "popularity": c.rng.randint(30, 99),
                }
                for a, t in TRACKS[:4]
            ]
        }
    )
    return b.build()


def album_art(c: Context) -> Flow:
    b = FB(c, "vibeloop", "GET", f"https://i.vibeloop.example/image/{new_hex(c.rng, 40)}")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def audio_features(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/audio-features/{new_hex(c.rng, 22)}")
    b.decoy("track audio feature vector (danceability, energy...): not a face, not a voice")
    b.ok_json(
        {
            "danceability": rf(c.rng, 0, 1, 3),
            "energy": rf(c.rng, 0, 1, 3),
            "valence": rf(c.rng, 0, 1, 3),
            "tempo": rf(c.rng, 70, 180, 2),
            "embedding": [rf(c.rng, -1, 1, 4) for _ in range(32)],
        }
    )
    return b.build()
