"""Ona Mobil: a telco's app with voice biometrics ("la meva veu és la meva clau").

A carrier-privileged app: it may read the IMEI and the phone's serial, and it
manages the family's fibre router (its serial and MAC). Voice enrolment uploads
three WAV takes (multipart); verification sends a speaker embedding
(voiceprint); one build sends an encrypted blob. Hard decoy: the voice
assistant's speech-to-text upload (speech for transcription, not biometrics).
Key names are this set's own (English and Catalan).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.onamobil.es"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("OnaMobil", "4.6.1"))


def veu_enrol(c: Context) -> Flow:
    b = FB(c, "onamobil", "POST", API + "/veu/v1/inscripcio")
    b.bio("voice_sample", "multipart:mostra_veu_1..3 (speaker enrolment)")
    bnd = rid(c.rng)
    parts = [("locutor", None, None, b.acct("telco_line").encode())]
    parts += [
        (f"mostra_veu_{i}", f"veu{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in (1, 2, 3)
    ]
    parts.append(("frase", None, None, "La meva veu és la meva contrasenya".encode()))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    _hdr(b)
    b.ok_json({"inscrit": True})
    return b.build()


def veu_verify(c: Context) -> Flow:
    b = FB(c, "onamobil", "POST", API + "/veu/v1/verificar")
    b.bio("voiceprint", "json:voiceprint (speaker embedding)")
    b.json(
        {
            "linia": b.acct("telco_line"),
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "model": "ecapa-192",
            "snr_db": rf(c.rng, 8, 30, 1),
        }
    )
    _hdr(b)
    b.ok_json({"match": True, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def veu_opaque(c: Context) -> Flow:
    b = FB(c, "onamobil", "POST", API + "/vb/s")
    b.bio("voiceprint", "json:d (encrypted)", detectable=False)
    b.json({"d": b64(bytes(c.rng.getrandbits(8) for _ in range(360))), "n": c.rng.randint(1, 99)})
    _hdr(b)
    b.ok_json({"r": "ok"})
    return b.build()


def stt(c: Context) -> Flow:
    b = FB(c, "onamobil", "POST", API + "/assistent/v1/transcriure")
    b.decoy("speech sent for speech-to-text (not biometric)")
    bnd = rid(c.rng)
    body = multipart(
        bnd,
        [
            ("idioma", None, None, b"ca-ES"),
            ("audio", "ordre.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    _hdr(b)
    b.ok_json({"text": "quant de dades em queden"})
    return b.build()


def alta_dispositiu(c: Context) -> Flow:
    b = FB(c, "onamobil", "POST", API + "/dispositiu/v1/alta")
    b.json(
        {
            "imei": b.id("imei", where="json:imei"),
            "numSerie": b.id("phone_serial", where="json:numSerie"),
            "androidId": b.id("aid_telco", where="json:androidId"),
            "linia": b.acct("telco_line"),
        }
    )
    _hdr(b)
    b.ok_json({"ok": True})
    return b.build()


def router(c: Context) -> Flow:
    b = FB(c, "onamobil", "GET", API)
    serial = b.id("router_serial", where="path:/router/v1/{serial}")
    b.base = f"{API}/router/v1/{serial}/estat"
    b.header("x-router-mac", b.id("router_mac", where="header:x-router-mac"))
    _hdr(b)
    b.ok_json(
        {"wifi": "on", "clients": c.rng.randint(2, 14), "uptime_s": c.rng.randint(10**3, 10**6)}
    )
    return b.build()


def consum(c: Context) -> Flow:
    b = FB(c, "onamobil", "GET", API + "/consum/v1/dades", [("t", str(ms(c)))])
    b.decoy("daily data-usage number series")
    b.ok_json(
        {
            "mb_dia": [c.rng.randint(50, 3000) for _ in range(30)],
            "factura": f"F{c.rng.randint(10**7, 10**8)}",
        }
    )
    return b.build()


def cobertura(c: Context) -> Flow:
    b = FB(c, "onamobil", "GET", API + "/cobertura/v1/mapa", [("z", "12")])
    b.decoy("coverage map coordinate list")
    b.ok_json(
        {
            "punts": [
                [rf(c.rng, 41.3, 43.4), rf(c.rng, -9.0, 2.2), c.rng.randint(1, 5)]
                for _ in range(20)
            ]
        }
    )
    return b.build()
