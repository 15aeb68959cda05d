"""The building's video management system (VMS): camera health, motion events,
footage review and clip export, and one face-search request.

Reviewing recorded footage and exporting a clip of a camera between two times
(after a bicycle theft at the entrance) is footage handling, not face analysis;
camera serials, MACs, frame rates and storage are equipment health. The VMS
also has a face-search add-on: given a probe face crop it returns the matching
appearances of that person with similarity scores. That request carries a
face image and its answer face-match results of one person, so biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, chrome, equipment_mac, inventory, iso, rf, rid

VMS = "https://vms.kalevatalo.example/api/rest/v1"


def _cameras() -> list[tuple[str, str, str, str]]:
    rng = inventory("cameras")
    names = [
        "Pääovi ulko",
        "Aula",
        "Pyörätelineet",
        "Lastenosasto",
        "Auditorio",
        "Lastauslaituri",
        "Makerspace",
    ]
    return [
        (
            f"cam-{i:02d}",
            n,
            "ACCC8E" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6)),
            equipment_mac(rng, "AC:CC:8E"),
        )
        for i, n in enumerate(names, 1)
    ]


CAMERAS = _cameras()


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vms", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def kamerat(c: Context) -> Flow:
    b = _b(c, "GET", f"{VMS}/cameras?include=health")
    b.decoy("camera serials, MACs, fps and recording status (equipment health)")
    b.ok_json(
        {
            "array": [
                {
                    "id": cid,
                    "name": nimi,
                    "serial": serial,
                    "mac": mac,
                    "recording": True,
                    "fps": c.rng.choice([12, 15, 25]),
                    "retentionDays": 14,
                    "lastFrame": iso(c),
                }
                for cid, nimi, serial, mac in CAMERAS
            ]
        }
    )
    return b.build()


def liike(c: Context) -> Flow:
    cid, nimi, _, _ = c.rng.choice(CAMERAS)
    b = _b(c, "GET", f"{VMS}/events?camera={cid}&type=motion&from={iso(c)[:10]}")
    b.decoy("motion events of a camera (no face data)")
    b.ok_json(
        {
            "events": [
                {
                    "camera": nimi,
                    "start": iso(c),
                    "duration_s": c.rng.randint(2, 90),
                    "region": c.rng.randint(1, 4),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def toisto(c: Context) -> Flow:
    cid, _nimi, _, _ = c.rng.choice(CAMERAS)
    b = _b(c, "POST", f"{VMS}/playback/sessions")
    b.decoy("footage review session: camera, start time, playback speed")
    b.json({"camera": cid, "start": iso(c), "speed": c.rng.choice([1, 2, 4, 8]), "stream": "high"})
    b.ok_json(
        {"session": rid(c.rng), "url": f"rtsp://vms.kalevatalo.example/playback/{rid(c.rng)}"}
    )
    return b.build()


def vienti(c: Context) -> Flow:
    cid, _nimi, _, _ = c.rng.choice(CAMERAS)
    b = _b(c, "POST", f"{VMS}/exports")
    b.decoy("clip export between two times (footage handling)")
    b.json(
        {
            "name": f"Polkupyörävarkaus {iso(c)[:10]}",
            "cameras": [cid],
            "start": iso(c),
            "duration_s": c.rng.choice([300, 600, 900]),
            "format": "mkv",
            "signed": True,
            "reason": "poliisin pyyntö",
        }
    )
    b.ok_json({"exportId": rid(c.rng), "state": "queued", "sizeEstimateMB": c.rng.randint(50, 900)})
    return b.build()


def vienti_lataus(c: Context) -> Flow:
    b = _b(c, "GET", f"{VMS}/exports/{rid(c.rng)}/download?part=1")
    b.respond(
        200, "video/x-matroska", b"\x1aE\xdf\xa3" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def tallennus(c: Context) -> Flow:
    b = _b(c, "GET", f"{VMS}/storage")
    b.decoy("recording storage and retention (equipment)")
    b.ok_json(
        {"volumes": [{"name": "rec1", "usedPct": c.rng.randint(60, 95), "retentionDays": 14}]}
    )
    return b.build()


def kasvohaku(c: Context) -> Flow:
    b = _b(c, "POST", f"{VMS}/analytics/face-search")
    b.bio("face_image", "json probe.image (face crop) + response matches[].similarity")
    b.json(
        {
            "probe": {"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)), "type": "face"},
            "cameras": [cid for cid, _, _, _ in CAMERAS[:3]],
            "from": iso(c),
            "threshold": 0.7,
        }
    )
    b.ok_json(
        {
            "matches": [
                {
                    "camera": c.rng.choice(CAMERAS)[1],
                    "time": iso(c),
                    "similarity": rf(c.rng, 0.7, 0.95, 3),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()
