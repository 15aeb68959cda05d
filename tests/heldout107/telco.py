"""Tolqyn Mobile: a Kazakh telco's self-care app with Voice ID for the call centre.

Voice ID enrols the subscriber's voice (three spoken passphrases, WAV, posted
as `dauys_ülgısı` "voice pattern") and later verifies a speaker embedding. The
voice assistant's speech-to-text is transcription without a speaker model, so
it is a decoy. As a carrier app with carrier privileges it reads the IMEI for
the eSIM / VoLTE compatibility check.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, b, floats, iso, rf, rid, ua

API = "https://my.tolqyn.example"
UA = ua("TolqynMobile", "6.3.0")


def _dev(fb: FB) -> None:
    fb.header("x-client-device", fb.id("aid_telco", where="header x-client-device"))


def voice_enrol(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/voice-id/tirkeu", UA)
    _dev(fb)
    fb.bio("voiceprint", "multipart dauys_ülgısı_1..3 wav (Voice ID enrolment)")
    boundary = "----tolqyn" + new_hex(c.rng, 12)
    parts = [
        (f"dauys_ülgısı_{i}", f"phrase{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in (1, 2, 3)
    ]
    parts.append(("abonent", None, "text/plain", c.phone.msisdn.encode()))
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.decoy("abonent: the subscriber's phone number (account)")
    fb.ok_json({"enrolled": True})
    return fb.build()


def voice_verify(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/voice-id/verify", UA)
    _dev(fb)
    fb.bio("speaker_embedding", "json speaker_embedding (float vector, 192-d)")
    fb.json(
        {
            "msisdn": c.phone.msisdn,
            "speaker_embedding": floats(c.rng, 192, 4),
            "snr_db": rf(c.rng, 10, 30, 1),
        }
    )
    fb.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99)})
    return fb.build()


def voice_opaque(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/v/2", UA)
    _dev(fb)
    fb.bio("voiceprint", "json a (base64 WAV under a one-letter key, path v/2)", detectable=False)
    fb.json({"a": b64(fake_wav(c.rng.randint(0, 10**9), 700)), "n": 1})
    fb.ok_json({"r": 1})
    return fb.build()


def assistant_stt(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/assistant/recognize?lang=kk-KZ", UA)
    fb.decoy("voice assistant speech-to-text: transcription, no speaker model")
    fb.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    fb.ok_json({"text": c.rng.choice(["балансымды көрсет", "тариф ауыстыру", "интернет пакет"])})
    return fb.build()


def esim_check(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/esim/qurylğy-tekseru", UA)
    _dev(fb)
    fb.json({"imei": fb.id("imei", where="json imei"), "msisdn": c.phone.msisdn, "volte": True})
    fb.ok_json({"esim": True, "volte": True})
    return fb.build()


def balance(c: Context) -> Flow:
    fb = b(c, "tolqyn", "GET", f"{API}/api/balans", UA)
    _dev(fb)
    fb.decoy("balance and remaining gigabytes")
    fb.ok_json({"balans": c.rng.randint(0, 9000), "gb_qaldy": rf(c.rng, 0, 30, 1), "at": iso(c)})
    return fb.build()


def tariffs(c: Context) -> Flow:
    fb = b(c, "tolqyn", "GET", f"{API}/api/tarifter", UA)
    fb.decoy("tariff catalogue")
    fb.ok_json(
        {
            "tarifter": [
                {"aty": n, "baǵasy": c.rng.randint(1990, 7990)} for n in ("Jas", "Ult", "Bala")
            ]
        }
    )
    return fb.build()


def support_ticket(c: Context) -> Flow:
    fb = b(c, "tolqyn", "POST", f"{API}/api/otinish", UA)
    fb.decoy("support ticket with a request id")
    fb.json({"mátin": "интернет жоқ", "request_id": rid(c.rng)})
    fb.ok_json({"ticket": c.rng.randint(10**5, 10**6)})
    return fb.build()
