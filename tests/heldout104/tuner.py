"""Stimmwerk: the tuner and spectrum analyser she uses with students and on stage.

Almost everything it sends looks like a measurement of a person and is not: a
pitch series of an instrument (Hz and cents over time), FFT magnitude bins of a
snare, MFCC frames sent to an instrument classifier. The free tier shows ads, so
her advertising id goes to AdMob and AppLovin (readable), and Firebase Analytics
carries its app-instance id in a protobuf field known only by number (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.stimmwerk.example"
UA = ua("Stimmwerk", "6.4.2")
INSTRUMENTS = ["Violine", "Viola", "Cello", "Gitarre", "Klavier", "Klarinette", "Trompete"]
NOTES = ["A4", "D4", "G3", "C4", "E5", "B3", "F#4"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "stimmwerk", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def pitch_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/stimmprotokoll")
    b.decoy("pitch series of an instrument (Hz / cents over time): a tuning log, not a voice")
    n = c.rng.randint(20, 40)
    target = c.rng.choice([440.0, 293.66, 196.0, 261.63])
    b.json(
        {
            "instrument": c.rng.choice(INSTRUMENTS),
            "kammerton_hz": c.rng.choice([440, 442, 443]),
            "zielton": c.rng.choice(NOTES),
            "messreihe": [
                {
                    "t_ms": i * 50,
                    "f0_hz": round(target + c.rng.gauss(0, 1.2), 2),
                    "cent": round(c.rng.gauss(0, 6), 1),
                }
                for i in range(n)
            ],
            "erstellt": iso(c),
        }
    )
    b.ok_json({"gespeichert": True, "id": c.rng.randint(10**5, 10**6)})
    return b.build()


def fft_snapshot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/spektrum/snapshots")
    b.decoy("FFT magnitude bins of a drum or room: a spectrum, no face or voice model")
    b.json(
        {
            "quelle": c.rng.choice(["Snare", "Kick", "Raum", "Overhead L", "Gesangsmikro"]),
            "samplerate": 48000,
            "fft_size": 1024,
            "fenster": "hann",
            "bins_db": [round(-90 + 60 * c.rng.random(), 1) for _ in range(128)],
            "peak_hz": rf(c.rng, 80, 9000, 1),
        }
    )
    b.ok_json({"snapshotId": new_hex(c.rng, 12)})
    return b.build()


def mfcc_classify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/instrument/erkennen")
    b.decoy("MFCC frames of an instrument sent to an instrument classifier (no speaker model)")
    frames = [[round(c.rng.gauss(0, 12), 3) for _ in range(13)] for _ in range(12)]
    b.json({"mfcc": frames, "hop_ms": 10, "sr": 16000, "modell": "instr-v4"})
    b.ok_json(
        {
            "instrument": c.rng.choice(INSTRUMENTS),
            "confidence": rf(c.rng, 0.6, 0.99, 3),
            "top3": [{"label": i, "p": rf(c.rng, 0, 0.3, 3)} for i in INSTRUMENTS[:3]],
        }
    )
    return b.build()


def temperaments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/stimmungen?lang=de")
    b.decoy("cent offsets per note of historical temperaments: a table, not a person")
    b.ok_json(
        {
            "stimmungen": [
                {"name": n, "offsets_cent": [round(c.rng.gauss(0, 6), 1) for _ in range(12)]}
                for n in ("Werckmeister III", "Kirnberger III", "Vallotti", "Mitteltönig")
            ]
        }
    )
    return b.build()


def admob_request(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", UA)
    b.params += [
        ("preqs", str(c.rng.randint(0, 20))),
        ("u_sd", "2.625"),
        ("format", "320x50_mb"),
        ("app_name", "1.android.at.stimmwerk.tuner"),
        ("msid", "at.stimmwerk.tuner"),
        ("rdid", b.id("gaid", where="query rdid (AdMob resettable device id)")),
        ("is_lat", "0"),
        ("adid_p", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("dt", str(ms(c))),
    ]
    b.decoy("correlator number (ad request correlator, not a device)")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body><!-- ad --></body></html>")
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    b.json(
        {
            "sdk_key": new_hex(c.rng, 40),
            "ad_unit_id": new_hex(c.rng, 16),
            "ad_format": "BANNER",
            "device_info": {
                "idfa": b.id("gaid", where="json device_info.idfa"),
                "dnt": False,
                "android_id": b.id("aid_tuner", where="json device_info.android_id"),
                "model": "SM-A546B",
                "brand": "samsung",
                "os": "14",
                "locale": "de_AT",
            },
            "app_info": {"package_name": "at.stimmwerk.tuner", "app_version": "6.4.2"},
        },
        "gzip",
    )
    b.ok_json({"ad_unit_id": "b1", "ads": []})
    return b.build()


def firebase_measurement(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0")
    fid = b.id(
        "tuner_fid", where="protobuf field 1.21 (app instance id, numbered field)", detectable=False
    )
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(c))])
    bundle = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(21, fid), pb_bytes(14, "14")])
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def voice_quality(c: Context) -> Flow:
    """Singing-lesson voice analysis: a judgement call (see the decoy text)."""
    b = _b(c, "POST", f"{API}/v3/gesang/stimmanalyse")
    b.decoy(
        "a singing student's sustained vowel reduced to jitter, shimmer, formants and range: "
        "voice-quality feedback for a lesson, no speaker model or voiceprint (judged not biometric)"
    )
    b.json(
        {
            "vokal": c.rng.choice(["a", "e", "i", "o", "u"]),
            "f0_mittel_hz": rf(c.rng, 180, 420, 1),
            "jitter_prozent": rf(c.rng, 0.2, 1.2, 2),
            "shimmer_db": rf(c.rng, 0.1, 0.6, 2),
            "formanten_hz": [
                rf(c.rng, 300, 900, 0),
                rf(c.rng, 900, 2300, 0),
                rf(c.rng, 2400, 3200, 0),
            ],
            "vibrato": {"rate_hz": rf(c.rng, 4.5, 6.5, 2), "umfang_cent": rf(c.rng, 20, 90, 1)},
            "schueler": c.rng.randint(1000, 9999),
        }
    )
    b.ok_json({"feedback": "Vibrato gleichmäßig, Stütze am Phrasenende halten"})
    return b.build()
