"""Mi Home with a Xiaomi smart camera that recognises family members' faces.

Xiaomi's cloud API as the open-source micloud / python-miio cloud clients
call it: `POST https://sg.api.io.mi.com/app/home/device_list` and
`/app/home/rpc/{did}` with a form field `data` holding JSON (plus
`signature`, `_nonce`); camera events from business.smartcamera.api.io.mi.com
`/common/app/get/eventlist?data={"did":...,"model":...}`. The camera's
"face management" (known people = figures) is modelled on the Mi Home
plugin's figure / face endpoints; its key names are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, ms, rf

API = "https://sg.api.io.mi.com/app"
CAM = "https://business.smartcamera.api.io.mi.com"
MODEL = "chuangmi.camera.ipc019e"
FIGURES = ["Ibu", "Ayah", "Bà nội", "Adik"]


def _b(c: Context, method: str, url: str, params=None) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "mihome", method, url, params)
    b.header("user-agent", "Android-13-9.4.702-Xiaomi-23021RAAEG-APP/xiaomi.smarthome-APPV/94702")
    b.header("x-xiaomi-protocal-flag-cli", "PROTOCAL-HTTP2")
    b.header(
        "cookie", f"userId={c.phone.mi_user}; serviceToken={b64(c.rng.randbytes(40))}; locale=id_ID"
    )
    return b


def _signed(b: FB, c: Context, data: dict[str, object]) -> None:
    b.form(
        [
            ("data", js(data)),
            ("signature", b64(c.rng.randbytes(20))),
            ("_nonce", b64(c.rng.randbytes(12))),
        ]
    )


def face_register(c: Context) -> Flow:
    bnd = "mijia" + new_hex(c.rng, 14)
    b = _b(c, "POST", f"{CAM}/miot/camera/app/v1/figure/face/upload")
    did = b.id("cam_did", where="multipart did")
    b.bio("face_image", "multipart faceImg crop for a figure (known person)")
    body = multipart(
        bnd,
        [
            ("did", None, None, did.encode()),
            ("model", None, None, MODEL.encode()),
            ("figureName", None, None, c.rng.choice(FIGURES).encode()),
            ("faceImg", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"code": 0, "data": {"faceId": new_hex(c.rng, 24)}})
    return b.build()


def face_feature(c: Context) -> Flow:
    b = _b(c, "POST", f"{CAM}/miot/camera/app/v1/figure/feature/sync")
    data = {
        "did": b.id("cam_did", where="form data.did"),
        "model": MODEL,
        "figureId": new_hex(c.rng, 16),
        "faceFeature": floats_b64(floats(c.rng, 256)),
        "featureVer": "mface_2.1",
    }
    b.bio("embedding", "form data JSON faceFeature base64 float32[256] for a figure")
    _signed(b, c, data)
    b.ok_json({"code": 0})
    return b.build()


def event_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{CAM}/common/app/get/eventlist")
    data = {
        "did": b.id("cam_did", where="query data.did"),
        "model": MODEL,
        "eventType": "Face",
        "needMerge": True,
        "limit": 20,
        "endTime": ms(c),
    }
    b.param("data", js(data))
    b.mark(
        "biometric",
        "face_match",
        "response faceInfo{figureName, matchScore, faceRect}",
        True,
        "response",
    )
    events = [
        {
            "fileId": new_hex(c.rng, 18),
            "eventType": "Face",
            "createTime": ms(c) - i * 600000,
            "faceInfo": {
                "figureName": c.rng.choice([*FIGURES, "Tidak dikenal"]),
                "matchScore": rf(c.rng, 0.5, 1),
                "faceRect": [c.rng.randint(0, 1600) for _ in range(4)],
            },
        }
        for i in range(5)
    ]
    b.ok_json({"code": 0, "data": {"thirdPartPlayUnits": events, "isContinue": False}})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/home/rpc/{c.phone.cam_did}")
    b.id("cam_did", where="url path /home/rpc/{did}", detectable=False)
    b.bio("embedding", "rc4-encrypted data (face sync inside)", detectable=False)
    b.form(
        [
            ("data", b64(c.rng.randbytes(420))),
            ("rc4_hash__", b64(c.rng.randbytes(20))),
            ("signature", b64(c.rng.randbytes(20))),
            ("_nonce", b64(c.rng.randbytes(12))),
        ]
    )
    b.respond(200, "text/plain", b64(c.rng.randbytes(60)).encode())
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/home/device_list")
    _signed(b, c, {"getVirtualModel": False, "getHuamiDevices": 0})
    did = b.id("cam_did", where="response result.list[].did", direction="response")
    mac = b.id("cam_mac", where="response result.list[].mac", direction="response")
    b.ok_json(
        {
            "code": 0,
            "result": {
                "list": [
                    {
                        "did": did,
                        "name": "Kamera Ruang Tamu",
                        "model": MODEL,
                        "mac": mac,
                        "localip": "192.168.1." + str(c.rng.randint(2, 200)),
                        "token": new_hex(c.rng, 32),
                        "isOnline": True,
                    }
                ]
            },
        }
    )
    return b.build()


def props(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/miotspec/prop/get")
    _signed(
        b,
        c,
        {
            "params": [
                {"did": b.id("cam_did", where="form data.params[].did"), "siid": 2, "piid": p}
                for p in (1, 2)
            ]
        },
    )
    b.ok_json({"code": 0, "result": [{"siid": 2, "piid": 1, "value": True}]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "mihome",
        "GET",
        "https://processor.smartcamera.api.io.mi.com/miot/camera/app/v1/img",
        [("fileId", new_hex(c.rng, 18)), ("stoId", b64(c.rng.randbytes(30)))],
    )
    b.decoy("event thumbnail fetch (an image, nothing sent)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 500))
    return b.build()


def motion_zone(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/miotspec/prop/set")
    b.decoy("motion detection zone polygon coordinates")
    zone = [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(6)]
    _signed(
        b,
        c,
        {
            "params": [
                {
                    "did": b.id("cam_did", where="form data.params[].did"),
                    "siid": 5,
                    "piid": 3,
                    "value": js(zone),
                }
            ]
        },
    )
    b.ok_json({"code": 0})
    return b.build()
