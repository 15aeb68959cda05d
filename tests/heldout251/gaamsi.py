"""監視 The CCTV: the resort's video management system (VMS) and NVRs.

The console lists cameras by id, serial and MAC, exports clips (camera, start,
duration; the regulator's requests in Portuguese: `pedido_dicj`, `camara`,
`duracao_s`), opens review playback sessions with a position in the recording
and a speed, moves PTZ cameras to presets (`posição`), reports the recorders'
disk health and bookmarks incidents.

Reviewing security footage is the resort's surveillance work on its own
cameras, not her viewing of media; the camera and recorder ids are the
resort's. Labelled negative, with decoy notes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, iso, rf, rid

API = "https://vms.sec.lotusbay.example"
AREAS = ["CASINO-L1", "VIP-L3", "CAGE", "SLOT-A", "ENT-N", "HOTEL-LOBBY", "THEATRE"]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-vms", method, url)
    b.header("user-agent", "LotusVMS-Mobile/11.2 (Android 14)")
    b.header("x-vms-session", new_hex(c.rng, 32))
    return b


def _cam(c: Context) -> str:
    return f"CAM-{c.rng.choice(AREAS)}-{c.rng.randint(1, 160):03d}"


def cameras(c: Context) -> Flow:
    area = c.rng.choice(AREAS)
    b = _b(c, "GET", f"{API}/api/rest/v1/cameras?area={area}")
    b.decoy("cameras' serials and MACs (the resort's equipment)")
    b.ok_json(
        {
            "area": area,
            "cameras": [
                {
                    "id": f"CAM-{area}-{n:03d}",
                    "serial": "DS-2CD" + new_hex(c.rng, 9).upper(),
                    "mac": equipment_mac(c.rng, "44:19:B6"),
                    "status": c.rng.choice(["recording", "recording", "recording", "offline"]),
                    "fps": 25,
                }
                for n in c.rng.sample(range(1, 160), 5)
            ],
        }
    )
    return b.build()


def clip_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/rest/v1/exports")
    b.decoy("clip export: camera, start, duration (work footage)")
    b.json(
        {
            "camera": _cam(c),
            "start": iso(c),
            "duration": c.rng.choice([60, 120, 300, 900]),
            "format": "mp4",
            "watermark": True,
            "reason": c.rng.choice(["incident", "dispute", "audit"]),
            "requestedBy": b.acct("staff_no"),
        }
    )
    b.ok_json({"exportId": rid(c.rng), "status": "queued"})
    return b.build()


def dicj_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/rest/v1/exports/dicj")
    b.decoy("regulator's clip request in Portuguese: camara / duracao_s (work footage)")
    b.json(
        {
            "pedido_dicj": f"P{c.rng.randint(1000, 9999)}/2025",
            "camara": _cam(c),
            "inicio": iso(c),
            "duracao_s": c.rng.choice([300, 600, 1800]),
            "motivo": "investigação de reclamação",
        }
    )
    b.ok_json({"exportId": rid(c.rng), "estado": "em fila"})
    return b.build()


def export_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rest/v1/exports/{rid(c.rng)}")
    b.decoy("export manifest with a file hash")
    b.ok_json(
        {
            "status": "done",
            "sizeBytes": c.rng.randint(10**7, 10**9),
            "sha256": new_hex(c.rng, 64),
            "url": f"{API}/dl/{new_hex(c.rng, 24)}.mp4",
        }
    )
    return b.build()


def playback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/rest/v1/playback/sessions")
    b.decoy("CCTV review playback with position and speed (surveillance work, not media viewing)")
    b.json(
        {
            "camera": _cam(c),
            "from": iso(c),
            "position": c.rng.randint(0, 3600),
            "speed": c.rng.choice([1, 2, 4, 8]),
            "stream": "main",
        }
    )
    b.ok_json(
        {
            "sessionId": rid(c.rng),
            "rtsp": f"rtsp://vms.sec.lotusbay.example/pb/{new_hex(c.rng, 16)}",
        }
    )
    return b.build()


def ptz(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/rest/v1/cameras/{_cam(c)}/ptz")
    b.decoy("PTZ preset posição / pan / tilt")
    b.json(
        {
            "posição": c.rng.randint(1, 12),
            "pan": rf(c.rng, -180, 180, 1),
            "tilt": rf(c.rng, -30, 90, 1),
            "zoom": rf(c.rng, 1, 30, 1),
        }
    )
    b.no_content()
    return b.build()


def nvr_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rest/v1/recorders/health")
    b.decoy("NVR serials and disk health (the resort's equipment)")
    b.ok_json(
        {
            "recorders": [
                {
                    "id": f"NVR-{n:02d}",
                    "serial": "NVR" + new_hex(c.rng, 10).upper(),
                    "disksOk": c.rng.randint(14, 16),
                    "retentionDays": c.rng.choice([30, 31, 45]),
                }
                for n in range(1, 5)
            ]
        }
    )
    return b.build()


def bookmark(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/rest/v1/bookmarks")
    b.decoy("incident bookmark: incident number, camera, time")
    b.json(
        {
            "incidentNo": f"INC-2025-{c.rng.randint(1, 9999):04d}",
            "camera": _cam(c),
            "at": iso(c),
            "note": c.rng.choice(["可疑換籌碼", "客人爭執", "遺失物品", "荷官失誤"]),
        }
    )
    b.ok_json({"bookmarkId": rid(c.rng)})
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rest/v1/cameras/{_cam(c)}/snapshot?w=640")
    b.decoy("a camera still (the resort's footage)")
    b.respond(
        200,
        "image/jpeg",
        bytes([0xFF, 0xD8, 0xFF]) + bytes(c.rng.getrandbits(8) for _ in range(400)),
    )
    return b.build()
