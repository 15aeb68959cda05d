""" "Simu Yangu": a telco self-care / SIM-registration app that enrols and checks
the subscriber's voiceprint (the "say your passphrase" login some East African
operators offer), plus the phone's pre-installed HiOS data service that reads
the IMEI.

The operator backend and the HiOS collector are stand-ins with our own key
names ("sauti" = voice, "alama_ya_sauti" = voice mark, "nywila" = password);
the HiOS payload follows what vendor analytics of pre-installed apps are
reported to send (IMEI, GAID, ANDROID_ID, plus a hashed IMEI under a short
key). Decoys: voice commands sent for speech-to-text, bundle catalogues, USSD
balance replies.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, gz, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://selfcare.simuyangu.co.tz"
PHRASE = "Sauti yangu ni nywila yangu"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "simuyangu", method, API + path)
    b.header("user-agent", ua("SimuYangu", "3.9.5"))
    b.header("x-msisdn", b.acct("msisdn"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/sauti/usajili")
    bnd = "----" + rid(c.rng).replace("-", "")[:24]
    seed = c.rng.randint(0, 10**6)
    parts = [
        ("msisdn", None, None, b.acct("msisdn").encode()),
        ("phrase", None, None, PHRASE.encode()),
        ("aina", None, None, b"voiceprint_enrolment"),
    ]
    for i in range(3):
        parts.append(
            (f"sample_{i + 1}", f"enrol_{i + 1}.wav", "audio/wav", fake_wav(seed + i, 800))
        )
    b.bio("voiceprint_enrolment", "multipart:sample_n (voiceprint_enrolment)")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"hali": "imesajiliwa", "kiwango": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def speaker_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/auth/speaker-verification")
    audio = b64(fake_wav(c.rng.randint(0, 10**6), 900))
    b.bio("voice_verification", "json:speakerVerification.audio")
    b.json(
        {
            "speakerVerification": {"audio": audio, "format": "wav16k", "passphrase": PHRASE},
            "device": {"androidId": b.id("aid_simu", where="json:device.androidId")},
            "ts": ms(c),
        }
    )
    b.ok_json({"verified": True, "score": rf(c.rng, 0.6, 0.98, 3)})
    return b.build()


def voiceprint_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/v2/sauti/alama")
    b.bio("voiceprint", "json:alama_ya_sauti (float32 b64)")
    b.json({"alama_ya_sauti": floats_b64(floats(c.rng, 192)), "toleo": "ecapa-192", "saa": iso(c)})
    b.no_content()
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/x/blob")
    b.bio("voice_verification", "body:gzip ciphertext", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(400, 700)))
    b.set_body(gz(blob), "application/octet-stream")
    b.ok_json({"r": 0})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/msaidizi/stt")
    b.decoy("speech sent for speech-to-text")
    bnd = "----" + rid(c.rng).replace("-", "")[:24]
    parts = [
        ("lang", None, None, b"sw-TZ"),
        ("audio", "cmd.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 600)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"text": c.rng.choice(["nunua bando la wiki", "angalia salio", "tuma pesa"])})
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/vifurushi")
    b.decoy("bundle catalogue with codes and prices")
    b.ok_json(
        {
            "vifurushi": [
                {
                    "code": f"B{c.rng.randint(100, 999)}",
                    "bei": c.rng.randint(500, 30000),
                    "mb": c.rng.choice([500, 1024, 5120]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/salio")
    b.decoy("balance with transaction reference")
    b.ok_json({"salio": c.rng.randint(0, 50000), "ref": rid(c.rng), "expiry": iso(c)})
    return b.build()


def hios_collect(c: Context) -> Flow:
    b = FB(c, "hios", "POST", "https://ath.hiosdata.net/ath/v3/collect", http_version="HTTP/1.1")
    b.header("user-agent", "HiOSDataService/14.1.0.006 (TECNO CL8)")
    body = {
        "imei": b.id("imei", where="json:imei"),
        "i1": b.id("imei", how="md5", where="json:i1", detectable=False),
        "gaid": b.id("gaid", where="json:gaid"),
        "aid": b.id("aid_hios", where="json:aid", detectable=False),
        "model": "CL8",
        "os": "HiOS 14.0",
        "evts": [{"n": "app_open", "p": "com.transsion.phoenix", "t": ms(c)}],
    }
    b.set_body(gz(jsb(body)), "application/json", "gzip")
    b.ok_json({"code": 0, "next": 3600})
    return b.build()


def hios_warranty(c: Context) -> Flow:
    b = FB(c, "hios", "GET", "https://ath.hiosdata.net/carlcare/v1/warranty")
    b.param("imei", b.id("imei", where="query:imei"))
    b.param("lang", "sw")
    b.ok_json({"inWarranty": True, "until": "2027-09-14"})
    return b.build()


__all__ = ["balance", "bundles", "hios_collect", "hios_warranty", "speaker_verify", "voice_command"]
__all__ += ["voice_enrol", "voice_opaque", "voiceprint_sync"]
