"""YolGözü: the car's dashcam app (an LTE dashcam with a driver-facing camera).

Binding sends the dashcam's serial, its modem IMEI and its Wi-Fi MAC; the
heartbeat sends the serial base64-encoded under `s` and the IMEI under `m`.
Driver-fatigue events carry 68 face points (`uz_noqteleri`, üz nöqtələri)
with the eye-openness ratio and the head pose; the v2 firmware sends the
points as packed floats in protobuf. GPS tracks between Baku and Ganja, clip
lists and the camera mount's yaw/pitch/roll are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, baku, iso, ms, points, rf, rid, ua

API = "https://api.yolgozu.example"
UA = ua("YolGozu", "3.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yolgozu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/qeydiyyat/kamera")
    b.json(
        {
            "kamera_seriya": b.id("dash_serial", where="json kamera_seriya"),
            "imei": b.id("dash_imei", where="json imei"),
            "wifi_mac": b.id("dash_mac", where="json wifi_mac"),
            "telefon_android_id": b.id("aid_dash", where="json telefon_android_id"),
            "model": "YG-70 Pro",
        }
    )
    b.ok_json({"baglandi": True})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = FB(c, "yolgozu-fw", "GET", f"{API}/hb")
    b.header("user-agent", "YGFirmware/1.9")
    b.param("s", b.id("dash_serial", "b64", "query s (base64 serial)", detectable=False))
    b.param(
        "m", b.id("dash_imei", where="query m (bare IMEI under a one-letter key)", detectable=False)
    )
    b.param("t", str(int(c.now)))
    b.ok_json({"cmd": None})
    return b.build()


def fatigue_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/surucu/yorgunluq")
    b.bio("face_landmarks", "json uz_noqteleri (68 face points) + bas_pozasi")
    b.json(
        {
            "hadise": c.rng.choice(["YUXULULUQ", "DIQQETSIZLIK", "ESNEME"]),
            "vaxt": iso(c),
            "uz": {
                "uz_noqteleri": points(c.rng, 68),
                "goz_aciqligi": rf(c.rng, 0.1, 0.35, 3),
                "bas_pozasi": {"yaw": rf(c.rng, -40, 40, 1), "pitch": rf(c.rng, -30, 30, 1)},
            },
            "suret_kmh": c.rng.randint(0, 120),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def fatigue_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/f")
    b.bio("face_landmarks", "protobuf field 3 packed floats (68 points)", detectable=False)
    flat = [v for p in points(c.rng, 68) for v in p]
    body = pb_varint(1, ms(c)) + pb_varint(2, c.rng.randint(1, 3)) + pb_packed_floats(3, flat)
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def gps_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sefer/trek")
    b.decoy("GPS track Baku–Ganja (coordinate list)")
    b.json({"noqteler": [[*baku(c.rng), ms(c)] for _ in range(15)], "sefer": rid(c.rng)})
    b.no_content()
    return b.build()


def clip_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kliplər?gun=bu_gun")
    b.decoy("road clip list with durations (the road, not a viewing log)")
    b.ok_json(
        {
            "klipler": [
                {"id": rid(c.rng), "muddet_san": 60, "baslama": iso(c), "hadise": "zerbe"}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def mount_calibration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kamera/kalibrasiya")
    b.decoy("camera mount yaw/pitch/roll (not a head pose)")
    b.json({"yaw": rf(c.rng, -5, 5, 2), "pitch": rf(c.rng, -8, 2, 2), "roll": rf(c.rng, -3, 3, 2)})
    b.ok_json({"ok": True})
    return b.build()
