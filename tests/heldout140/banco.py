"""Banco Altiplano: a Mexican bank whose call-centre app ("Línea Altiplano") uses
voice biometrics ("tu voz es tu contraseña"), on the Motorola.

Enrolment uploads three spoken passphrases; each call's verification uploads a
short sample and gets a speaker score; the server returns the voiceprint's
version. An older SDK build sends the sample as base64 under `a` with the
passphrase id under `k`. The voice-command transcription (speech to text, no
speaker model), the branch locator and card-freeze are not biometric. The device
is bound by a binding id the app makes up and its ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.bancoaltiplano.example"
VOZ = "https://voz.bancoaltiplano.example"
UA = ua("LineaAltiplano", "12.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "altiplano", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _wav(c: Context, size: int = 1200) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), size)


def enrolar_voz(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOZ}/v1/biometria-voz/enrolamiento")
    b.bio("voice_enrolment", "multipart muestra_voz_1..3 (voiceprint enrolment)")
    boundary = "altiplano" + new_hex(c.rng, 12)
    parts = [("cliente", None, None, c.phone.banco_client.encode())]
    parts += [(f"muestra_voz_{i}", f"frase{i}.wav", "audio/wav", _wav(c)) for i in (1, 2, 3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"huella_vocal": {"estado": "ENROLADA", "version": 3}})
    return b.build()


def verificar_voz(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOZ}/v1/biometria-voz/verificacion")
    b.bio("voice_verification", "json audio_b64 + frase (speaker verification)")
    b.json(
        {
            "cliente": c.phone.banco_client,
            "frase": "En Banco Altiplano mi voz es mi contraseña",
            "audio_b64": b64(_wav(c, 900)),
            "canal": "app_llamada",
            "vinculacion": b.made("banco_binding", "json vinculacion (device binding id)"),
        }
    )
    b.ok_json({"coincide": True, "puntaje_locutor": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def embedding_locutor(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOZ}/v1/biometria-voz/vector")
    b.bio("speaker_embedding", "json vector_locutor (x-vector, 256 floats)")
    b.json({"vector_locutor": floats(c.rng, 256), "modelo": "xvec-es-mx-4", "ts": iso(c)})
    b.no_content()
    return b.build()


def verificar_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{VOZ}/v0/s")
    b.bio("voice_verification", "json a = base64 WAV, k = passphrase index", detectable=False)
    b.json({"a": b64(_wav(c, 900)), "k": 2, "c": c.phone.banco_client})
    b.ok_json({"r": 0.93})
    return b.build()


def plantilla_opaca(c: Context) -> Flow:
    b = _b(c, "PUT", f"{VOZ}/v0/t")
    b.bio("speaker_embedding", "form x = base64 float32 vector (voiceprint)", detectable=False)
    b.form([("x", floats_b64(floats(c.rng, 192))), ("n", "1")])
    b.no_content()
    return b.build()


def transcribir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asistente/transcripcion")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.json({"audio_b64": b64(_wav(c, 700)), "idioma": "es-MX", "modo": "comando"})
    b.ok_json({"texto": "quiero ver mi saldo", "confianza": rf(c.rng, 0.8, 1, 2)})
    return b.build()


def vincular_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seguridad/vincular-dispositivo")
    b.json(
        {
            "vinculacion": b.made("banco_binding", "json vinculacion"),
            "androidId": b.id("aid_banco", where="json androidId"),
            "serie": b.id("moto_serial", where="json serie"),
            "cliente": c.phone.banco_client,
        }
    )
    b.ok_json({"vinculado": True, "token_softoken": new_hex(c.rng, 32)})
    return b.build()


def sucursales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sucursales?lat=19.43&lon=-99.13&radio=3km")
    b.decoy("branch and ATM coordinates")
    b.ok_json(
        {
            "sucursales": [
                {
                    "nombre": f"Sucursal {n}",
                    "lat": rf(c.rng, 19.3, 19.5),
                    "lon": rf(c.rng, -99.2, -99.0),
                }
                for n in ("Roma Norte", "Condesa", "Del Valle")
            ]
        }
    )
    return b.build()


def congelar_tarjeta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tarjetas/congelar")
    b.json({"ultimos4": str(c.rng.randint(1000, 9999)), "motivo": "extravio"})
    b.ok_json({"estado": "congelada", "folio": rid(c.rng)})
    return b.build()
