"""Entzun: a music and podcast app (Basque / Catalan UI), own backend + GA4.

Own listen logs (entzunaldiak: entzunda, ms_played; podcasts: escoltat,
posicio). Google Analytics for Firebase uploads a protobuf batch to
app-measurement.com/a: event names and parameter names travel as strings
(audio_progress with audio_title / audio_current_time), the GAID and the app
instance id as bare fields (structure per the reverse-engineered
gmp_measurement bundle: events, user properties, platform, OS version, model,
package, resettable device id, app instance id). Decoys: waveform peak series,
lyrics, album art.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, floats, iso, ms, rf, ua

API = "https://api.entzun.app"
ARTISTAK = ["Zea Mays", "Gatibu", "Txarango", "Oques Grasses", "Tanxugueiras", "Berri Txarrak"]


def _hdr(b: FB, dev: bool = True) -> None:
    b.header("user-agent", ua("Entzun", "8.1.0"))
    if dev:
        b.header("x-entzun-device-id", b.id("aid_entzun", where="header:x-entzun-device-id"))


def entzunaldiak(c: Context) -> Flow:
    b = FB(c, "entzun", "POST", API + "/v3/entzunaldiak")
    b.view("json:entzunda[].ms_played")
    rows = [
        {
            "track": f"trk_{c.rng.randint(10**6, 10**7)}",
            "artista": c.rng.choice(ARTISTAK),
            "ms_played": c.rng.randint(3000, 320000),
            "amaituta": c.rng.random() < 0.6,
            "noiz": iso(c),
        }
        for _ in range(c.rng.randint(1, 6))
    ]
    b.json({"entzunda": rows})
    _hdr(b)
    b.no_content()
    return b.build()


def escoltat(c: Context) -> Flow:
    b = FB(c, "entzun", "POST", API + "/v3/podcast/escoltat")
    b.view("form:episodi/posicio_s/escoltat_s")
    b.form(
        [
            ("episodi", f"ep{c.rng.randint(10**4, 10**5)}"),
            ("podcast", c.rng.choice(["La Sotana", "Euskal Kantuen Orena", "Popap"])),
            ("posicio_s", str(c.rng.randint(0, 5400))),
            ("escoltat_s", str(c.rng.randint(10, 900))),
        ]
    )
    _hdr(b)
    b.no_content()
    return b.build()


def _param(name: str, s: str | None = None, i: int | None = None) -> bytes:
    parts = [pb_bytes(1, name)]
    parts.append(pb_bytes(2, s) if s is not None else pb_varint(3, i or 0))
    return pb_msg(1, parts)


def ga4_batch(c: Context) -> Flow:
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.view("protobuf:event audio_progress audio_title/audio_current_time")
    gaid = b.id("gaid", "protobuf", where="protobuf:field 19 (no key)", detectable=False)
    b.other_id("entzun_instance", "protobuf:field 21 app instance id", detectable=False)
    t = ms(c)
    ev = pb_msg(
        2,
        [
            _param("audio_title", s=c.rng.choice(ARTISTAK) + " - kanta"),
            _param("audio_current_time", i=c.rng.randint(1, 300)),
            _param("audio_duration", i=c.rng.randint(120, 400)),
            _param("audio_provider", s="entzun"),
            pb_bytes(2, "audio_progress"),
            pb_varint(3, t),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_varint(4, t),
            pb_varint(5, t - 60000),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-S921B"),
            pb_bytes(11, "eu-es"),
            pb_bytes(14, "app.entzun.android"),
            pb_bytes(16, "8.1.0"),
            pb_bytes(19, gaid),
            pb_bytes(21, c.phone.entzun_instance),
            pb_bytes(25, "1:874512309921:android:5b1f0c2e9d"),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def waveform(c: Context) -> Flow:
    b = FB(c, "entzun", "GET", API + f"/v3/tracks/trk_{c.rng.randint(10**6, 10**7)}/waveform")
    b.decoy("waveform peak series (numbers, not a voiceprint)")
    b.ok_json({"peaks": [rf(c.rng, 0, 1, 3) for _ in range(64)], "sample_rate": 44100})
    _hdr(b, dev=False)
    return b.build()


def recommend(c: Context) -> Flow:
    b = FB(c, "entzun", "POST", API + "/v3/recs/similar")
    b.decoy("track audio-feature embedding (no face or voice context)")
    b.json(
        {
            "seed_track": f"trk_{c.rng.randint(10**6, 10**7)}",
            "embedding": floats(c.rng, 64),
            "k": 20,
        }
    )
    _hdr(b, dev=False)
    b.ok_json({"tracks": [f"trk_{c.rng.randint(10**6, 10**7)}" for _ in range(5)]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "entzun", "GET", API + f"/v3/lyrics/trk_{c.rng.randint(10**6, 10**7)}")
    b.ok_json({"lines": [{"t": i * 4000, "text": "Zure begiek ikusten dute..."} for i in range(5)]})
    _hdr(b, dev=False)
    return b.build()


def album_art(c: Context) -> Flow:
    b = FB(
        c, "entzun", "GET", f"https://img.entzun.app/cover/{c.rng.randint(10**5, 10**6)}/300.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()
