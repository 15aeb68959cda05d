"""EsteriTrack: the practice's autoclave cycle logs and traceability labels.

Temperature and pressure series, cycle numbers, Bowie-Dick results and the
autoclave's serial: the practice's equipment and records, nothing of the dentist's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mac, rf, serial, ua

API = "https://esteritrack.example/api/v2"
UA = ua("EsteriTrack", "2.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "esteritrack", method, url)
    b.header("user-agent", UA)
    return b


def ciclo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ciclos")
    b.decoy("autoclave cycle: serial, temperature/pressure series (practice equipment)")
    b.json(
        {
            "autoclave": {"numero_serie": serial(c.rng, "AC-B"), "mac": mac(c.rng, "00:50:C2")},
            "numero_ciclo": c.rng.randint(1000, 9000),
            "programa": c.rng.choice(["134C_B", "121C_B", "prion_18min"]),
            "temperatura_c": [rf(c.rng, 120, 136, 1) for _ in range(16)],
            "presion_bar": [rf(c.rng, 1.0, 3.2, 2) for _ in range(16)],
            "resultado": "APTO",
            "fin": iso(c),
        }
    )
    b.ok_json({"id_ciclo": c.rng.randint(10**5, 10**6)})
    return b.build()


def prueba_bowie_dick(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pruebas")
    b.decoy("daily Bowie-Dick / Helix test result")
    b.json(
        {"tipo": c.rng.choice(["bowie_dick", "helix"]), "resultado": "correcto", "fecha": iso(c)}
    )
    b.no_content()
    return b.build()


def etiquetas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/etiquetas?lote={c.rng.randint(10000, 99999)}")
    b.decoy("traceability labels (pouch barcodes) of instrument sets")
    b.ok_json(
        {
            "etiquetas": [
                {"codigo": f"ST{c.rng.randint(10**8, 10**9)}", "caduca": "2027-06-01"}
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()
