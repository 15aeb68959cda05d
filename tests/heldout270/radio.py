"""Nipiliaq Radio: a northern radio and podcast app (the father's Pixel 7a in Kuujjuaq).

Keys are romanised Inuktitut as written in Nunavik (naalaktaujuq 'what was
listened to', naalannirit 'listenings', sikunti 'seconds', ikarraq 'time',
nipiliuqti 'broadcaster / voice-maker') with French around them (émission,
durée). The app keeps its ANDROID_ID in a cookie (`tusaa_q`), reports live
listening and podcast positions (listening is viewing history), and the
'naalannirit' answer lists what the listener heard. An older audio module pings
a pixel with positional query parameters keyed by an MD5 of the ANDROID_ID.
The station's now-playing card, the schedule, the audio chunks and the
call-in voice message (a recording for the show, not a voiceprint) are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rid, ua

API = "https://api.nipiliaq-radio.example"
UA = ua("Nipiliaq", "2.3.4", "ataata")
STATIONS = [("kjq", "Nipiliaq Kuujjuaq 97.3"), ("iqa", "Nipiliaq Iqaluit 93.5")]
SHOWS = [
    ("p11", "Unikkaat Ukiumi", "Unikkaat"),
    ("p12", "Aqiggiit Tusaajit", "Nouvelles"),
    ("p14", "Nunavik Hockey Qulliq", "Sport"),
    ("p19", "Inngiusiit — chants de gorge", "Musique"),
    ("p22", "Anngutivik: la chasse au caribou", "Chasse"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "nipiliaq", method, url)
    b.header("user-agent", UA)
    if device:
        aid = b.id("aid_radio", where="cookie tusaa_q")
        b.header("cookie", f"tusaa_q={aid}; uqausiq=iu-Latn; lang=fr-CA")
    else:
        b.header("cookie", "uqausiq=iu-Latn; lang=fr-CA")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qarasaujaq", device=False)
    b.form(
        [
            ("android_id", b.id("aid_radio", where="form android_id")),
            ("gaid", b.id("gaid_ataata", where="form gaid")),
            ("fid", b.id("radio_fid", where="form fid")),
            ("nunalik", "Kuujjuaq"),
            ("modèle", "Pixel 7a"),
        ]
    )
    b.ok_json({"atuqti": b.acct("radio_user"), "ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nipiliaq-radio/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ca.nipiliaq.radio")
    b.json(
        {
            "fid": b.id("radio_fid", where="json fid"),
            "appId": "1:77120465813:android:e02b5a6c11d9f304",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"refreshToken": "3_" + new_hex(c.rng, 40)})
    return b.build()


def live_listen(c: Context) -> Flow:
    _code, name = c.rng.choice(STATIONS)
    show = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v1/naalaktaujuq")
    b.view("json naalaktaujuq{station, émission, sikunti}")
    b.json(
        {
            "naalaktaujuq": {
                "station": name,
                "émission": show[1],
                "sikunti": c.rng.choice([60, 120, 300]),
                "ikarraq": iso(c),
            },
            "atuqti": b.acct("radio_user"),
        }
    )
    b.no_content()
    return b.build()


def podcast_position(c: Context) -> Flow:
    pid, title, _cat = c.rng.choice(SHOWS)
    ep = c.rng.randint(1, 80)
    b = _b(c, "PUT", f"{API}/v1/podcasts/{pid}/episodes/{ep}/position")
    b.view("json position_s + durée_s (podcast episode position)")
    b.json(
        {
            "titre": f"{title} #{ep}",
            "position_s": c.rng.randint(30, 2400),
            "durée_s": 2700,
            "vitesse": c.rng.choice([1.0, 1.25]),
            "ikarraq": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/atuqti/naalannirit?limit=10")
    b.view("response json naalannirit[] (listening history)", direction="response")
    b.ok_json(
        {
            "naalannirit": [
                {
                    "émission": t,
                    "katiguriaq": cat,
                    "naalaktaujuq": iso(c),
                    "sikunti": c.rng.randint(120, 3600),
                }
                for _p, t, cat in c.rng.sample(SHOWS, 4)
            ]
        }
    )
    return b.build()


def legacy_pixel(c: Context) -> Flow:
    """An older audio module's pixel: s = station, e = show, d = seconds, h = md5(aid)."""
    code, _ = c.rng.choice(STATIONS)
    b = FB(c, "nipiliaq", "GET", "https://px.nipiliaq-radio.example/p.gif")
    b.header("user-agent", "NipiliaqAudio/1.1")
    b.view("query s/e/d (station, show, seconds)", detectable=False)
    b.param("s", code)
    b.param("e", c.rng.choice(SHOWS)[0])
    b.param("d", str(c.rng.choice([60, 120, 300])))
    b.param("h", b.id("aid_radio", "md5", "query h", detectable=False))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def now_playing(c: Context) -> Flow:
    code, name = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v1/stations/{code}/now", device=False)
    b.decoy("station now-playing card (content fetch)")
    show = c.rng.choice(SHOWS)
    b.ok_json(
        {
            "station": name,
            "émission": show[1],
            "nipiliuqti": c.rng.choice(["Lizzie Annanack", "Jobie Tukkiapik"]),
            "début": iso(c),
            "durée_min": 60,
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    code, _ = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v1/stations/{code}/grille?ulluq=today", device=False)
    b.decoy("programme schedule with start times (content fetch)")
    b.ok_json(
        {
            "grille": [
                {"émission": t, "heure": f"{8 + i * 2:02d}:00"}
                for i, (_p, t, _c) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    code, _ = c.rng.choice(STATIONS)
    b = FB(
        c,
        "nipiliaq",
        "GET",
        f"https://stream.nipiliaq-radio.example/{code}/aac/{ms(c) // 10000}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(350)))
    return b.build()


def call_in_message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/uqausiit/call-in", device=False)
    b.decoy("call-in voice message for the show (a recording, not a voiceprint)")
    boundary = rid(c.rng)
    parts = [
        ("émission", None, None, b"p11"),
        ("nunalik", None, None, b"Kuujjuaq"),
        ("audio", "uqausiq.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"received": True, "id": rid(c.rng)})
    return b.build()
