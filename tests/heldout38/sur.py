"""Sur, a Marathi / Hindi music app from Pune: an in-house listening log with
romanised Marathi keys (aiklela = listened, gaani = songs, vaparkarta = user,
vel = time, ekun lambi = total length, suruvat = start), Amplitude events,
a Firebase Installations registration, an opaque pixel, and decoys: a taste
embedding for recommendations, lyrics, audio chunks, charts.

Sources: Amplitude HTTP V2 API (POST api2.amplitude.com/2/httpapi, body
{api_key, events: [{device_id, user_id, event_type, event_properties, time,
session_id, insert_id, platform, os_name, device_brand, device_model, adid}]},
amplitude.com/docs/apis/analytics/http-v2; `adid` is the Google advertising
id); Firebase Installations API (POST
firebaseinstallations.googleapis.com/v1/projects/{p}/installations with fid,
appId, authVersion FIS_v2, sdkVersion: firebase-android-sdk
FirebaseInstallationServiceClient). Marathi key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.labelled import floats
from tests.heldout.wire import js

from .phone import FB, ms, rid, ua

API = "https://api.surtaal.in"
SONGS = [
    ("Zingaat", 233),
    ("Apsara Aali", 301),
    ("Mann Udhan Varyache", 276),
    ("Deva Shree Ganesha", 262),
    ("Kombdi Palali", 244),
]


def _b(c: Context, method: str, url: str, sdk: str = "sur") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("Sur", "9.1.0"))
    return b


def _song(c: Context) -> tuple[str, str, int]:
    title, dur = c.rng.choice(SONGS)
    return f"S{c.rng.randint(100000, 999999)}", title, dur


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/aiklela/gaani")
    rows = []
    for _ in range(c.rng.randint(1, 5)):
        sid, title, dur = _song(c)
        rows.append(
            {
                "gaane_id": sid,
                "naav": title,
                "aikla_vel_sec": c.rng.randint(15, dur),
                "ekun_lambi_sec": dur,
                "suruvat": ms(c) - c.rng.randint(1, 9) * 60000,
            }
        )
    b.json({"vaparkarta": b.acct("sur_user"), "gaani": rows})
    b.view("body.gaani[] (gaane_id / aikla_vel_sec)")
    b.ok_json({"jatan": len(rows)})
    return b.build()


def amplitude(c: Context) -> Flow:
    b = _b(c, "POST", "https://api2.amplitude.com/2/httpapi", "amplitude")
    ev = {
        "device_id": b.id("amp_device", where="body.events[0].device_id"),
        "user_id": b.acct("sur_user"),
        "time": ms(c),
        "session_id": ms(c) - 600000,
        "insert_id": rid(c.rng),
        "platform": "Android",
        "os_name": "android",
        "os_version": "14",
        "device_brand": "vivo",
        "device_model": "V2250",
        "adid": b.id("gaid", where="body.events[0].adid"),
        "language": "mr",
    }
    if c.rng.random() < 0.7:
        sid, title, dur = _song(c)
        ev |= {
            "event_type": "Song Played",
            "event_properties": {
                "song_id": sid,
                "song_title": title,
                "listened_ms": c.rng.randint(10, dur) * 1000,
                "duration_ms": dur * 1000,
                "source": "playlist",
            },
        }
        b.view("body.events[0].event_properties (Song Played)")
    else:
        ev |= {"event_type": "Playlist Created", "event_properties": {"size": c.rng.randint(1, 40)}}
    b.json({"api_key": "9d8c7b6a5f4e3d2c1b0a", "events": [ev]})
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/surtaal-prod/installations",
        "firebase",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("fid_sur", where="body.fid"),
            "appId": "1:30451:android:77aa01bc",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/30451/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def pixel_opaque(c: Context) -> Flow:
    """A 1x1 pixel whose `q` is the app's own obfuscated record of the song played."""
    b = _b(c, "GET", "https://px.surtaal.in/p.gif")
    sid, _t, dur = _song(c)
    q = encode(js({"x": sid, "y": c.rng.randint(10, dur), "z": ms(c)}), "custom_b64")
    b.params += [("q", q), ("v", "3")]
    b.view("query q (obfuscated)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def taste_vector(c: Context) -> Flow:
    """Recommendation request with a 32-float taste embedding: no face, no voice."""
    b = _b(c, "POST", f"{API}/v1/shifaras")  # shifaras = recommendation
    b.json({"embedding": floats(c.rng, 32), "model": "two-tower-v4", "k": 20, "reqId": rid(c.rng)})
    b.decoy("feature vector without face context")
    b.ok_json({"ids": [f"S{c.rng.randint(100000, 999999)}" for _ in range(5)]})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _d = _song(c)
    b = _b(c, "GET", f"{API}/v1/bol/{sid}")  # bol = lyrics
    b.ok_json({"title": title, "lines": [{"t": i * 4200, "text": "..."} for i in range(8)]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid, _t, _d = _song(c)
    b = _b(c, "GET", f"https://stream.surtaal.in/a/{sid}/160k/{c.rng.randint(0, 30)}.aac")
    b.respond(200, "audio/aac", c.rng.randbytes(700))
    b.decoy("audio fetch")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?region=MH&week={c.rng.randint(1, 52)}")
    b.ok_json(
        {
            "songs": [
                {"id": f"S{c.rng.randint(100000, 999999)}", "plays": c.rng.randint(10**4, 10**7)}
                for _ in range(10)
            ]
        }
    )
    b.decoy("chart with play counts")
    return b.build()


def device_reg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/upkaran")  # upkaran = device
    b.json({"android_id": b.id("aid_sur", where="body.android_id"), "brand": "vivo", "os": 34})
    b.ok_json({"ok": True})
    return b.build()
