"""The sound desk: the venue's wireless mics and in-ear monitors, PA amplifiers
and the live-captioning feed.

Radio-mic and IEM channel status in the shape Shure Wireless Workbench /
Sennheiser Control Cockpit show it (frequency, RF and audio levels, battery,
transmitter serial), an RF spectrum scan, the PA amplifiers' loudspeaker
monitoring and the MC's live captions. All of it is the venue's kit; the
captions are speech-to-text with no speaker model; a "speaker" here is a
loudspeaker. Nothing here is biometric or a device identifier of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, kit_mac, kit_serial, rf
from .scenkoll import ops

CHANNELS = ["Sång 1", "Sång 2", "Gitarr", "Bas", "Konferencier", "Kör 1", "Kör 2", "Spare"]
IEMS = ["Trummis", "Bas", "Gitarr", "Sång", "Keys", "MD"]


def rf_status(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljud/tradlost/kanaler")
    b.decoy("radio-mic transmitters' serials and RF levels (the venue's mics)")
    b.ok_json(
        {
            "kanaler": [
                {
                    "namn": ch,
                    "frekvensMHz": rf(c.rng, 470, 608, 3),
                    "sändare": {
                        "modell": c.rng.choice(["AD2/K9N", "ADX1", "SKM 6000"]),
                        "serienummer": kit_serial(c.rng, "3AV"),
                        "batteriMin": c.rng.randint(20, 480),
                    },
                    "rfA": -c.rng.randint(40, 95),
                    "rfB": -c.rng.randint(40, 95),
                    "ljudDbfs": -c.rng.randint(6, 60),
                    "mottagare": kit_mac(c.rng, "00:0E:DD"),
                }
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def iem_mixes(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljud/iem/mixar")
    b.decoy("IEM packs' serials and mix-send levels (the venue's monitors)")
    b.ok_json(
        [
            {
                "mottagare": person,
                "bodypack": {"modell": "P10R+", "serienummer": kit_serial(c.rng, "2RP")},
                "sändningar": [rf(c.rng, -60, 6, 1) for _ in range(16)],
                "frekvensMHz": rf(c.rng, 520, 600, 3),
            }
            for person in IEMS
        ]
    )
    return b.build()


def rf_scan(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljud/tradlost/skanning?fran=470&till=608&steg=0.025")
    b.decoy("an RF spectrum scan: a float series of levels (not a vector of a face or voice)")
    b.ok_json(
        {
            "startMHz": 470,
            "stegMHz": 0.025,
            "nivaerDbm": [rf(c.rng, -110, -40, 1) for _ in range(220)],
            "skannad": iso(c),
        }
    )
    return b.build()


def amp_monitoring(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljud/pa/forstarkare")
    b.decoy("loudspeaker impedance monitoring of the PA ('speaker' = loudspeaker)")
    b.ok_json(
        [
            {
                "förstärkare": f"LA12X-{i}",
                "serial": kit_serial(c.rng, "LA", 7),
                "kanaler": [
                    {
                        "speaker": f"K2 {side}{n}",
                        "impedansOhm": rf(c.rng, 2.6, 8.4, 2),
                        "temperaturC": rf(c.rng, 30, 70, 1),
                    }
                    for side in ("V", "H")
                    for n in (1, 2)
                ],
            }
            for i in range(1, 4)
        ]
    )
    return b.build()


def live_captions(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ljud/textning/senaste?kanal=konferencier")
    b.decoy("live captions of the MC's mic (speech-to-text, no speaker model)")
    b.ok_json(
        {
            "språk": "sv-SE",
            "segment": [
                {
                    "text": t,
                    "start": rf(c.rng, 0, 3600, 2),
                    "slut": rf(c.rng, 0, 3600, 2),
                    "konfidens": rf(c.rng, 0.7, 0.99, 2),
                }
                for t in c.rng.sample(
                    [
                        "Välkomna allihop till kvällens konsert",
                        "Ge en stor applåd",
                        "Nödutgångarna finns på båda sidor",
                        "Baren är öppen under pausen",
                        "Tack för ikväll Stockholm",
                    ],
                    3,
                )
            ],
        }
    )
    return b.build()


def scene_recall(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/ljud/konsol/scen")
    b.json({"konsol": "FOH", "scen": c.rng.randint(1, 60), "tid": iso(c)})
    b.ok_json({"ok": True})
    return b.build()
