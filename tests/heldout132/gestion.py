"""Gestión Ribera: the practice-management system (agenda, patients, treatment plans).

Spanish keys as the vendor's in-house team writes them. Patient ids, NHC
(historia clínica) numbers, appointment ids and staff ids look like identifiers
but name no device of the dentist's; an odontogram is teeth, not a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gestion-ribera.example/v3"
UA = ua("GestionRibera", "3.18.2")
SEDES = ["MAD-CHAMBERI", "VLC-RUZAFA"]
TRATAMIENTOS = ["Endodoncia 36", "Implante 46", "Tartrectomía", "Corona zirconio 11", "Ortodoncia"]
NOMBRES = ["María José Pardo", "Vicent Soler", "Ana Belén Ruiz", "Jordi Martí", "Carmen Vidal"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gestion_ribera", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-sede", c.rng.choice(SEDES))
    return b


def agenda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/agenda?fecha=2026-12-01&gabinete={c.rng.randint(1, 4)}")
    b.decoy("appointment ids, patient ids and times (the practice's agenda, no device ids)")
    b.ok_json(
        {
            "citas": [
                {
                    "id_cita": c.rng.randint(10**6, 10**7),
                    "id_paciente": c.rng.randint(10**5, 10**6),
                    "paciente": c.rng.choice(NOMBRES),
                    "hora_inicio": f"{c.rng.randint(9, 19):02d}:{c.rng.choice(['00', '30'])}",
                    "duracion_min": c.rng.choice([30, 45, 60, 90]),
                    "tratamiento": c.rng.choice(TRATAMIENTOS),
                    "estado": c.rng.choice(["confirmada", "pendiente", "en_sala"]),
                }
                for _ in range(c.rng.randint(4, 9))
            ]
        }
    )
    return b.build()


def ficha_paciente(c: Context) -> Flow:
    pid = c.rng.randint(10**5, 10**6)
    b = _b(c, "GET", f"{API}/pacientes/{pid}")
    b.decoy("patient record: NHC, birth date, self-declared sex on the form, odontogram")
    b.ok_json(
        {
            "id_paciente": pid,
            "nhc": f"NHC-{c.rng.randint(10000, 99999)}",
            "nombre": c.rng.choice(NOMBRES),
            "fecha_nacimiento": f"19{c.rng.randint(50, 99)}-0{c.rng.randint(1, 9)}-12",
            "sexo": c.rng.choice(["M", "H"]),
            "alergias": c.rng.choice([[], ["penicilina"], ["látex"]]),
            "odontograma": {
                str(t): c.rng.choice(["sano", "caries", "obturado", "ausente", "corona"])
                for t in (11, 12, 16, 21, 26, 36, 46)
            },
        }
    )
    return b.build()


def plan_tratamiento(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/presupuestos")
    b.decoy("treatment plan with prices (a price series, not biometric)")
    lineas = [
        {
            "pieza": c.rng.choice([11, 16, 26, 36, 46]),
            "tratamiento": c.rng.choice(TRATAMIENTOS),
            "importe": rf(c.rng, 40, 1400, 2),
            "fase": c.rng.randint(1, 3),
        }
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json(
        {
            "id_paciente": c.rng.randint(10**5, 10**6),
            "lineas": lineas,
            "financiacion": {"meses": c.rng.choice([6, 12, 24]), "tae": 0.0},
            "creado": iso(c),
        }
    )
    b.ok_json(
        {"id_presupuesto": c.rng.randint(10**4, 10**5), "total": sum(x["importe"] for x in lineas)}
    )
    return b.build()


def recordatorio_sms(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/comunicaciones/sms")
    b.decoy("a patient's phone number in an SMS reminder (contact of a patient, not a device)")
    b.json(
        {
            "destino": f"+34 6{c.rng.randint(10, 99)} {c.rng.randint(100, 999)} "
            f"{c.rng.randint(100, 999)}",
            "plantilla": "recordatorio_cita_24h",
            "idioma": c.rng.choice(["es", "ca"]),
            "id_cita": c.rng.randint(10**6, 10**7),
        }
    )
    b.ok_json({"id_envio": rid(c.rng), "estado": "encolado"})
    return b.build()


def sincronizar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sync?desde={ms(c) - 600000}")
    b.decoy("sync cursor and change ids (a trace of records, no device id)")
    b.ok_json({"cursor": new_hex(c.rng, 24), "cambios": c.rng.randint(0, 30), "ts": ms(c)})
    return b.build()


def firma_consentimiento(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/consentimientos")
    b.decoy("a patient's handwritten signature strokes on a consent form: not a face or voice")
    b.json(
        {
            "id_paciente": c.rng.randint(10**5, 10**6),
            "documento": "CI-implantologia-v4",
            "trazos": [
                [[rf(c.rng, 0, 600, 1), rf(c.rng, 0, 200, 1)] for _ in range(12)] for _ in range(3)
            ],
            "firmado": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
