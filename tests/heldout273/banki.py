"""Banki Yacu: a Rwandan bank app on the father's Tecno, with voice biometrics
enrolment and login ("ijwi ryanjye ni ijambo banga": my voice is my password).
Enrolment uploads three spoken samples (`amajwi`) and gets back a speaker
model id; login sends one sample; the newer SDK sends the voiceprint vector it
extracted on the phone, and an obfuscated build sends the audio as an unnamed
base64 blob. Rates, statements, OTPs and the IVR prompt audio are ordinary."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.banki-yacu.example"
UA = ua("BankiYacu", "2.19.4", "data")


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "bankiyacu", method, url)
    b.header("user-agent", UA)
    b.header("x-session", new_hex(c.rng, 32))
    if dev:
        b.header("x-install-id", b.id("banki_install", where="header x-install-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device/register", dev=False)
    b.json(
        {
            "installId": b.id("banki_install", where="json installId"),
            "androidId": b.id("aid_banki", where="json androidId"),
            "clientNo": b.acct("banki_user"),
            "ururimi": "rw",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/amajwi/kwiyandikisha")
    b.bio("voice_sample", "multipart amajwi_1..3 (speaker enrolment wav)")
    boundary = "----" + new_hex(c.rng, 24)
    parts = [
        ("umukiriya", None, None, b.acct("banki_user").encode()),
        ("intego", None, None, b"enrolment"),
    ]
    parts += [
        (f"amajwi_{i}", f"sample{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerModelId": "vm-" + new_hex(c.rng, 16), "status": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/amajwi/kugenzura")
    b.bio("voiceprint", "json voiceprint.vector (speaker embedding)")
    b.json(
        {
            "voiceprint": {"vector": floats_b64(floats(c.rng, 192)), "model": "ecapa-tdnn-v3"},
            "phrase": "ijwi ryanjye ni ijambo banga",
            "igihe": iso(c),
        }
    )
    b.ok_json({"score": rf(c.rng, 0.6, 0.99), "decision": "ACCEPT"})
    return b.build()


def voice_verify_wav(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/amajwi/kugenzura?format=wav")
    b.bio("voice_sample", "body audio/wav for speaker verification")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json({"decision": "ACCEPT"})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/x/3")
    b.bio("voice_sample", "json b = base64(xor-scrambled wav)", detectable=False)
    raw = bytes(x ^ 0x5A for x in fake_wav(c.rng.randint(0, 10**9), 600))
    b.json({"a": 3, "b": b64(raw), "c": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/igipimo-cy-ivunjisha", dev=False)
    b.ok_json({"USD": rf(c.rng, 1300, 1450, 2), "EUR": rf(c.rng, 1450, 1600, 2), "BIF": 0.47})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/konti/ibyakozwe?page=1")
    b.decoy("transaction ids and reference numbers")
    b.ok_json(
        {
            "ibyakozwe": [
                {
                    "id": "TX" + new_hex(c.rng, 10).upper(),
                    "amafaranga": -c.rng.randint(500, 90000),
                    "itariki": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/otp", dev=False)
    b.json({"clientNo": b.acct("banki_user"), "channel": "SMS", "requestId": rid(c.rng)})
    b.ok_json({"sent": True, "ttl": 120})
    return b.build()


def ivr_prompt(c: Context) -> Flow:
    b = FB(c, "bankiyacu-cdn", "GET", "https://static.banki-yacu.example/ivr/rw/vuga_interuro.mp3")
    b.decoy("bank's recorded prompt audio (download, not the user's voice)")
    b.respond(200, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def session_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ping", dev=False)
    b.json(
        {"d": b.id("aid_banki", "md5", "json d (md5 of ANDROID_ID)", detectable=False), "t": ms(c)}
    )
    b.no_content()
    return b.build()
