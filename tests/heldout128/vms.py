"""The mall's CCTV video-management system as its operator console app sees it.

Camera inventory and health (serials, MACs, firmware of the mall's cameras),
motion and object events, PTZ control, privacy-mask face boxes, clip and
snapshot fetches: none of it is the tester's device or anyone's biometric data.
The watch-list face matcher is: enrolling a face crop into it is a face image
sent to face matching, and an alert carries the matched face template. Both are
biometric by the definitions even though the face is a shopper's, not hers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, gz, multipart

from .ops import ops, zone
from .phone import floats, iso, mall_mac, ms, rf, rid

HOST = "vms"
MODELS = ["DS-2CD2387G2-LU", "IPC-HFW3849T1", "XNV-8082R", "DS-2DE4425IW-DE"]


def _cam(c: Context) -> dict[str, object]:
    return {
        "id_kamera": f"CAM-{zone(c)}-{c.rng.randint(1, 60):03d}",
        "no_siri": "DS" + new_digits(c.rng, 9) + "WCVU",
        "alamat_mac": mall_mac(c.rng, c.rng.choice(["44:19:B6", "BC:32:5F", "00:16:6C"])),
        "model": c.rng.choice(MODELS),
        "firmware": f"V5.7.{c.rng.randint(1, 20)} build 2406{c.rng.randint(10, 28)}",
        "ip": f"10.20.{c.rng.randint(1, 40)}.{c.rng.randint(2, 250)}",
        "status": c.rng.choice(["dalam_talian", "dalam_talian", "luar_talian"]),
    }


def camera_list(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, f"/api/v2/kamera?zon={zone(c)}&had=40")
    b.decoy("mall CCTV inventory: serials and MACs of a business's cameras, not the tester's")
    b.ok_json({"jumlah": 40, "kamera": [_cam(c) for _ in range(c.rng.randint(6, 14))]})
    return b.build()


def camera_health(c: Context) -> Flow:
    cam = _cam(c)
    b = ops(c, "lamanseri.vms", "GET", HOST, f"/api/v2/kamera/{cam['id_kamera']}/kesihatan")
    b.decoy("camera health: a mall camera's serial, MAC, uptime and stream bitrate")
    b.ok_json(
        {
            **cam,
            "masa_hidup_s": c.rng.randint(3600, 9_000_000),
            "suhu_c": rf(c.rng, 38, 61, 1),
            "kadar_bit_kbps": c.rng.randint(2000, 8000),
            "fps": c.rng.choice([15, 20, 25]),
            "storan_nvr": {"nvr": "NVR-" + new_digits(c.rng, 2), "guna_pct": rf(c.rng, 40, 95, 1)},
        }
    )
    return b.build()


def motion_events(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, f"/api/v2/peristiwa?zon={zone(c)}&sejak={ms(c)}")
    b.decoy("object-detection events: person/vehicle boxes with confidence, no face data")
    events = [
        {
            "id": rid(c.rng),
            "kelas": c.rng.choice(["orang", "orang", "beg_ditinggal", "troli", "kenderaan"]),
            "keyakinan": rf(c.rng, 0.5, 0.99, 3),
            "kotak": [rf(c.rng, 0, 0.8, 3) for _ in range(4)],
            "masa": iso(c),
        }
        for _ in range(c.rng.randint(3, 12))
    ]
    b.ok_json({"peristiwa": events})
    return b.build()


def privacy_mask(c: Context) -> Flow:
    """Export with faces blurred: the boxes locate faces, nothing describes one."""
    b = ops(c, "lamanseri.vms", "POST", HOST, "/api/v2/eksport/topeng-privasi")
    b.decoy(
        "face bounding boxes for privacy blurring of an export: boxes only, no landmarks, "
        "template or analysis (judged not biometric, like OCR boxes)"
    )
    b.json(
        {
            "id_klip": "CLP-" + new_hex(c.rng, 10),
            "kabur_muka": True,
            "kotak_muka": [
                {"bingkai": i * 5, "x": rf(c.rng, 0, 1, 3), "y": rf(c.rng, 0, 1, 3), "w": 0.04}
                for i in range(c.rng.randint(4, 20))
            ],
            "bilangan_muka": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"tugasan": rid(c.rng), "status": "beratur"})
    return b.build()


def ptz(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "PUT", HOST, f"/api/v2/kamera/PTZ-{c.rng.randint(1, 12)}/ptz")
    b.decoy("PTZ camera pan/tilt/zoom: a camera's orientation, not a head pose")
    b.json({"pan": rf(c.rng, -180, 180, 1), "tilt": rf(c.rng, -90, 10, 1), "zoom": 4, "yaw": 0.0})
    b.ok_json({"ok": True})
    return b.build()


def clip(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, f"/media/klip/CLP-{new_hex(c.rng, 10)}.mp4")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def snapshot(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, f"/media/gambar/{new_uuid(c.rng)}.jpg?w=640")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def watchlist_enrol(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "POST", HOST, "/api/v2/senarai-pantau/wajah")
    b.bio(
        "face_image",
        "multipart gambar_wajah (shopper's face crop enrolled into the VMS face matcher; "
        "face image to face matching is biometric though not the tester's face)",
    )
    bnd = "----" + new_hex(c.rng, 24)
    meta = {"kategori": "kecurian_kedai", "laporan": f"INS-{c.rng.randint(10000, 99999)}"}
    parts = [
        ("metadata", None, "application/json", str(meta).replace("'", '"').encode()),
        ("gambar_wajah", "wajah.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"id_subjek": "WL-" + new_digits(c.rng, 6), "kualiti_wajah": rf(c.rng, 0.6, 1, 2)})
    return b.build()


def watchlist_alert(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, "/api/v2/senarai-pantau/amaran?belum_baca=1")
    b.mark(
        "biometric",
        "face_template",
        "response json amaran[].templat_wajah (base64 float32) and potongan_wajah",
        True,
        "response",
    )
    b.ok_json(
        {
            "amaran": [
                {
                    "id_subjek": "WL-" + new_digits(c.rng, 6),
                    "kamera": f"CAM-{zone(c)}-{c.rng.randint(1, 60):03d}",
                    "skor_padanan": rf(c.rng, 0.81, 0.97, 3),
                    "templat_wajah": floats_b64(floats(c.rng, 128)),
                    "potongan_wajah": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
                    "masa": iso(c),
                }
            ]
        }
    )
    return b.build()


def watchlist_sync_opaque(c: Context) -> Flow:
    """Offline re-enrolment queue flushed as one gzip+base64 blob under 'd'."""
    b = ops(c, "lamanseri.vms", "POST", HOST, "/api/v2/q/7")
    b.bio("face_embedding", "json d (gzip+base64 of enrolment vectors)", detectable=False)
    inner = str([[round(x, 5) for x in floats(c.rng, 128)] for _ in range(2)]).encode()
    b.json({"k": 3, "d": b64(gz(inner)), "t": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def analytics_rules(c: Context) -> Flow:
    b = ops(c, "lamanseri.vms", "GET", HOST, "/api/v2/analitik/peraturan")
    b.decoy("VMS analytics rule list: line-crossing and loitering thresholds")
    b.ok_json(
        {
            "peraturan": [
                {"nama": "Lintasan garisan Pintu A", "jenis": "line_cross", "aktif": True},
                {"nama": "Berlegar > 300s", "jenis": "loitering", "ambang_s": 300},
                {"nama": "Pengesanan muka (kiraan sahaja)", "jenis": "face_count", "aktif": True},
            ]
        }
    )
    return b.build()


def review_audit(c: Context) -> Flow:
    """The VMS's own audit of which feeds an operator reviewed, and for how long."""
    b = ops(c, "lamanseri.vms", "POST", HOST, "/api/v2/audit/sesi-tontonan")
    b.decoy(
        "operator's CCTV review audit (camera, live/recorded, seconds on screen): a workplace "
        "access audit of surveillance footage, not media consumption (judged not viewing history)"
    )
    b.json(
        {
            "sesi": [
                {
                    "id_kamera": f"CAM-{zone(c)}-{c.rng.randint(1, 60):03d}",
                    "mod": c.rng.choice(["langsung", "rakaman"]),
                    "kedudukan_rakaman": iso(c),
                    "tempoh_tonton_s": c.rng.randint(5, 900),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "pengendali": "CR-OP",
        }
    )
    b.no_content()
    return b.build()
