"""Match-day operations: POS terminals (posnets) at the kiosks, the MDM console for
the staff handhelds, and the staff app's own registration of her phone.

The POS terminals' serials and the handhelds' IMEIs, serials and Wi-Fi MACs are
the club's equipment, listed in the MDM console: not her device. The staff app
registers her own phone for push with its ANDROID_ID and the app's installation
id (her device identifiers), and a compact telemetry ping puts them in an
unnamed array.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, MODEL, club_serial, iso, ms, rf, rid, ua

CLUB = "https://staff.riachuelofc.example/api"
MDM = "https://mdm.gestionmovil.example/api/v1"
POS = "https://api.cobrosya.example/v2"
UA = ua("RiachueloStaff", "3.8.1")


def _c(c: Context, method: str, path: str) -> FB:
    b = FB(c, "riachuelo-staff", method, f"{CLUB}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("club_token"))
    return b


def registrar_celular(c: Context) -> Flow:
    b = _c(c, "POST", "dispositivos/registrar")
    b.json(
        {
            "androidId": b.id("aid_club", where="json androidId"),
            "idInstalacion": b.id("club_install", where="json idInstalacion"),
            "legajo": b.acct("club_legajo"),
            "modelo": MODEL,
            "fcmToken": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 60),
        }
    )
    b.ok_json({"ok": True, "rol": "prensa_operaciones"})
    return b.build()


def telemetria_app(c: Context) -> Flow:
    """The staff app's compact ping: [version, install id, ts] rows, no key names."""
    b = _c(c, "POST", "t")
    b.json(
        {
            "r": [
                [
                    "3.8.1",
                    b.id("club_install", where="json r[0][1] (unnamed)", detectable=False),
                    ms(c),
                ]
            ]
        }
    )
    b.no_content()
    return b.build()


def ventas_posnet(c: Context) -> Flow:
    b = FB(c, "cobrosya", "GET", f"{POS}/terminales/ventas?fecha=hoy&kiosco={c.rng.randint(1, 20)}")
    b.header("user-agent", ua("CobrosYa", "1.9.3"))
    b.decoy("POS terminal serials and order numbers (club equipment)")
    b.ok_json(
        {
            "terminales": [
                {
                    "nroSerie": club_serial(c.rng, "PAX-A910-"),
                    "ventas": c.rng.randint(20, 400),
                    "totalARS": rf(c.rng, 10**5, 5 * 10**6, 2),
                    "ultimaOperacion": "OP-" + new_digits(c.rng, 10),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def mdm_inventario(c: Context) -> Flow:
    b = FB(c, "gestionmovil-mdm", "GET", f"{MDM}/equipos?grupo=boleteria&pagina=1")
    b.header("user-agent", ua("GestionMovilAdmin", "6.0.2"))
    b.decoy("staff handhelds' IMEIs, serials and MACs (club equipment under MDM)")
    b.ok_json(
        {
            "equipos": [
                {
                    "alias": f"Handheld boletería {n}",
                    "imei": luhn_complete("35" + new_digits(c.rng, 12)),
                    "nroSerie": club_serial(c.rng, "TC26-"),
                    "macWifi": "34:2E:B6:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                    "ultimoContacto": iso(c),
                    "cumple": True,
                }
                for n in range(1, 4)
            ]
        }
    )
    return b.build()


def mdm_comando(c: Context) -> Flow:
    b = FB(c, "gestionmovil-mdm", "POST", f"{MDM}/comandos")
    b.header("user-agent", ua("GestionMovilAdmin", "6.0.2"))
    b.decoy("a command to a club handheld by its serial")
    b.json(
        {
            "equipo": club_serial(c.rng, "TC26-"),
            "comando": c.rng.choice(["bloquear", "reiniciar", "instalar_app", "modo_kiosco"]),
            "solicitud": rid(c.rng),
        }
    )
    b.ok_json({"estado": "encolado"})
    return b.build()


def agenda_partido(c: Context) -> Flow:
    b = _c(c, "GET", "operativo/agenda?partido=LPF-2024-F22")
    b.ok_json(
        {
            "apertura": "17:00",
            "inicio": "19:15",
            "tareas": ["Acreditaciones prensa", "Prueba de pantallas", "Conferencia post"],
        }
    )
    return b.build()
