"""Lydspor: her personal music app, with her Bluetooth earbuds and Firebase.

Listening is viewing history: the app's play log (track, ms played, reason
ended) and a recently-played list in a response. The earbuds are hers: their
Bluetooth MAC and serial go up when the app offers the earbuds' EQ profile.
Firebase Installations (FID) and Google Analytics for Firebase (app instance
id and the advertising id in a protobuf batch) carry her install ids.
Playlists, search results, lyrics (reading) and the national top list
(aggregate) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.lydspor.example"
UA = ua("Lydspor", "8.4.2")
TRACKS = [
    ("trk:4HcMZ0", "Kygo – Firestone", 271000),
    ("trk:7qEHsq", "Aurora – Runaway", 248000),
    ("trk:1x9bKd", "Sigrid – Strangers", 233000),
    ("trk:0pYtRm", "a-ha – Take On Me", 225000),
    ("trk:5LwQvN", "Karpe – Lett å være rebell", 198000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lydspor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 56))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/playback/log")
    b.view("json plays[] track_uri + ms_played + ended_at")
    b.header("x-client-id", b.id("aid_music", where="header x-client-id"))
    b.json(
        {
            "plays": [
                {
                    "track_uri": uri,
                    "ms_played": c.rng.randint(15000, length),
                    "reason_end": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
                    "ended_at": ms(c) - c.rng.randint(0, 900000),
                    "output": "bluetooth",
                }
                for uri, _, length in c.rng.sample(TRACKS, 2)
            ]
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/nylig-spilt?limit=20")
    b.view("response items[] track + played_at", direction="response")
    b.ok_json(
        {"items": [{"track": uri, "title": t, "played_at": iso(c)} for uri, t, _ in TRACKS[:4]]}
    )
    return b.build()


def earbuds_profile(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/audio/devices")
    b.json(
        {
            "btAddress": b.id("buds_mac", where="json btAddress"),
            "serialNumber": b.id("buds_serial", where="json serialNumber"),
            "model": "Galaxy Buds2 Pro",
            "eqPreset": c.rng.choice(["bass", "normal", "clear"]),
        }
    )
    b.ok_json({"profile": "eq-v3"})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lydspor-prod/installations",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    fid = b.other_id_value("music_fid", "json fid")
    b.json({"fid": fid, "appId": "1:40471:android:9a1c", "authVersion": "FIS_v2"})
    b.ok_json({"name": f"projects/40471/installations/{fid}", "fid": fid})
    return b.build()


def ga4_batch(c: Context) -> Flow:
    """Google Analytics for Firebase: a protobuf batch, ids in numbered fields."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    inst = b.other_id_value("music_instance", "protobuf app_instance_id field", False)
    gaid = b.id("gaid", "protobuf", "protobuf resettable_device_id field", detectable=False)
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(c))])
    head = [pb_varint(1, 1), event, pb_bytes(14, "no.lydspor.android")]
    bundle = pb_msg(1, [*head, pb_bytes(19, gaid), pb_bytes(21, inst)])
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/playlists/{new_hex(c.rng, 10)}")
    b.decoy("a playlist: tracks with durations, not what she played")
    b.ok_json({"name": "Nattskift", "tracks": [{"uri": u, "duration_ms": d} for u, _, d in TRACKS]})
    return b.build()


def top_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/topp-50-norge")
    b.decoy("national top 50 with stream counts (aggregate)")
    b.ok_json({"chart": [{"uri": u, "streams": c.rng.randint(10**5, 10**7)} for u, _, _ in TRACKS]})
    return b.build()


def lyrics(c: Context) -> Flow:
    uri = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{API}/v2/lyrics/{uri}")
    b.ok_json({"lines": [{"startMs": i * 4000, "words": "…"} for i in range(8)]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/search?q={c.rng.choice(['kygo', 'aurora', 'jul'])}")
    b.decoy("search results")
    b.ok_json({"tracks": [{"uri": u, "title": t} for u, t, _ in TRACKS[:3]], "rid": rid(c.rng)})
    return b.build()
