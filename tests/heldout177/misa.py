"""Misa y Rosario: a Catholic mass and rosary audio app (Lima archdiocese parishes).

Listening progress of a rosary or homily (`posicionSeg`, `audioId`), a live
mass heartbeat (`segundosConectado` on a transmission) and the app's "recently
heard" list in a response are listening history. Its encrypted sync endpoint
carries the same progress AES-encrypted (nothing readable). OneSignal's player
registration carries the advertising id (`ad_id`) and answers with the player
id; Firebase Installations registers the app's FID. The day's readings, mass
times with parish coordinates and an offering paid through the wallet are not
sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rf, ua

API = "https://api.misayrosario.example"
UA = ua("MisaYRosario", "4.0.7")
AUDIOS = [
    ("ros-gozosos", "Santo Rosario: Misterios Gozosos", 1260),
    ("ros-dolorosos", "Santo Rosario: Misterios Dolorosos", 1320),
    ("ros-gloriosos", "Santo Rosario: Misterios Gloriosos", 1290),
    ("hom-dom-xxii", "Homilía del Domingo XXII", 980),
    ("coro-divina-misericordia", "Coronilla de la Divina Misericordia", 540),
]
TRANSMISIONES = ["catedral-lima-0700", "sr-milagros-1200", "santa-catalina-aqp-1900"]
ONESIGNAL_APP = "5f3c2a17-0b8e-4d6a-9c41-2e7f8a90b3d1"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "misayrosario", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-id", b.id("aid_misa", where="header x-device-id"))
    return b


def avance(c: Context) -> Flow:
    aid, titulo, dur = c.rng.choice(AUDIOS)
    pos = c.rng.randint(10, dur)
    b = _b(c, "POST", f"{API}/v2/audio/avance")
    b.view("json audioId + posicionSeg (rosary / homily audio)")
    b.json(
        {
            "audioId": aid,
            "tituloAudio": titulo,
            "posicionSeg": pos,
            "duracionSeg": dur,
            "completado": pos > dur - 15,
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def latido_misa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/envivo/latido")
    b.view("json transmision + segundosConectado (live mass)")
    b.json(
        {
            "transmision": c.rng.choice(TRANSMISIONES),
            "segundosConectado": c.rng.choice([60, 120, 180]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def escuchados(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/escuchados-recientes")
    b.view("response json escuchados[] (recently heard)", direction="response")
    b.ok_json(
        {
            "escuchados": [
                {"audioId": a, "titulo": t, "posicionSeg": c.rng.randint(0, d), "fecha": iso(c)}
                for a, t, d in c.rng.sample(AUDIOS, 3)
            ]
        }
    )
    return b.build()


def sync_cifrado(c: Context) -> Flow:
    b = FB(c, "misayrosario", "POST", f"{API}/v2/sync")
    b.header("user-agent", UA)
    b.view("json payload (AES-encrypted listening progress)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(96, 192)))
    b.json({"iv": new_hex(c.rng, 32), "payload": b64(blob), "v": 2})
    b.no_content()
    return b.build()


def onesignal(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://api.onesignal.com/players")
    b.header("user-agent", dalvik())
    b.header("sdk-version", "onesignal/android/040807")
    b.decoy("FCM push token under identifier (not a device id)")
    b.json(
        {
            "app_id": ONESIGNAL_APP,
            "device_type": 1,
            "identifier": b.acct("misa_push"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "23021RAAEG",
            "device_os": "13",
            "language": "es",
            "timezone": -18000,
            "timezone_id": "America/Lima",
            "sdk": "040807",
            "tags": {"parroquia": "San Pedro de Lima"},
        }
    )
    player = b.id("onesignal_player", where="response json id", direction="response")
    b.ok_json({"success": True, "id": player})
    return b.build()


def firebase_instalacion(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/misa-rosario-pe/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("fid_misa", where="json fid"),
            "appId": "1:602211934417:android:3ab0c7e19d24f85e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/602211934417/installations/x", "refreshToken": new_hex(c.rng, 48)})
    return b.build()


def lecturas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/liturgia/lecturas?fecha=hoy", device=False)
    b.ok_json(
        {
            "primeraLectura": "Lectura del libro del profeta Isaías 55, 1-3",
            "salmo": "Sal 144",
            "evangelio": "Mateo 14, 13-21",
            "santoral": "Santa Rosa de Lima",
        }
    )
    return b.build()


def horarios(c: Context) -> Flow:
    lat, lon = rf(c.rng, -12.15, -11.95, 5), rf(c.rng, -77.1, -76.95, 5)
    b = _b(c, "GET", f"{API}/v2/parroquias/cercanas?lat={lat}&lon={lon}", device=False)
    b.decoy("parish coordinates and mass times")
    b.ok_json(
        {
            "parroquias": [
                {
                    "nombre": n,
                    "lat": rf(c.rng, -12.15, -11.95, 5),
                    "lon": rf(c.rng, -77.1, -76.95, 5),
                    "misas": ["07:00", "12:00", "19:00"],
                }
                for n in ("San Pedro", "Las Nazarenas", "Santo Domingo")
            ]
        }
    )
    return b.build()


def ofrenda(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ofrendas")
    b.decoy("offering paid by wallet: operation number (a transaction, not a device)")
    b.json({"monto": c.rng.choice([5, 10, 20]), "moneda": "PEN", "medio": "yape"})
    b.ok_json({"nroOperacion": str(c.rng.randint(10**7, 10**8)), "estado": "pendiente"})
    return b.build()
