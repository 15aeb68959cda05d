"""The station's studio equipment, seen from the engineer's app: the mixing desk,
the IP audio codecs for remote broadcasts (Comrex ACCESS / BRIC-Link style
status: peer, jitter, loss), microphones, the stream encoder and the on-air
light, each with serial numbers and MAC addresses. They belong to the
station, are shared by every presenter and are not paired with her phone, so by
the project's convention none of them is her device identifier: hard decoys.
(Comrex status fields after the BBC BUG comrex-briclink module's documentation.)
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import iso, ms, rf

from .phone import FB, mac, ua

HOST = "https://tecnica.radioscirocco.it"
NOTE = "station-owned studio equipment serial/MAC (shared, not hers): not a device id"


def desk_heartbeat(c: Context) -> Flow:
    b = FB(c, "studio", "POST", f"{HOST}/api/devices/heartbeat")
    b.header("user-agent", ua("StudioBridge", "5.0.3"))
    devs = [
        {
            "type": "mixer",
            "model": "Quasar XR",
            "serialNumber": "QXR" + new_digits(c.rng, 7),
            "macAddress": mac(c.rng, "00:0C:A3"),
            "fw": "2.1.3",
            "faderLevels": [rf(c.rng, -60, 6, 1) for _ in range(8)],
        },
        {
            "type": "encoder",
            "model": "Z/IPStream R/2",
            "hwid": new_hex(c.rng, 12).upper(),
            "bitrateKbps": 128,
            "uptimeSec": c.rng.randint(10000, 900000),
        },
    ]
    b.json({"studio": "A", "devices": devs, "ts": ms(c)})
    b.decoy(NOTE)
    b.ok_json({"ok": True})
    return b.build()


def codec_status(c: Context) -> Flow:
    b = FB(c, "studio", "GET", f"{HOST}/api/codecs/{c.rng.choice(['nx1', 'nx2', 'gozo'])}")
    b.ok_json(
        {
            "product": "ACCESS NX",
            "unitSerial": "ANX-" + new_digits(c.rng, 6),
            "mac": mac(c.rng, "00:01:C0").lower(),
            "peer": c.rng.choice(["remote-gozo", "stadio-barbera", "studio-valletta"]),
            "connected": True,
            "jitterMs": c.rng.randint(5, 60),
            "packetLossPct": rf(c.rng, 0, 2, 2),
            "levels": {"L": rf(c.rng, -40, 0, 1), "R": rf(c.rng, -40, 0, 1)},
        }
    )
    b.decoy(NOTE)
    return b.build()


def mic_inventory(c: Context) -> Flow:
    b = FB(c, "studio", "GET", f"{HOST}/api/inventario/microfoni")
    mics = [
        {
            "posizione": p,
            "modello": m,
            "seriale": s + new_digits(c.rng, 6),
            "guadagnoDb": rf(c.rng, 20, 55, 1),
            "phantom": m != "SM7B",
        }
        for p, m, s in [
            ("conduttrice", "SM7B", "SM"),
            ("ospite", "RE20", "EV"),
            ("ospite2", "MD 421", "SE"),
        ]
    ]
    b.ok_json({"studio": "A", "microfoni": mics, "aggiornato": iso(c)})
    b.decoy(NOTE)
    return b.build()


def onair_light(c: Context) -> Flow:
    b = FB(c, "studio", "POST", f"{HOST}/api/segnali/onair", http_version="HTTP/1.1")
    on = c.rng.random() < 0.5
    b.json(
        {
            "lampada": "ON AIR",
            "stato": "accesa" if on else "spenta",
            "studio": "A",
            "relayMac": mac(c.rng, "B8:27:EB").lower(),
        }
    )
    b.decoy(NOTE)
    b.no_content()
    return b.build()


def meters(c: Context) -> Flow:
    b = FB(c, "studio", "GET", f"{HOST}/api/meters", [("bus", "PGM"), ("n", "64")])
    peaks = [rf(c.rng, -30, -1, 2) for _ in range(64)]
    b.ok_json({"bus": "PGM", "peakDbfs": peaks, "lufsShort": rf(c.rng, -20, -14, 1)})
    b.decoy("programme audio level meters: a float series, no face or voiceprint")
    return b.build()


def ptz_preset(c: Context) -> Flow:
    b = FB(c, "studio", "POST", f"{HOST}/api/visualradio/ptz")
    b.json(
        {
            "camera": c.rng.choice(["cam-conduttrice", "cam-ospiti", "cam-wide"]),
            "preset": c.rng.randint(1, 8),
            "pan": rf(c.rng, -170, 170, 1),
            "tilt": rf(c.rng, -30, 30, 1),
            "zoom": rf(c.rng, 1, 12, 2),
            "autoSwitchOnMic": True,
        }
    )
    b.decoy("visual-radio PTZ camera preset (pan/tilt/zoom): no face data")
    b.ok_json({"moved": True})
    return b.build()
