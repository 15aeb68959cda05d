"""The practice's equipment seen from the dentist's phone: intraoral scanners, X-ray
sensors, a CBCT unit and chair units (cloud portals of the makers, fictional).

Every serial, MAC and firmware string here belongs to the practice's equipment,
not to the dentist's own device: by the issue's definition these are a business's
devices, labelled as decoys. A scan is a mesh of teeth; a cephalometric tracing
marks skeletal points (sella, nasion, menton) on a radiograph: neither is a face
landmark model (chosen: clinical measurements on bone, not biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, mac, ms, rf, rid, serial, ua

SCAN = "https://cloud.intraora-scan.example/api/v2"
RX = "https://portal.radiovisio.example/rest"
SILLON = "https://iot.sillones-ergo.example/v1"
UA = ua("PracticeHub", "5.2.0")

SCANNERS = [("IOS-4", "SN-IOS4-"), ("IOS-5w", "SN-IOS5-")]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def escaner_estado(c: Context) -> Flow:
    model, prefix = c.rng.choice(SCANNERS)
    b = _b(c, "intraora", "GET", f"{SCAN}/devices/status?site=MAD")
    b.decoy("the practice's intraoral scanner: serial, Wi-Fi MAC, firmware (business equipment)")
    b.ok_json(
        {
            "devices": [
                {
                    "model": model,
                    "serialNumber": serial(c.rng, prefix),
                    "macAddress": mac(c.rng, "00:1B:C5"),
                    "firmware": f"2.{c.rng.randint(1, 9)}.{c.rng.randint(0, 30)}",
                    "tipCyclesLeft": c.rng.randint(5, 140),
                    "calibratedAt": iso(c),
                }
                for _ in range(2)
            ]
        }
    )
    return b.build()


def escaneo_subida(c: Context) -> Flow:
    b = _b(c, "intraora", "POST", f"{SCAN}/cases/{c.rng.randint(10**5, 10**6)}/scans")
    b.decoy("a mesh of teeth (intraoral scan vertices), not a face mesh")
    verts = [[rf(c.rng, -30, 30, 3), rf(c.rng, -20, 20, 3), rf(c.rng, 0, 15, 3)] for _ in range(60)]
    b.json(
        {
            "jaw": c.rng.choice(["upper", "lower", "bite"]),
            "format": "ply",
            "vertexCount": 182340,
            "preview": {"vertices": verts},
            "scanner": {"serialNumber": serial(c.rng, "SN-IOS5-")},
            "uploadedBy": "DR-ferrer",
        },
        "gzip",
    )
    b.ok_json({"scanId": rid(c.rng), "status": "processing"})
    return b.build()


def sensor_rx(c: Context) -> Flow:
    b = _b(c, "radiovisio", "POST", f"{RX}/exposiciones")
    b.decoy("X-ray sensor exposure log: sensor serial and dose (practice equipment)")
    b.json(
        {
            "numero_serie_sensor": serial(c.rng, "RVG-"),
            "generador": {"kVp": 60, "mA": 7, "tiempo_s": rf(c.rng, 0.08, 0.32, 2)},
            "dosis_uGy": rf(c.rng, 150, 900, 1),
            "pieza": c.rng.choice([16, 26, 36, 46, 11]),
            "id_paciente": c.rng.randint(10**5, 10**6),
            "fecha": iso(c),
        }
    )
    b.ok_json({"id_imagen": c.rng.randint(10**6, 10**7)})
    return b.build()


def cbct_estudio(c: Context) -> Flow:
    b = _b(c, "radiovisio", "GET", f"{RX}/cbct/estudios?equipo={serial(c.rng, 'CB3D-', 6)}")
    b.decoy("CBCT study list with the unit's serial and voxel sizes (practice equipment)")
    b.ok_json(
        {
            "estudios": [
                {
                    "uid_dicom": f"1.2.826.0.1.3680043.{c.rng.randint(10**6, 10**7)}",
                    "fov_mm": c.rng.choice(["5x5", "8x8", "16x10"]),
                    "voxel_mm": c.rng.choice([0.075, 0.15, 0.3]),
                    "id_paciente": c.rng.randint(10**5, 10**6),
                }
                for _ in range(3)
            ],
            "equipo": {"modelo": "Orto3D Pro", "mac": mac(c.rng, "00:0E:C6"), "fw": "4.2.1"},
        }
    )
    return b.build()


def cefalometria(c: Context) -> Flow:
    b = _b(c, "radiovisio", "POST", f"{RX}/cefalometria/trazado")
    b.decoy("cephalometric tracing: skeletal points on a lateral radiograph (bone, not a face)")
    puntos = ["S", "N", "A", "B", "Me", "Go", "Po", "Or", "ANS", "PNS"]
    b.json(
        {
            "id_radiografia": c.rng.randint(10**6, 10**7),
            "analisis": "Steiner",
            "puntos": {p: [rf(c.rng, 200, 1800, 1), rf(c.rng, 200, 2000, 1)] for p in puntos},
            "angulos": {"SNA": rf(c.rng, 78, 86, 1), "SNB": rf(c.rng, 76, 84, 1)},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sillon_telemetria(c: Context) -> Flow:
    b = _b(c, "sillones_ergo", "POST", f"{SILLON}/telemetry")
    b.decoy("dental chair unit telemetry: serial, MAC, water-line hours (practice equipment)")
    b.json(
        {
            "unitSerial": serial(c.rng, "ERG"),
            "mac": mac(c.rng, "70:B3:D5").lower(),
            "fw": f"1.{c.rng.randint(0, 9)}.{c.rng.randint(0, 9)}",
            "box": c.rng.randint(1, 4),
            "turbineHours": rf(c.rng, 100, 4000, 1),
            "waterLineDisinfection": {"last": iso(c), "ok": True},
            "seat": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, 0, 30, 1), "roll": 0.0},
        }
    )
    b.no_content()
    return b.build()


def sillon_opaco(c: Context) -> Flow:
    """A chair's packed heartbeat: the chair's serial inside a gzip+base64 blob."""
    b = _b(c, "sillones_ergo", "POST", f"{SILLON}/hb")
    b.decoy("opaque heartbeat of a chair unit (business equipment's id inside a blob)")
    blob = b64(
        gz(js({"s": serial(c.rng, "ERG"), "t": ms(c), "e": [], "k": new_hex(c.rng, 8)}).encode())
    )
    b.form([("d", blob)])
    b.no_content()
    return b.build()
