"""The mall's video-management app ("SentinelVMS", in-house backend on the mall's
cloud tenant): camera health, clip exports, people counting, footfall heat maps,
licence-plate reads at the parking boom gates and privacy-mask settings.

Every flow is a negative. Camera serials and MACs belong to the mall; footfall
and heat maps are aggregates over anonymous visitors; plate reads are of
visitors' cars; privacy masks are rectangles, not faces. Field names follow the
ONVIF / Axis VAPIX vocabulary a VMS vendor reuses (SerialNumber, HardwareId,
MACAddress in `basicdeviceinfo.cgi` getAllProperties; ONVIF
GetDeviceInformation), in the app's own JSON envelope.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, mac, ms, rf, rid, serial, ua

API = "https://api.sentinelvms.co.za"
UA = ua("SentinelVMS", "5.12.3")
SITES = ["SANDTON-CITY", "MENLYN-MAIN", "CANAL-WALK", "EASTGATE"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sentinel-vms", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def camera_health(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/sites/{c.rng.choice(SITES)}/cameras/health")
    b.decoy("mall CCTV cameras' serials and MACs: the mall's equipment, not the tester's")
    cams = [
        {
            "cameraId": f"CAM-{c.rng.randint(1, 240):03d}",
            "SerialNumber": serial(c.rng, "ACCC8E", 6),
            "MACAddress": mac(c.rng, "AC:CC:8E"),
            "ProdNbr": c.rng.choice(["P3265-LVE", "Q6135-LE", "M3086-V"]),
            "firmware": "11.9.60",
            "online": c.rng.random() < 0.93,
            "fps": c.rng.choice([15, 25, 30]),
            "storageDaysLeft": c.rng.randint(3, 30),
        }
        for _ in range(c.rng.randint(3, 7))
    ]
    b.ok_json({"site": c.rng.choice(SITES), "cameras": cams, "checkedAt": iso(c)})
    return b.build()


def clip_export(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/exports")
    b.decoy("CCTV footage export request: camera id and time window, not the tester's viewing")
    start = ms(c) - c.rng.randint(600, 7200) * 1000
    b.json(
        {
            "cameraId": f"CAM-{c.rng.randint(1, 240):03d}",
            "from": start,
            "to": start + c.rng.randint(30, 600) * 1000,
            "format": "mp4",
            "watermark": True,
            "reason": c.rng.choice(
                ["shoplifting", "slip-and-fall", "vehicle damage", "SAPS request"]
            ),
            "caseNo": f"CAS {c.rng.randint(100, 999)}/{c.rng.randint(1, 12):02d}/2024",
        }
    )
    b.ok_json({"exportId": rid(c.rng), "status": "queued", "etaSec": c.rng.randint(20, 200)})
    return b.build()


def clip_download(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/exports/{rid(c.rng)}/file.mp4")
    b.decoy("exported CCTV clip downloaded for an incident: footage file, no watch log")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 1 << 30)))
    return b.build()


def footfall(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/analytics/footfall")
    b.param("site", c.rng.choice(SITES))
    b.param("granularity", "15m")
    b.decoy("people-counting aggregates per entrance: counts, no face or person data")
    series = [
        {"t": ms(c) - i * 900000, "in": c.rng.randint(40, 900), "out": c.rng.randint(40, 900)}
        for i in range(12)
    ]
    b.ok_json({"entrance": c.rng.choice(["Ingang A", "Ingang B", "Parkade P3"]), "series": series})
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/analytics/heatmap")
    b.decoy("footfall heat map: a dwell-time grid over the floor plan, an aggregate")
    grid = [[rf(c.rng, 0, 1, 3) for _ in range(16)] for _ in range(10)]
    b.ok_json({"floor": "L1", "cellMetres": 2.5, "dwellSecondsNorm": grid, "visits": 18234})
    return b.build()


def plate_reads(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/lpr/reads")
    b.param("gate", c.rng.choice(["BOOM-IN-1", "BOOM-OUT-2"]))
    b.decoy("licence-plate reads of visitors' cars at the boom gate: not face, not device ids")
    reads = [
        {
            "plate": f"{c.rng.choice('BCDFGHJ')}{c.rng.choice('KLMNPRS')}"
            f" {c.rng.randint(10, 99)} {c.rng.choice('TVWXY')}{c.rng.choice('ZBC')} GP",
            "confidence": rf(c.rng, 0.8, 0.99, 3),
            "ts": iso(c),
            "vehicleColour": c.rng.choice(["wit", "silwer", "swart", "rooi"]),
            "snapshotUrl": f"{API}/v2/lpr/snap/{rid(c.rng)}.jpg",
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json({"reads": reads})
    return b.build()


def privacy_masks(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/cameras/CAM-{c.rng.randint(1, 240):03d}/privacy-masks")
    b.decoy("privacy-mask rectangles for a camera (faceBlur setting): geometry, no face data")
    b.json(
        {
            "faceBlur": True,
            "masks": [
                {"x": rf(c.rng, 0, 0.8, 3), "y": rf(c.rng, 0, 0.8, 3), "w": 0.12, "h": 0.2}
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def snapshot(c: Context) -> Flow:
    b = FB(c, "sentinel-vms", "GET", f"https://cdn.sentinelvms.co.za/thumbs/{rid(c.rng)}.jpg")
    b.header("user-agent", UA)
    b.decoy("camera tile thumbnail fetched for the wall view: an image download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 700))
    return b.build()
