"""The hotel's guest Wi-Fi controller, lobby CCTV, boardroom video bar and the
self check-in kiosk, as the operations app on Wanjiru's phone sees them.

Ordinary: access-point summaries (client counts, channels), vouchers, camera
lists with PTZ positions and saved views, the lobby snapshot (a still for the
duty manager, not sent for recognition), people counts, the video bar's
telemetry (people count, speaker-framing mode, camera position) and the kiosk's
guest-register upload (passport data page and MRZ text for the police
register, no face comparison). Sensitive: the Wi-Fi client list names guests'
devices by MAC (labelled as ids the generator made), and the kiosk's
face-match step sends a live selfie and the passport portrait for a 1:1
comparison (biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import WB, iso, mac, rf, rid, ua

OPS = "https://ops.savannahcourt.example"
UA = ua("HoteliOps", "1.9.4")


def _b(c: Context, sdk: str, method: str, url: str) -> WB:
    b = WB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("staff_token"))
    return b


def wifi_aps(c: Context) -> Flow:
    b = _b(c, "wifi", "GET", f"{OPS}/wifi/api/v1/aps?site=westlands")
    b.decoy("access points: names, channels, client counts")
    b.ok_json(
        {
            "aps": [
                {
                    "name": f"AP-{floor}F-{side}",
                    "channel": c.rng.choice([1, 6, 11, 36, 44, 149]),
                    "clients": c.rng.randint(0, 40),
                    "uptimeH": c.rng.randint(1, 900),
                }
                for floor in range(1, 4)
                for side in ("E", "W")
            ]
        }
    )
    return b.build()


def wifi_voucher(c: Context) -> Flow:
    b = _b(c, "wifi", "POST", f"{OPS}/wifi/api/v1/vouchers")
    b.decoy("voucher code")
    b.json({"room": f"{c.rng.randint(1, 7)}{c.rng.randint(1, 29):02d}", "days": 3, "devices": 3})
    b.ok_json({"code": new_hex(c.rng, 8).upper(), "expires": iso(c)})
    return b.build()


def wifi_clients(c: Context) -> Flow:
    b = _b(c, "wifi", "GET", f"{OPS}/wifi/api/v1/clients?ssid=Savannah-Guest")
    b.other_id("mac", "response json clients[].mac (guests' devices)", direction="response")
    b.ok_json(
        {
            "clients": [
                {
                    "mac": mac(c.rng).lower(),
                    "hostname": c.rng.choice(["Galaxy-S23", "iPhone", "DESKTOP-7Q1", "Redmi-Note"]),
                    "ap": "AP-2F-E",
                    "rxMb": c.rng.randint(1, 900),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def cctv_cameras(c: Context) -> Flow:
    b = _b(c, "vms", "GET", f"{OPS}/vms/api/v2/cameras")
    b.decoy("camera PTZ positions and saved views")
    b.ok_json(
        {
            "cameras": [
                {
                    "id": name,
                    "ptz": {
                        "pan": rf(c.rng, -180, 180, 1),
                        "tilt": rf(c.rng, -30, 30, 1),
                        "zoom": rf(c.rng, 1, 4, 1),
                    },
                    "view": c.rng.choice(["Lobby wide", "Reception", "Entrance"]),
                    "recording": True,
                }
                for name in ("lobby-1", "lobby-2", "entrance", "parking")
            ]
        }
    )
    return b.build()


def cctv_ptz(c: Context) -> Flow:
    b = _b(c, "vms", "POST", f"{OPS}/vms/api/v2/cameras/lobby-1/ptz")
    b.decoy("camera position preset")
    b.json({"preset": c.rng.choice(["Lobby wide", "Reception desk"]), "speed": 0.5})
    b.ok_json({"position": {"pan": rf(c.rng, -90, 90, 1), "tilt": rf(c.rng, -20, 10, 1)}})
    return b.build()


def cctv_snapshot(c: Context) -> Flow:
    b = _b(c, "vms", "GET", f"{OPS}/vms/api/v2/cameras/lobby-1/snapshot.jpg?w=640")
    b.decoy("lobby still for the duty manager (no recognition)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def cctv_people(c: Context) -> Flow:
    b = _b(c, "vms", "GET", f"{OPS}/vms/api/v2/analytics/people?zone=lobby&interval=15m")
    b.decoy("people counts and a face-detected count")
    b.ok_json(
        {
            "zone": "lobby",
            "buckets": [
                {"t": iso(c), "people": c.rng.randint(0, 40), "facesDetected": c.rng.randint(0, 30)}
                for _ in range(4)
            ],
        }
    )
    return b.build()


def videobar(c: Context) -> Flow:
    b = _b(
        c,
        "videobar",
        "GET",
        "https://cloud.roomcast-av.example/api/v3/rooms/boardroom-kilimanjaro/telemetry",
    )
    b.decoy("video bar: people count, speaker framing, camera position")
    b.ok_json(
        {
            "room": "Kilimanjaro Boardroom",
            "inCall": c.rng.random() < 0.5,
            "peopleCount": c.rng.randint(0, 14),
            "framing": c.rng.choice(["speaker", "group", "off"]),
            "faceFraming": True,
            "camera": {
                "pan": rf(c.rng, -20, 20, 1),
                "tilt": rf(c.rng, -5, 5, 1),
                "zoom": rf(c.rng, 1, 3, 1),
            },
            "micLevelDb": rf(c.rng, -60, -10, 1),
            "firmware": "4.2.1.2113",
        }
    )
    return b.build()


def kiosk_register(c: Context) -> Flow:
    b = _b(c, "kiosk", "POST", f"{OPS}/kiosk/api/v1/sajili/hati")
    b.decoy("passport data page and MRZ for the guest register (no face comparison)")
    boundary = new_hex(c.rng, 24)
    mrz = "P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    body = multipart(
        boundary,
        [
            ("hati", "passport_page.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ("mrz", None, None, mrz.encode()),
            ("chumba", None, None, f"{c.rng.randint(1, 7)}{c.rng.randint(1, 29):02d}".encode()),
            ("kusudi", None, None, b"register"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"sajili_id": rid(c.rng), "hali": "imehifadhiwa"})
    return b.build()


def kiosk_face_match(c: Context) -> Flow:
    b = WB(c, "uso-kyc", "POST", "https://api.uso-kyc.example/v1/face/compare")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-api-key", new_hex(c.rng, 32))
    b.bio("face_image", "json selfie + portrait (1:1 face comparison)")
    b.json(
        {
            "selfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "portrait": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "threshold": 0.8,
            "reference": rid(c.rng),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()
