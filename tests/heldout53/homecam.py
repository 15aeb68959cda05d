"""Hüsli Cam, a Swiss smart-home camera app (fictional api.huesli-cam.example.ch),
with German / Swiss-German and English key names.

Ordinary (decoys): motion events with "person detected" flags and the
person's bounding box, snapshot thumbnails, clip downloads, arming schedules.
Device ids: the home's two cameras are addressed by their hardware serials
(`device_sn` query parameter, settings page listing them, path segments), and
the app registers its IDFV for push. Sensitive biometric: the "Bekannte
Gesichter" (familiar faces) feature enrols a face crop with a 128-d float32
embedding computed on the phone (as on-device face recognisers such as
FaceNet / Apple Vision feature prints produce), base64-encoded.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.huesli-cam.example.ch/v3"
UA = ua("HuesliCam", "2.8.5", "2850")


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "huesli-cam", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def _cam(c: Context) -> str:
    return c.rng.choice(["cam1_serial", "cam2_serial"])


def events(c: Context) -> Flow:
    b = _fb(c, "GET", f"/homes/{c.phone.cam_home}/ereignisse?since={ms(c) - 86400000}")
    evs = [
        {
            "eventId": new_hex(c.rng, 24),
            "typ": c.rng.choice(["bewegung", "person", "paket"]),
            "personDetected": c.rng.random() < 0.5,
            "confidence": rf(c.rng, 0.5, 0.99, 2),
            "bbox": [
                rf(c.rng, 0, 0.5),
                rf(c.rng, 0, 0.5),
                rf(c.rng, 0.1, 0.5),
                rf(c.rng, 0.2, 0.6),
            ],
            "zeit": iso(c),
            "kamera": c.rng.choice(["Iigang", "Garte"]),
        }
        for _ in range(6)
    ]
    b.ok_json({"ereignisse": evs})
    b.decoy("motion events: personDetected flags and body bounding boxes (no face data)")
    return b.build()


def thumb(c: Context) -> Flow:
    b = _fb(c, "GET", f"/media/thumbs/{new_hex(c.rng, 24)}.jpg?w=320")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("event snapshot thumbnail fetch")
    return b.build()


def arm(c: Context) -> Flow:
    b = _fb(c, "PUT", f"/homes/{c.phone.cam_home}/modus")
    b.json(
        {
            "modus": c.rng.choice(["abwesend", "daheim", "nacht"]),
            "zeitplan": [{"tag": d, "von": "08:00", "bis": "17:30"} for d in ("Mo", "Di", "Mi")],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("arming mode and schedule")
    return b.build()


def live(c: Context) -> Flow:
    attr = _cam(c)
    b = _fb(c, "POST", "/stream/start")
    sn = b.id(attr, where="query device_sn")
    b.param("device_sn", sn)
    b.json({"quality": "hd", "client": "ios"})
    b.ok_json({"rtspToken": new_hex(c.rng, 40), "expires": 60})
    return b.build()


def snapshot(c: Context) -> Flow:
    attr = _cam(c)
    b = FB(c, "huesli-cam", "GET", "")
    sn = b.id(attr, where="URL path segment /devices/{sn}/", detectable=False)
    b.base = f"{API}/devices/{sn}/snapshot/latest.jpg"
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    return b.build()


def settings(c: Context) -> Flow:
    b = _fb(c, "GET", f"/homes/{c.phone.cam_home}/einstellungen")
    cams = [
        {
            "name": n,
            "serialNumber": b.id(
                a, where=f"response cameras[{i}].serialNumber", direction="response"
            ),
            "firmware": "3.4.1.7",
            "akkuProzent": c.rng.randint(20, 100),
            "wlanDbm": -c.rng.randint(40, 80),
        }
        for i, (n, a) in enumerate([("Iigang", "cam1_serial"), ("Garte", "cam2_serial")])
    ]
    b.ok_json({"cameras": cams, "speicherTage": 30})
    return b.build()


def push(c: Context) -> Flow:
    b = _fb(c, "POST", "/push/token")
    b.json(
        {
            "token": new_hex(c.rng, 64),
            "geraetId": b.id("idfv_cam", where="body geraetId (IDFV)"),
            "plattform": "apns",
        }
    )
    b.no_content()
    return b.build()


def familiar_face(c: Context) -> Flow:
    b = _fb(c, "POST", f"/homes/{c.phone.cam_home}/bekannte-gesichter")
    b.json(
        {
            "name": c.rng.choice(["Sanne", "Jan", "Oma"]),
            "gesichtBild": b64(fake_jpeg(c.rng.getrandbits(32), 400)),
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "modell": "facenet-128-v2",
        }
    )
    b.bio("embedding", "body faceEmbedding (base64 float32 x128) + gesichtBild face crop")
    b.ok_json({"gesichtId": new_hex(c.rng, 16)})
    return b.build()


def privacy(c: Context) -> Flow:
    b = _fb(c, "PUT", f"/homes/{c.phone.cam_home}/privatsphaere")
    b.json(
        {
            "gesichtserkennung": False,
            "faceRecognitionEnabled": False,
            "privacyZones": [{"x": rf(c.rng, 0, 0.5), "y": rf(c.rng, 0, 0.5), "w": 0.2, "h": 0.3}],
            "audioAufnahme": True,
        }
    )
    b.ok_json({"ok": True})
    b.decoy("face-recognition settings toggled off; privacy zones (no face data)")
    return b.build()
