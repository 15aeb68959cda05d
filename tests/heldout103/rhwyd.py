"""Rhwyd: a Welsh mobile network's own app, with voice ID for customer service.

As the carrier's app it holds carrier privileges: it reads the IMEI, the serial
and the eSIM's EID for the device-registration call (`rhif_cyfresol` = serial
number). Voice ID enrols and verifies the caller's voice: the enrolment posts
recordings under `sampl_llais` to `/llais/cofrestru` (voice / enrol), the
verification posts audio with the speaker model id, and the app caches the
returned voiceprint (`olion_llais`). An older build streams raw PCM to an
unnamed path. Voicemail transcription (speech to text, no speaker model), data
usage series, coverage checks with coordinates and top-ups are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.rhwyd.example"
UA = ua("FyRhwyd", "8.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rhwyd", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dyfais/cofrestru")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "rhif_cyfresol": b.id("phone_serial", where="json rhif_cyfresol"),
            "eid": b.id("rhwyd_eid", where="json eid"),
            "android_id": b.id("aid_rhwyd", where="json android_id"),
            "msisdn": b.acct("rhwyd_msisdn"),
            "model": "SM-A556B",
            "volte": True,
        }
    )
    b.ok_json({"cofrestrwyd": True, "cynllun": "Sim yn Unig 30GB"})
    return b.build()


def imei_check(c: Context) -> Flow:
    """The 5G-compatibility check: the IMEI's first eight digits (its TAC) in the path
    and the full IMEI base64'd under `d`."""
    b = _b(c, "GET", f"{API}/api/v1/5g/{c.phone.imei[:8]}")
    b.param("d", b.id("imei", "b64", "query d (base64 IMEI)", detectable=False))
    b.ok_json({"5g": True, "band": ["n78", "n28"]})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/llais/cofrestru")
    b.bio("voice_enrolment", "multipart sampl_llais (voice ID enrolment)")
    boundary = "rhwyd" + new_hex(c.rng, 20)
    parts = [
        ("math", None, None, b"cofrestru"),
        ("ymadrodd", None, None, b"Fy llais yw fy nghyfrinair"),
    ]
    for i in range(3):
        parts.append(
            (
                f"sampl_llais_{i}",
                f"sampl{i}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 10**9), 900),
            )
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"statws": "wedi_cofrestru", "model_siaradwr": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/voiceid/verify")
    b.bio("voice_verification", "json audio + speakerModelId")
    b.json(
        {
            "speakerModelId": rid(c.rng),
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 1200)),
            "sampleRate": 16000,
            "channel": "app",
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voiceprint_cache(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/llais/olion")
    b.bio("voiceprint", "response json olion_llais (speaker embedding)")
    b.carriers[-1].direction = "response"
    b.ok_json({"olion_llais": floats(c.rng, 192), "fersiwn": "ecapa-2"})
    return b.build()


def raw_pcm(c: Context) -> Flow:
    """An older build: raw 16 kHz PCM to /u/7 for verification, no names at all."""
    b = _b(c, "POST", f"{API}/u/7")
    b.bio("voice_verification", "octet-stream body (raw PCM)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1600)), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def voicemail_transcript(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/neges-lais/trawsgrifio")
    b.decoy("voicemail speech-to-text: transcription, no speaker model")
    b.json(
        {
            "neges_id": rid(c.rng),
            "sain": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
            "iaith": "cy-GB",
        }
    )
    b.ok_json(
        {
            "testun": "Helo, Mam sy 'ma, ffonia fi nôl pan gei di gyfle.",
            "hyder": rf(c.rng, 0.6, 0.95, 2),
        }
    )
    return b.build()


def usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/defnydd?dyddiau=30")
    b.decoy("daily data-usage series")
    b.ok_json({"defnydd_mb": [c.rng.randint(50, 2500) for _ in range(30)], "lwfans_gb": 30})
    return b.build()


def coverage(c: Context) -> Flow:
    lat, lon = rf(c.rng, 52.8, 53.3, 5), rf(c.rng, -4.6, -3.8, 5)
    b = _b(c, "GET", f"{API}/api/darpariaeth?lat={lat}&lon={lon}")
    b.decoy("coverage check: coordinates and signal per band")
    b.ok_json(
        {
            "4g": "da",
            "5g": "cyfyngedig",
            "mastiau": [
                {"lat": rf(c.rng, 52.8, 53.3, 4), "lon": rf(c.rng, -4.6, -3.8, 4)} for _ in range(3)
            ],
        }
    )
    return b.build()


def top_up(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ychwanegu")
    b.decoy("top-up order reference")
    b.json({"swm": c.rng.choice([10, 15, 20]), "arian": "GBP", "allwedd": rid(c.rng)})
    b.ok_json({"cyfeirnod": f"RH-{c.rng.randint(10**7, 10**8)}", "amser": iso(c)})
    return b.build()
