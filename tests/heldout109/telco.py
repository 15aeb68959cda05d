"""TeleKonek: the family's mobile network app (load, promos, "Boses ID" voice login).

Voice ID enrols and verifies the subscriber's voice (`/boses-id/v1/enrol`, a WAV
under `boses_sample` and a `speaker_ref`); the verify call returns a score. A
newer client sends the verification phrase as gzip+base64 audio under `a` with
no readable key. The app has carrier privileges, so its device-health call may
send the handset's IMEI. CleverTap's SDK posts batches to `/a1` whose `meta`
item carries the CleverTap device id under `g`
(https://github.com/CleverTap/clevertap-android-sdk). The chatbot's speech-to-
text (no speaker model), data usage, promos and load purchases are ordinary.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, js

from .phone import FB, app_builder, iso, ms, rf, rid, ua

API = "https://api.telekonek.example"
UA = ua("TeleKonek", "12.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    return app_builder(c, "telekonek", method, url, UA)


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 900)


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/boses-id/v1/enrol")
    b.bio("voiceprint", "json boses_sample (WAV) for speaker enrolment")
    b.json(
        {
            "subscriber": b.acct("telco_user"),
            "speaker_ref": "spk_" + new_hex(c.rng, 12),
            "boses_sample": b64(_wav(c)),
            "parirala": "Ang boses ko ang aking password",
            "sample_no": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"enrolled": c.rng.random() < 0.7, "samples_needed": c.rng.randint(0, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/boses-id/v1/verify")
    b.bio("voiceprint", "json boses_sample for speaker verification")
    b.json({"subscriber": b.acct("telco_user"), "boses_sample": b64(_wav(c)), "ts": ms(c)})
    b.ok_json({"tugma": True, "speaker_score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x")
    b.bio("voiceprint", "json a (gzip+base64 WAV), opaque keys", detectable=False)
    b.json({"a": b64(gzip.compress(_wav(c), mtime=0)), "m": 2, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_vector(c: Context) -> Flow:
    """The newer SDK computes the speaker embedding on the phone and sends only that."""
    b = _b(c, "POST", f"{API}/boses-id/v2/enrol-vector")
    b.bio("speaker_embedding", "json boses_vector (192 float32, base64) speaker embedding")
    b.json(
        {
            "subscriber": b.acct("telco_user"),
            "boses_vector": floats_b64([round(c.rng.gauss(0, 0.1), 5) for _ in range(192)]),
            "modelo": "ecapa-192",
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def device_health(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/kalusugan")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "android_id": b.id("aid_telco", where="json android_id"),
            "modelo": "RMX3851",
            "volte": True,
            "signal_dbm": -c.rng.randint(70, 110),
            "cell": {"lac": c.rng.randint(1000, 9000), "ci": c.rng.randint(10000, 99999)},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def clevertap(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", "https://sg1.clevertap-prod.com/a1")
    b.params += [
        ("os", "Android"),
        ("t", "60700"),
        ("z", "TEST-R78-ZW4-966Z"),
        ("ts", str(int(c.now))),
    ]
    b.header("user-agent", "okhttp/4.12.0")
    meta = {
        "type": "meta",
        "g": b.id("telco_ct_id", where="json [0].g (CleverTap device id)", detectable=False),
        "af": {
            "Build": "124000",
            "Version": "12.4.0",
            "OS Version": "14",
            "Make": "realme",
            "Model": "RMX3851",
        },
        "s": ms(c) // 1000,
    }
    event = {
        "type": "event",
        "evtName": c.rng.choice(["Bumili ng Load", "Promo Viewed", "GoSurf50 Activated"]),
        "evtData": {"halaga": c.rng.choice([50, 99, 299])},
        "ep": int(c.now),
    }
    b.set_body(js([meta, event]).encode(), "application/json; charset=utf-8")
    b.ok_json({"status": "success"})
    return b.build()


def chatbot_stt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/chat/v1/speech-to-text")
    b.decoy("speech-to-text of a chatbot question (transcription, no speaker model)")
    b.json({"audio": b64(_wav(c)), "wika": c.rng.choice(["fil-PH", "ceb-PH", "en-PH"])})
    b.ok_json({"transcript": "magkano po ang GoSurf 50", "confidence": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def data_usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/data/gamit?araw=7")
    b.decoy("daily data usage series")
    b.ok_json(
        {"gamit_mb": [rf(c.rng, 50, 2500, 1) for _ in range(7)], "natitira_gb": rf(c.rng, 0, 20, 2)}
    )
    return b.build()


def buy_load(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/load/bili")
    b.decoy("load purchase: mobile number (account), reference number")
    b.json({"msisdn": b.acct("msisdn"), "promo": "GOSURF50", "ref": new_digits(c.rng, 12)})
    b.ok_json({"status": "OK", "txn": rid(c.rng), "at": iso(c)})
    return b.build()


def rented_pocket_wifi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/pocket-wifi/hiram/status")
    b.decoy(
        "IMEI and serial of a pocket Wi-Fi rented from the telco (its equipment, lent to "
        "the family: not the tester's own device)"
    )
    b.ok_json(
        {
            "hiram_hanggang": iso(c)[:10],
            "unit": {
                "imei": "35" + new_digits(c.rng, 13),
                "serial": "PWF" + new_hex(c.rng, 9).upper(),
            },
            "natitira_gb": rf(c.rng, 0, 30, 2),
        }
    )
    return b.build()


def promos(c: Context) -> Flow:
    b = FB(c, "telekonek", "GET", f"{API}/v1/promos?rehiyon=VIS")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "promos": [
                {"code": p, "presyo": c.rng.choice([50, 99, 299])}
                for p in ("GOSURF50", "UNLI99", "GIGA299")
            ]
        }
    )
    return b.build()
