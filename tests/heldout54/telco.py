"""Telco self-care app ("Mi Línea"-like) with voice-biometric login.

Voice biometrics are in-house here (the operator's own /biometria-voz API,
modelled on the enrol / verify split that voice-biometrics vendors document,
e.g. Veridas das-Peak and Nuance Gatekeeper: 3 enrolment utterances of a
pass-phrase, then 1 verification utterance; some SDKs extract the voiceprint
on the device and send the vector). The app has carrier privileges, so it can
read the IMEI (Android TelephonyManager.getImei needs READ_PRIVILEGED_PHONE_STATE
or carrier privileges since Android 10) and sends it at registration.
Decoys: data-usage series, plan catalogue, a ringback-tone audio download.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://apimovil.linea-telco.example.mx"
UA = ua("MiLinea", "12.4.0")
FRASE = "En mi línea mi voz es mi contraseña"


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "milinea", "POST", f"{API}/biometria-voz/v1/enrolamiento")
    b.header("user-agent", UA)
    boundary = "----MiLinea" + new_hex(c.rng, 16)
    parts = [
        ("frase", None, None, FRASE.encode()),
        ("msisdn", None, None, b.acct("telco_msisdn").encode()),
    ]
    parts += [
        (f"muestra{i}", f"muestra{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 1 << 30), 900))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "multipart.muestra1..3 (enrolment utterances)")
    b.ok_json({"estado": "ENROLADO", "idHuella": new_hex(c.rng, 16)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = FB(c, "milinea", "POST", f"{API}/biometria-voz/v1/verificar")
    b.header("user-agent", UA)
    b.json(
        {
            "msisdn": b.acct("telco_msisdn"),
            "audioBase64": b64(fake_wav(c.rng.randint(0, 1 << 30), 1000)),
            "formato": "wav16k",
            "idioma": "es-MX",
            "canal": "app",
        }
    )
    b.bio("voice_sample", "body.audioBase64 (verification utterance)")
    b.ok_json({"coincide": True, "puntaje": rf(c.rng, 0.7, 0.99)})
    return b.build()


def voiceprint_vector(c: Context) -> Flow:
    b = FB(c, "milinea", "POST", f"{API}/biometria-voz/v2/verificar-local")
    b.header("user-agent", UA)
    b.json(
        {
            "huellaVoz": floats(c.rng, 192),
            "modelo": "ecapa-tdnn-v2",
            "duracionMs": c.rng.randint(1800, 4000),
            "sesion": rid(c.rng),
        }
    )
    b.bio("voiceprint", "body.huellaVoz (speaker embedding)")
    b.ok_json({"coincide": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = FB(c, "milinea", "POST", f"{API}/auth/v3/login")
    b.header("user-agent", UA)
    b.json({"metodo": 7, "blob": b64(bytes.fromhex(new_hex(c.rng, 400))), "t": ms(c)})
    b.bio("voiceprint", "body.blob (encrypted voice token)", detectable=False)
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def register_line(c: Context) -> Flow:
    b = FB(c, "milinea", "POST", f"{API}/dispositivos/v1/registro")
    b.header("user-agent", UA)
    b.json(
        {
            "msisdn": b.acct("telco_msisdn"),
            "imei": b.id("imei", where="body.imei"),
            "androidId": b.id("aid_telco", where="body.androidId"),
            "pushToken": b.acct("fcm_token"),
            "correo": b.id("email", where="body.correo"),
            "marca": "motorola",
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def network_diag(c: Context) -> Flow:
    """The network-quality probe: the IMEI (a Luhn-valid 15-digit TAC+serial) under 'terminal'."""
    b = FB(c, "milinea", "GET", f"{API}/red/v1/diagnostico")
    b.header("user-agent", UA)
    b.params += [
        ("terminal", b.id("imei", where="query.terminal")),
        ("rsrp", str(c.rng.randint(-110, -70))),
        ("banda", "n78"),
    ]
    b.ok_json({"calidad": "buena"})
    return b.build()


def data_usage(c: Context) -> Flow:
    b = FB(c, "milinea", "GET", f"{API}/consumo/v1/datos", [("periodo", "30d")])
    b.header("user-agent", UA)
    b.decoy("daily data-usage series")
    b.ok_json({"mb_por_dia": [rf(c.rng, 50, 3000, 1) for _ in range(30)], "limite_gb": 20})
    return b.build()


def plans(c: Context) -> Flow:
    b = FB(c, "milinea", "GET", f"{API}/catalogo/v1/planes")
    b.header("user-agent", UA)
    b.decoy("plan catalogue with prices")
    b.ok_json(
        {"planes": [{"id": f"P{i}", "precio": 99 + 100 * i, "gb": 5 * i} for i in range(1, 6)]}
    )
    return b.build()


def ringback(c: Context) -> Flow:
    b = FB(
        c, "milinea", "GET", f"https://cdn.linea-telco.example.mx/tonos/{new_hex(c.rng, 10)}.wav"
    )
    b.header("user-agent", UA)
    b.decoy("ringback tone audio download")
    b.respond(200, "audio/wav", fake_wav(c.rng.randint(0, 1 << 30), 800))
    return b.build()


def device_status(c: Context) -> Flow:
    """Device-status lookup: the IMEI sits in the URL path under /equipos/."""
    b = FB(c, "milinea", "GET", f"{API}/equipos/v1/")
    b.base += b.id("imei", where="url.path /equipos/v1/{imei}") + "/estado"
    b.header("user-agent", UA)
    b.ok_json({"bloqueado": False, "homologado": True, "volte": True})
    return b.build()
