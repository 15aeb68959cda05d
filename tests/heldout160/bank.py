"""BancaNord: a Romanian bank app with selfie liveness, a face template for login
and a voice check for the phone-banking line.

Device binding sends the app's ANDROID_ID and the bank SDK's device key; a risk
ping carries an MD5 of the ANDROID_ID under `h`. The face template of an older
build goes as base64 float32 under `p` with nothing saying it is a face (opaque).
Exchange-rate series, transfers (IBAN, an account) and the voice-command
transcription (speech recognition, no speaker model) are not sensitive.
"""

from __future__ import annotations

import math

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.banca-nord.example"
UA = ua("BancaNord", "5.12.3")


def _vec(c: Context, n: int) -> list[float]:
    v = [c.rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [x / norm for x in v]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banca-nord", method, url)
    b.header("user-agent", UA)
    b.header("x-bn-android-id", b.id("aid_bank", where="header x-bn-android-id"))
    b.header("x-request-id", rid(c.rng))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispozitiv/inrolare")
    b.json(
        {
            "cheieDispozitiv": b.id("bank_device_key", where="json cheieDispozitiv"),
            "cif": b.acct("bank_client"),
            "model": "SM-A546B",
            "root": False,
        }
    )
    b.ok_json({"status": "INROLAT", "otpTrimisLa": b.acct("phone_no")})
    return b.build()


def risk_ping(c: Context) -> Flow:
    b = FB(c, "banca-nord", "POST", f"{API}/rk")
    b.header("user-agent", UA)
    b.form([("h", b.id("aid_bank", "md5", "form h (MD5)", detectable=False)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/selfie-liveness")
    b.bio("face_image", "multipart selfie (liveness check)")
    boundary = "----bn" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("tip", None, None, b"selfie_activ"),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ("provocare", None, None, b"intoarce_capul_stanga"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"viu": True, "scor_liveness": rf(c.rng, 0.9, 0.99, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/fata")
    b.bio("face_embedding", "json sablon_fata (base64 float32, 128-d)")
    b.json({"sablon_fata": floats_b64(_vec(c, 128)), "versiune_model": "fn-2.1", "ts": iso(c)})
    b.ok_json({"potrivire": True, "token": rid(c.rng)})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/a")
    b.bio("face_embedding", "json p (base64 float32, no face context)", detectable=False)
    b.json({"p": floats_b64(_vec(c, 128)), "s": 2})
    b.ok_json({"r": 1})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voce/verificare-vorbitor")
    b.bio("voiceprint", "json mostra_voce (speaker verification audio) + amprenta_vocala")
    b.json(
        {
            "mostra_voce": b64(fake_wav(c.rng.randint(0, 10**9), 800)),
            "amprenta_vocala": [round(x, 5) for x in _vec(c, 64)],
            "fraza": "vocea mea e parola mea",
        }
    )
    b.ok_json({"acelasi_vorbitor": True, "scor": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/asistent/transcriere")
    b.decoy("voice command sent for transcription (speech recognition, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"text": "transferă 100 de lei către mama", "limba": "ro-RO"})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/curs-valutar?moneda=EUR,USD,MDL")
    b.decoy("exchange-rate series (float list, not a face vector)")
    b.ok_json(
        {
            "EUR": [rf(c.rng, 4.96, 4.99) for _ in range(30)],
            "USD": [rf(c.rng, 4.5, 4.8) for _ in range(30)],
            "MDL": rf(c.rng, 0.25, 0.27),
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/plati/transfer")
    b.decoy("transfer with IBAN and a transaction id (accounts, not devices)")
    b.json(
        {
            "dinCont": b.acct("iban"),
            "catre": "RO66BACX0000001234567890",
            "suma": 100,
            "moneda": "RON",
            "idTranzactie": rid(c.rng),
        }
    )
    b.ok_json({"stare": "EXECUTAT"})
    return b.build()
