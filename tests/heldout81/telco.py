"""Mi Línea: a Colombian telco's customer-care app with voice biometrics (the
caller enrols a voiceprint and is verified by voice before care actions). As a
carrier app it reads the handset's IMEI and serial, and it manages the home
fibre router the telco installed. Speech sent to the care bot's speech-to-text is
a decoy (not speaker recognition). The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.milinea.com.co"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "milinea", method, API + path)
    b.header("user-agent", ua("MiLinea", "12.6.0"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def _bnd(c: Context) -> str:
    return "Boundary-" + rid(c.rng).replace("-", "")[:20]


def enrolar_voz(c: Context) -> Flow:
    bnd = _bnd(c)
    b = _b(c, "POST", "/biometria-voz/v1/locutores/enrolamiento")
    parts = [
        ("linea", None, None, b.acct("telco_line").encode()),
        ("tipo", None, None, b"enrolamiento"),
        ("frase", None, None, b"mi voz es mi clave"),
        ("muestra", "muestra_voz_1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_enrolment", "body.multipart.muestra (speaker enrolment)")
    b.ok_json({"locutorId": rid(c.rng), "estado": "ENROLADO"})
    return b.build()


def verificar_voz(c: Context) -> Flow:
    b = _b(c, "POST", "/biometria-voz/v1/verificar")
    b.json(
        {
            "modo": "verificacion",
            "canal": "app",
            "audio_b64": b64(fake_wav(c.rng.randint(0, 10**6), 900)),
            "frase": "mi voz es mi clave",
        }
    )
    b.bio("voice_verification", "body.json.audio_b64 (biometria-voz verificar)")
    b.ok_json({"coincide": True, "puntaje": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def huella_vocal(c: Context) -> Flow:
    b = _b(c, "PUT", "/biometria-voz/v1/huella")
    b.json(
        {
            "huella_vocal": {"modelo": "xvector-v3", "dim": 192, "vector": floats(c.rng, 192)},
            "actualizado": iso(c),
        }
    )
    b.bio("voiceprint", "body.json.huella_vocal.vector")
    b.ok_json({"ok": True})
    return b.build()


def opaque_voz(c: Context) -> Flow:
    b = _b(c, "POST", "/vb/x")
    b.json({"payload": b64(c.rng.randbytes(1200)), "v": 1})
    b.bio("voice_encrypted", "body.json.payload (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def diagnostico(c: Context) -> Flow:
    b = _b(c, "POST", "/soporte/v2/diagnostico/equipo")
    b.json(
        {
            "imei": b.id("imei", where="body.json.imei"),
            "serialEquipo": b.id("serial", where="body.json.serialEquipo"),
            "macWifi": b.id("wifi_mac", where="body.json.macWifi"),
            "instalacion": b.made("telco_install", "body.json.instalacion"),
            "senal_dbm": -c.rng.randint(70, 110),
        }
    )
    b.ok_json({"ticket": f"INC{c.rng.randint(10**7, 10**8)}"})
    return b.build()


def homologacion(c: Context) -> Flow:
    b = FB(c, "milinea", "GET", "")
    imei = b.id("imei", where="path.equipos/{imei}")
    b.base = f"{API}/equipos/v1/{imei}/homologacion"
    b.header("user-agent", ua("MiLinea", "12.6.0"))
    b.ok_json({"homologado": True, "bandas": ["B2", "B4", "B7", "n78"]})
    return b.build()


def modem(c: Context) -> Flow:
    b = _b(c, "GET", "/hogar/v1/modem/estado")
    b.param("mac", b.id("router_mac", "nosep_upper", where="query.mac"))
    b.param("android_id", b.id("aid_telco", where="query.android_id"))
    b.ok_json({"estado": "en_linea", "clientes": c.rng.randint(2, 9)})
    return b.build()


def stt_bot(c: Context) -> Flow:
    bnd = _bnd(c)
    b = _b(c, "POST", "/asistente/v1/transcribir")
    b.set_body(
        multipart(
            bnd,
            [
                ("idioma", None, None, b"es-CO"),
                ("audio", "nota.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 800)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"texto": "quiero saber mi saldo de datos"})
    b.decoy("speech sent to speech-to-text for the care bot (not speaker recognition)")
    return b.build()


def saldo_datos(c: Context) -> Flow:
    b = _b(c, "GET", "/consumos/v1/datos")
    b.ok_json({"usados_mb": c.rng.randint(100, 20000), "plan_mb": 25000, "vence": iso(c)})
    b.decoy("data balance")
    return b.build()


def velocidad(c: Context) -> Flow:
    b = _b(c, "POST", "/hogar/v1/prueba-velocidad")
    b.json(
        {
            "muestras_mbps": [rf(c.rng, 80, 300, 1) for _ in range(40)],
            "latencia_ms": c.rng.randint(5, 40),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("speed-test numeric series")
    return b.build()
