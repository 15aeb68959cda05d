"""MotoSegura: the platform app for the GT06-type GPS tracker on the family's own
mototaxi (the father drives it; the tracker is theirs, bought and installed).

The tracker's IMEI is its identity on the platform: in JSON (`imei`), in the
path of position queries, in engine-cut commands, and inside the hex relay of
a GT06 login packet (the IMEI as BCD digits, nothing naming it). Positions,
geofences and the SIM's phone number are not device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, ua

API = "https://api.motosegura.example"
UA = ua("MotoSegura", "1.9.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "motosegura", method, url)
    b.header("user-agent", UA)
    b.header("x-ms-app", b.id("aid_moto", where="header x-ms-app"))
    return b


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/rastreadores")
    b.json(
        {
            "imei": b.id("moto_imei", where="json imei"),
            "modelo": "GT06N",
            "placa": f"{c.rng.randint(1000, 9999)}-4W",
            "simCelular": "9" + new_digits(c.rng, 8),
            "alias": "Mototaxi papá",
        }
    )
    b.ok_json({"ok": True, "plan": "anual"})
    return b.build()


def posiciones(c: Context) -> Flow:
    b = _b(c, "GET", API)
    imei = b.id("moto_imei", where="path /api/rastreadores/{imei}/posiciones")
    b.base = f"{API}/api/rastreadores/{imei}/posiciones?desde=hoy"
    b.decoy("positions of the mototaxi (coordinates)")
    b.ok_json(
        {
            "posiciones": [
                {
                    "lat": rf(c.rng, -13.54, -13.5, 6),
                    "lng": rf(c.rng, -71.99, -71.94, 6),
                    "vel": c.rng.randint(0, 45),
                    "hora": iso(c),
                }
                for _ in range(10)
            ]
        }
    )
    return b.build()


def comando(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/comandos")
    b.json(
        {
            "imei": b.id("moto_imei", where="json imei"),
            "cmd": c.rng.choice(["RELAY,1#", "RELAY,0#", "WHERE#"]),
            "clave": "123456",
        }
    )
    b.ok_json({"enviado": True, "idComando": new_hex(c.rng, 12)})
    return b.build()


def relay_gt06(c: Context) -> Flow:
    """The app's gateway test: a GT06 login packet relayed as hex, IMEI as BCD."""
    b = _b(c, "POST", f"{API}/gw/relay")
    imei = b.id("moto_imei", where="json p (GT06 login packet hex, IMEI as BCD)", detectable=False)
    packet = "78780d01" + "0" + imei + f"{c.rng.randint(0, 65535):04x}" + "d9dc0d0a"
    b.json({"p": packet, "t": 1})
    b.ok_json({"r": "787805010001d9dc0d0a"})
    return b.build()


def geocerca(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/geocercas/casa")
    b.decoy("geofence centre coordinates")
    b.json({"lat": rf(c.rng, -13.53, -13.51, 6), "lng": rf(c.rng, -71.98, -71.96, 6), "radio": 300})
    b.no_content()
    return b.build()
