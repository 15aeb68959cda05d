"""Border-wait-times and parking apps.

Border waits: CBP's public Border Wait Times API, GET https://bwt.cbp.gov/api/bwtnew
(fields port_number, port_name, crossing_name, passenger_vehicle_lanes{standard_lanes,
ready_lanes, NEXUS_SENTRI_lanes}{delay_minutes, lanes_open, update_time}, as used by
WSDOT-GIS/border-crossings and ArmandoRochinDev/border-wait-times on GitHub).
Parking: a city pay-by-phone app of its own ("EstacionaYa"): zone, plate, the
meter's id. Everything here is a hard decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ms, rid, ua

PORTS = [
    ("250401", "San Ysidro", "San Ysidro"),
    ("250601", "Otay Mesa", "Passenger"),
    ("240201", "El Paso", "Bridge of the Americas (BOTA)"),
    ("240204", "El Paso", "Ysleta"),
    ("240203", "El Paso", "Paso Del Norte (PDN)"),
]


def _lane(c: Context) -> dict:
    return {
        "operational_status": c.rng.choice(["no delay", "delay", "Lanes Closed"]),
        "delay_minutes": str(c.rng.randint(0, 180)),
        "lanes_open": str(c.rng.randint(0, 24)),
        "update_time": f"At {c.rng.randint(1, 12)}:00 pm PST",
    }


def wait_times(c: Context) -> Flow:
    b = FB(c, "cbp-bwt", "GET", "https://bwt.cbp.gov/api/bwtnew")
    b.header("user-agent", ua("LineaFrontera", "4.0.6"))
    ports = [
        {
            "port_number": num,
            "port_name": name,
            "crossing_name": xing,
            "border": "Mexican Border",
            "passenger_vehicle_lanes": {
                "standard_lanes": _lane(c),
                "ready_lanes": _lane(c),
                "NEXUS_SENTRI_lanes": _lane(c),
            },
            "pedestrian_lanes": {"standard_lanes": _lane(c)},
        }
        for num, name, xing in PORTS
    ]
    b.ok_json(ports)
    b.decoy("border wait times per lane: delay minutes series, public data")
    return b.build()


def wait_history(c: Context) -> Flow:
    b = FB(c, "lineafrontera", "GET", "https://api.lineafrontera-example.com/v1/historial")
    b.param("garita", c.rng.choice(PORTS)[0])
    b.param("carril", "SENTRI")
    b.header("user-agent", ua("LineaFrontera", "4.0.6"))
    hours = [{"hora": h, "promedioMin": c.rng.randint(5, 150)} for h in range(24)]
    b.ok_json({"historial": hours, "ultimaActualizacion": iso(c)})
    b.decoy("'historial' of average crossing minutes per hour: not anyone's watch history")
    return b.build()


def crossing_report(c: Context) -> Flow:
    b = FB(c, "lineafrontera", "POST", "https://api.lineafrontera-example.com/v1/reportes")
    b.header("user-agent", ua("LineaFrontera", "4.0.6"))
    b.json(
        {
            "garita": c.rng.choice(PORTS)[0],
            "carril": c.rng.choice(["READY", "SENTRI", "GENERAL"]),
            "minutosEsperados": c.rng.randint(5, 120),
            "duracionReal": c.rng.randint(300, 9000),
            "inicio": ms(c),
        }
    )
    b.ok_json({"gracias": True})
    b.decoy("user-reported crossing duration in seconds: queue time, not viewing time")
    return b.build()


def parking_start(c: Context) -> Flow:
    b = FB(c, "estacionaya", "POST", "https://api.estacionaya-example.mx/sesiones")
    b.header("user-agent", ua("EstacionaYa", "7.2.0"))
    b.json(
        {
            "zona": c.rng.choice(["ZC-101", "ZR-12", "4417"]),
            "placa": c.phone.plate,
            "parquimetroId": "PQ" + new_digits(c.rng, 8),
            "minutos": c.rng.choice([30, 60, 120]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"sesion": rid(c.rng), "vence": iso(c)})
    b.decoy("parking session: plate of the company truck and a city meter id")
    return b.build()
