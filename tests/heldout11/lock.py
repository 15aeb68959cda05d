"""Smart-home app ("Lumio Home") with a door lock that unlocks by 3D face.

The lock (structured-light 3D face module) enrols faces through the app: the
template is synced to the cloud so every lock of the household knows the
member; each unlock is reported with its match and liveness scores. The app
binds the lock by its serial and BLE MAC. The backend is in-house (its key
names are this set's own); the BLE advertisement layout (AD structures:
length, type 0xFF manufacturer data) follows the Bluetooth Core Supplement.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, ms, rf, rid, ua

HOST = "https://api.lumio-smart.com"
UA = ua("LumioHome", "5.8.2")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "lumio", method, HOST + path)
    b.header("user-agent", UA)
    b.header("x-lumio-ts", str(ms(ctx)))
    return b


def face_enrol(ctx: Context) -> Flow:
    """3D face template of a household member, synced to the cloud."""
    b = _b(ctx, "POST", "/v3/lock/face/enroll")
    b.bio("face_template", "json:faceTemplate.feature (b64 float32, 3D face)")
    b.json(
        {
            "lockSn": b.id("lock_serial", where="json:lockSn"),
            "memberId": "m" + str(ctx.rng.randint(1000, 9999)),
            "faceTemplate": {
                "algo": "SL3D-FR v4.1",
                "dim": 256,
                "feature": floats_b64(floats(ctx.rng, 256)),
                "depthQuality": rf(ctx.rng, 0.7, 0.99),
                "pose": {"yaw": rf(ctx.rng, -8, 8, 2), "pitch": rf(ctx.rng, -6, 6, 2)},
            },
            "userId": b.acct("lock_user"),
        }
    )
    b.ok_json({"code": 0, "faceId": rid(ctx.rng)})
    return b.build()


def unlock_event(ctx: Context) -> Flow:
    """An unlock, reported with its face match score and liveness."""
    b = _b(ctx, "POST", "/v3/lock/events")
    b.bio("face_match", "json:events[0].face.matchScore/liveness")
    ok = ctx.rng.random() < 0.9
    b.json(
        {
            "events": [
                {
                    "type": "UNLOCK" if ok else "UNLOCK_REJECTED",
                    "method": "FACE_3D",
                    "ts": ms(ctx),
                    "face": {
                        "matchScore": rf(ctx.rng, 0.86, 0.99) if ok else rf(ctx.rng, 0.2, 0.6),
                        "liveness": rf(ctx.rng, 0.9, 1.0),
                        "spoofCheck": "PASS",
                        "faceId": rid(ctx.rng),
                    },
                }
            ],
            "lockMac": b.id("lock_mac", where="json:lockMac"),
        }
    )
    b.no_content()
    return b.build()


def face_sync_opaque(ctx: Context) -> Flow:
    """The lock's own sync channel relayed by the app: sealed, nothing readable."""
    b = _b(ctx, "PUT", "/v2/relay/" + rid(ctx.rng)[:8])
    b.bio("face_template", "json:p (sealed blob)", detectable=False)
    blob = floats_b64(floats(ctx.rng, 96))[::-1]
    b.json({"k": 3, "p": blob, "n": b64(rid(ctx.rng))[:16]})
    b.no_content()
    return b.build()


def bind_lock(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/devices/bind")
    b.json(
        {
            "deviceType": "lock.face3d.fl3",
            "serialNumber": b.id("lock_serial", where="json:serialNumber"),
            "bleMac": b.id("lock_mac", where="json:bleMac"),
            "fwVersion": "2.4.17",
            "phone": {"androidId": b.id("aid_lock", where="json:phone.androidId")},
            "homeId": "h" + str(ctx.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def device_list(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v3/devices")
    b.header("x-lumio-did", b.id("aid_lock", where="header:x-lumio-did"))
    b.id("lock_serial", where="response json:devices[0].sn", direction="response")
    b.id("lock_mac", how="nosep_upper", where="response json:devices[0].mac", direction="response")
    sn, mac = ctx.phone.lock_serial, ctx.phone.lock_mac.replace(":", "").upper()
    b.ok_json({"devices": [{"sn": sn, "mac": mac, "online": True, "battery": 81, "model": "FL3"}]})
    return b.build()


def ble_adv_upload(ctx: Context) -> Flow:
    """Raw BLE advertisement hex (manufacturer data holds the MAC, no key says so)."""
    b = _b(ctx, "POST", "/v3/diag/ble")
    mac = b.id("lock_mac", how="nosep", where="json:adv (manufacturer data)", detectable=False)
    adv = "020106" + "0dff" + "5401" + mac.lower() + "a1" + "03" + "0319c103"
    b.json({"adv": adv, "rssi": -ctx.rng.randint(40, 85), "t": ms(ctx)})
    b.no_content()
    return b.build()


def lock_status(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"/v3/lock/status?home=h{ctx.rng.randint(100000, 999999)}")
    b.decoy("battery and door sensor state with timestamps")
    b.ok_json(
        {
            "door": ctx.rng.choice(["closed", "open"]),
            "bolt": "locked",
            "battery": ctx.rng.randint(20, 100),
            "lastChange": ms(ctx) - 60000,
            "traceId": rid(ctx.rng),
        }
    )
    return b.build()


def doorbell_thumb(ctx: Context) -> Flow:
    b = FB(ctx, "lumio", "GET", f"https://media.lumio-smart.com/snap/{rid(ctx.rng)}.jpg")
    b.decoy("doorbell snapshot download (a fetch, not an upload)")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 700))
    return b.build()


def scenes(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/scenes/run")
    b.decoy("automation scene with sensor thresholds")
    b.json({"sceneId": "s" + str(ctx.rng.randint(10, 99)), "trigger": "face_unlock", "lux": 120})
    b.ok_json({"ok": True, "requestId": rid(ctx.rng)})
    return b.build()
