"""The studio's network-attached equipment: mixing consoles, IP audio codecs, Dante
microphones and interfaces, field recorders. All of it is the station's (the
producer's employer's) equipment, so its serials and MACs are no device identifier
of the tester; meters, spectra and loudness series are float arrays that look like
embeddings and are none."""

from __future__ import annotations

import math

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

NOC = "https://noc.liffeysound.example/api"
CONSOLES = [
    ("studio-a", "LC-4410-00871", "00:1D:C1:4A:08:71"),
    ("studio-b", "LC-4410-01133", "00:1D:C1:4A:11:33"),
]
CODECS = [
    ("codec-ob1", "ACX3-2231907", "00:0C:4D:17:2A:90"),
    ("codec-isdn", "ACX3-2230455", "00:0C:4D:17:04:55"),
]
MICS = [(f"mic-{i}", f"DM2-{71140 + i}", f"00:1D:C1:90:0{i}:3E") for i in range(1, 7)]
RECORDERS = [("f8-recorder-1", "ZF8N-00A7431"), ("f8-recorder-2", "ZF8N-00A7512")]


def _b(c: Context, method: str, url: str, sdk: str) -> FB:
    b = FB(c, sdk, method, url, http_version="HTTP/1.1")
    b.header("user-agent", "LSFM-NOC-Agent/2.0")
    return b


def console_status(c: Context) -> Flow:
    name, serial, mac = c.rng.choice(CONSOLES)
    b = _b(c, "POST", f"{NOC}/equipment/{name}/status", "noc.console")
    b.decoy("station mixing console serial and MAC (employer's equipment, not the tester's)")
    b.json(
        {
            "serialNumber": serial,
            "macAddress": mac,
            "firmware": "7.4.2",
            "faders": [rf(c.rng, -90, 10, 1) for _ in range(16)],
            "onAir": c.rng.random() < 0.7,
            "uptimeSec": c.rng.randint(10_000, 9_000_000),
        }
    )
    b.no_content()
    return b.build()


def codec_link(c: Context) -> Flow:
    name, serial, mac = c.rng.choice(CODECS)
    b = _b(c, "GET", f"http://{name}.studio.liffeysound.example/cgi-bin/status.json", "codec")
    b.decoy("IP audio codec status: station equipment serial/MAC, jitter and loss series")
    b.ok_json(
        {
            "unit": {"serial": serial, "mac": mac, "model": "ACX-3"},
            "link": {
                "remote": "ob-van.liffeysound.example",
                "profile": "Opus 96k stereo",
                "jitterMs": [rf(c.rng, 2, 40, 1) for _ in range(20)],
                "lossPct": rf(c.rng, 0, 2, 2),
                "connectedAt": iso(c),
            },
        }
    )
    return b.build()


def dante_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{NOC}/dante/devices", "noc.dante")
    b.decoy("Dante microphone inventory: station equipment MACs/serials (not the tester's)")
    devs = [
        {"name": n, "serial": s, "mac": m, "sampleRate": 48000, "latencyUs": 1000}
        for n, s, m in MICS
    ]
    b.ok_json({"devices": devs, "scannedAt": iso(c)})
    return b.build()


def mic_meters(c: Context) -> Flow:
    b = _b(c, "POST", f"{NOC}/meters", "noc.meters")
    b.decoy("per-mic level meters and a 128-bin spectrum (signal levels, no speaker model)")
    b.json(
        {
            "ts": ms(c),
            "mics": {n: rf(c.rng, -60, -6, 1) for n, _, _ in MICS},
            "spectrum": [
                round(math.sin(i / 9) * 0.3 + c.rng.gauss(0, 0.05), 4) for i in range(128)
            ],
        }
    )
    b.no_content()
    return b.build()


def loudness_series(c: Context) -> Flow:
    b = _b(c, "POST", f"{NOC}/loudness/LSFM", "noc.loudness")
    b.decoy("EBU R128 short-term loudness per second of the programme output (float series)")
    b.json(
        {
            "from": iso(c),
            "lufsS": [rf(c.rng, -26, -18, 2) for _ in range(60)],
            "truePeakDbtp": rf(c.rng, -3, -0.5, 2),
        }
    )
    b.no_content()
    return b.build()


def recorder_sync(c: Context) -> Flow:
    name, serial = c.rng.choice(RECORDERS)
    b = _b(c, "POST", f"{NOC}/recorders/{name}/takes", "noc.recorder")
    b.decoy("station field recorder on loan to the producer (employer's device, not the tester's)")
    b.json(
        {
            "recorderSerial": serial,
            "takes": [
                {"file": f"ZOOM{c.rng.randint(1, 999):04d}.WAV", "sec": c.rng.randint(20, 1800)}
                for _ in range(3)
            ],
            "battery": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def firmware_check(c: Context) -> Flow:
    name, serial, _ = c.rng.choice(CONSOLES + CODECS)
    b = _b(
        c, "GET", f"https://updates.liffeysound.example/fw/check?model={name}&sn={serial}", "noc.fw"
    )
    b.decoy("firmware check with a station console's serial (employer's equipment)")
    b.ok_json({"latest": "7.4.3", "sha256": new_hex(c.rng, 64), "mandatory": False})
    return b.build()
