"""The makerspace's 3D printers: OctoPrint on a Raspberry Pi per printer, and the
makerspace's print-slot queue.

OctoPrint's REST API (`X-Api-Key` header; `/api/job` with `progress.completion`,
`printTime`, `printTimeLeft`; `/api/printer` with temperatures,
https://docs.octoprint.org/en/master/api/) reports how far a print has got:
progress, elapsed time and time left of a G-code file are a machine's job
state, not anyone's viewing. Printer serials and the Pi's MAC are equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, chrome, equipment_mac, inventory, iso, rf

QUEUE = "https://maker.kalevatalo.example/api/jono"


def _printers() -> list[tuple[str, str, str]]:
    rng = inventory("printers")
    return [
        (
            f"octopi-{i}",
            "CZPX"
            + "".join(rng.choice("0123456789") for _ in range(4))
            + "X004XK"
            + "".join(rng.choice("0123456789") for _ in range(5)),
            equipment_mac(rng, "DC:A6:32"),
        )
        for i in range(1, 5)
    ]


PRINTERS = _printers()
TIEDOSTOT = [
    "kirjaston_logo.gcode",
    "puhelinteline_v3.gcode",
    "lukunalle_kirjanmerkki.gcode",
    "legoteline.gcode",
    "avaimenperä_tappara.gcode",
]


def _octo(c: Context, path: str, method: str = "GET") -> tuple[FB, tuple[str, str, str]]:
    printer = c.rng.choice(PRINTERS)
    b = FB(
        c,
        "octoprint",
        method,
        f"https://{printer[0]}.maker.kalevatalo.example{path}",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", chrome())
    b.header("x-api-key", new_hex(c.rng, 32).upper())
    return b, printer


def tyo(c: Context) -> Flow:
    b, _printer = _octo(c, "/api/job")
    b.decoy("print job progress, elapsed time and time left (machine state)")
    arvio = c.rng.randint(1800, 20000)
    valmis = rf(c.rng, 0, 100, 2)
    b.ok_json(
        {
            "job": {
                "file": {
                    "name": c.rng.choice(TIEDOSTOT),
                    "origin": "local",
                    "size": c.rng.randint(10**5, 10**7),
                },
                "estimatedPrintTime": arvio,
                "filament": {
                    "tool0": {"length": rf(c.rng, 500, 9000, 1), "volume": rf(c.rng, 1, 20, 2)}
                },
            },
            "progress": {
                "completion": valmis,
                "filepos": c.rng.randint(0, 10**6),
                "printTime": int(arvio * valmis / 100),
                "printTimeLeft": int(arvio * (100 - valmis) / 100),
            },
            "state": "Printing",
        }
    )
    return b.build()


def tulostin(c: Context) -> Flow:
    b, _printer = _octo(c, "/api/printer")
    b.ok_json(
        {
            "temperature": {
                "tool0": {"actual": rf(c.rng, 200, 215, 1), "target": 210.0},
                "bed": {"actual": rf(c.rng, 58, 61, 1), "target": 60.0},
            },
            "state": {"text": "Printing", "flags": {"printing": True, "paused": False}},
        }
    )
    return b.build()


def jarjestelma(c: Context) -> Flow:
    b, printer = _octo(c, "/plugin/kalevatalo_inventory/info")
    b.decoy("printer serial and the Raspberry Pi's MAC (equipment)")
    b.ok_json(
        {
            "printer": {"model": "Original Prusa MK4", "serial": printer[1]},
            "host": {"hostname": printer[0], "eth0": printer[2], "os": "OctoPi 1.0.0"},
        }
    )
    return b.build()


def peruuta(c: Context) -> Flow:
    b, _printer = _octo(c, "/api/job", "POST")
    b.json({"command": "cancel"})
    b.no_content()
    return b.build()


def jono(c: Context) -> Flow:
    b = FB(c, "maker-queue", "GET", f"{QUEUE}?pvm={iso(c)[:10]}")
    b.header("user-agent", chrome())
    b.decoy("print-slot reservations with start times and durations (schedule)")
    b.ok_json(
        {
            "varaukset": [
                {
                    "tulostin": p[0],
                    "alkaa": iso(c),
                    "kesto_min": c.rng.choice([60, 120, 180, 240]),
                    "varaaja": c.rng.choice(["A.K.", "M.L.", "S.V.", "työpaja"]),
                    "materiaali": c.rng.choice(["PLA", "PETG"]),
                }
                for p in PRINTERS
            ]
        }
    )
    return b.build()
