"""Teileafón Iarthair: an Irish telco's app on the S23 with voice ID for the account.

Voice ID enrolment and verification upload audio to a speaker-verification
endpoint (`guthaitheantas`, `síniú_gutha`); the voice-search transcription in the
same app is speech recognition without a speaker model (a look-alike). Adjust is
the attribution SDK. The phone number is an account, not a device id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64

from .phone import FB, and_ua, floats, iso, ms, rf

API = "https://api.teileafon.example"
UA = and_ua("Teileafon", "12.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "teileafon", method, url)
    b.header("user-agent", UA)
    b.header("x-gleas-id", b.id("aid_teileafon", where="header x-gleas-id"))
    return b


def guth_claru(c: Context) -> Flow:
    b = _b(
        c, "POST", f"{API}/v1/guthaitheantas/clárú".replace("á", "%C3%A1").replace("ú", "%C3%BA")
    )
    b.bio("voice_enrolment", "json taifeadtaí[] audio for guthaitheantas (voice ID) enrolment")
    b.json(
        {
            "uimhir": b.acct("teileafon_msisdn"),
            "frása": "Is é mo ghuth mo phasfhocal",
            "taifeadtaí": [b64(fake_wav(c.rng.randint(0, 10**9), 900)) for _ in range(3)],
        }
    )
    b.ok_json({"stádas": "cláraithe"})
    return b.build()


def guth_fioru(c: Context) -> Flow:
    b = _b(
        c, "POST", f"{API}/v1/guthaitheantas/fíorú".replace("í", "%C3%AD").replace("ú", "%C3%BA")
    )
    b.bio("speaker_embedding", "json síniú_gutha (float32 speaker embedding)")
    b.json(
        {
            "uimhir": b.acct("teileafon_msisdn"),
            "síniú_gutha": floats_b64(floats(c.rng, 192)),
            "leagan_samhla": "ecapa-2.1",
        }
    )
    b.ok_json({"comhoiriúnach": True, "scór": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def guth_cudd(c: Context) -> Flow:
    """The verification retry path: raw Opus bytes, octet-stream, on a numbered path."""
    b = _b(c, "POST", f"{API}/v1/x/7")
    b.bio("voice_audio", "octet-stream body of voice-ID audio on /v1/x/7", detectable=False)
    b.set_body(
        b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(900)), "application/octet-stream"
    )
    b.ok_json({"r": 1})
    return b.build()


def cuardach_gutha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cuardach/guth")
    b.decoy("voice search: speech-to-text of a query, no speaker model")
    b.json({"fuaim": b64(fake_wav(c.rng.randint(0, 10**9), 500)), "teanga": "ga-IE"})
    b.ok_json({"tras-scríbhinn": "cé mhéad sonraí atá fágtha"})
    return b.build()


def usaid(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cuntas/úsáid".replace("ú", "%C3%BA").replace("á", "%C3%A1"))
    b.decoy("data-usage series per day")
    b.ok_json({"úsáid_mb": [rf(c.rng, 10, 900, 1) for _ in range(30)], "am": iso(c)})
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.eu.adjust.com/session")
    b.header("user-agent", "Teileafon/12.1.0 Dalvik/2.1.0")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid (Adjust device id)")),
            ("android_uuid", b.id("adjust_uuid", where="form android_uuid (Adjust install uuid)")),
            ("app_token", "q8nf2kd9x4w0"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("sent_at", str(ms(c))),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()
