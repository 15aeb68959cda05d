"""FitPulso: the companion app of the mother's cheap smartwatch (a no-brand
"Q19 Pro" on a white-label Shenzhen backend).

Binding sends the watch's BLE MAC (`macReloj`) and the app's ANDROID_ID; the
firmware check asks with the MAC upper-case without colons; the app's keep-
alive sends an MD5 of the MAC without colons under `k`. Steps, heart rate and
sleep are health data (none of this project's three categories); watch-face
downloads are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.fitpulso.example"
UA = ua("FitPulso", "3.3.8")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fitpulso", method, url)
    b.header("user-agent", UA)
    return b


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/reloj/vincular")
    b.json(
        {
            "macReloj": b.id("watch_mac", where="json macReloj"),
            "nombreBle": "Q19 Pro",
            "firmware": "Q19P_V1.0.7",
            "idAndroid": b.id("aid_reloj", where="json idAndroid"),
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/firmware/check")
    b.param("mac", b.id("watch_mac", "nosep_upper", "query mac (no colons)"))
    b.param("ver", "Q19P_V1.0.7")
    b.ok_json({"code": 0, "nuevo": False})
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k")
    b.form([("k", b.id("watch_mac", "md5_of_nosep", "form k (MD5 of MAC)", False)), ("s", "1")])
    b.no_content()
    return b.build()


def salud(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/salud/sync")
    b.decoy("steps, heart rate and sleep: health data, none of the three categories")
    b.json(
        {
            "pasos": c.rng.randint(800, 14000),
            "ritmoCardiaco": [c.rng.randint(58, 110) for _ in range(24)],
            "sueno": {"profundoMin": c.rng.randint(40, 140), "ligeroMin": c.rng.randint(120, 300)},
            "fecha": iso(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def esfera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/esferas/{new_hex(c.rng, 8)}.bin")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(256)))
    return b.build()


def clima_reloj(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/clima?ciudad=Cusco&ts={ms(c)}")
    b.ok_json({"temp": c.rng.randint(2, 20), "estado": "soleado"})
    return b.build()
