"""The players' GPS vests (chalecos) and heart-rate straps (bandas): the club's kit.

After training the officer's tablet-less phone pulls the session summary from
the performance vendor's cloud (fictional `api.rendimiento-pro.example`):
distances, sprints, GPS coordinate lists of each player's path, heart-rate
zones. The vests and straps have their own serials and BLE MACs: the club's
equipment, not her device. None of this is one of the issue's categories (no
face or voice data, no viewing, not her device's identifiers).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, club_serial, iso, rf, rid, ua

API = "https://api.rendimiento-pro.example/v4"
UA = ua("RendimientoPro", "7.1.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rendimiento-pro", method, f"{API}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def sesion_resumen(c: Context) -> Flow:
    b = _b(c, "GET", f"sesiones/{c.rng.randint(3000, 3999)}/resumen")
    b.decoy("player distances and sprints (club kit)")
    b.ok_json(
        {
            "sesion": "Entrenamiento táctico",
            "jugadores": [
                {
                    "dorsal": d,
                    "distanciaM": c.rng.randint(4000, 11000),
                    "sprints": c.rng.randint(3, 40),
                    "velMaxKmh": rf(c.rng, 24, 34, 1),
                }
                for d in c.rng.sample(range(1, 36), 6)
            ],
        }
    )
    return b.build()


def recorrido_gps(c: Context) -> Flow:
    b = _b(c, "GET", f"sesiones/{c.rng.randint(3000, 3999)}/jugadores/{c.rng.randint(1, 35)}/gps")
    b.decoy("coordinate list of a player's path on the pitch")
    b.ok_json(
        {
            "hz": 10,
            "puntos": [
                [rf(c.rng, -34.6405, -34.6395, 6), rf(c.rng, -58.371, -58.370, 6)]
                for _ in range(30)
            ],
        }
    )
    return b.build()


def zonas_fc(c: Context) -> Flow:
    b = _b(c, "GET", f"sesiones/{c.rng.randint(3000, 3999)}/frecuencia-cardiaca")
    b.decoy("players' heart-rate zones from club straps")
    b.ok_json(
        {
            "zonas": [
                {"dorsal": d, "fcMax": c.rng.randint(175, 200), "z4Min": c.rng.randint(2, 25)}
                for d in c.rng.sample(range(1, 36), 5)
            ]
        }
    )
    return b.build()


def inventario_chalecos(c: Context) -> Flow:
    b = _b(c, "GET", "dispositivos?tipo=chaleco")
    b.decoy("vest serials and BLE MACs (club equipment, not her device)")
    b.ok_json(
        {
            "dispositivos": [
                {
                    "nroSerie": club_serial(c.rng, "VX7-"),
                    "mac": "D4:CA:6E:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                    "bateria": c.rng.randint(10, 100),
                    "asignadoA": c.rng.randint(1, 35),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def subir_etiquetas(c: Context) -> Flow:
    b = _b(c, "POST", "sesiones/etiquetas")
    b.decoy("drill tags with timestamps")
    b.json(
        {
            "sesion": c.rng.randint(3000, 3999),
            "etiquetas": [
                {"nombre": t, "inicio": iso(c), "id": rid(c.rng)}
                for t in ("Rondo", "Presión alta", "Pelota parada")
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
