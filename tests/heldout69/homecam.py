"""The family's home camera (Xiaomi-like, with familiar-face recognition) and its app.

- Cloud RPC the way python-miio / micloud describe Xiaomi's cloud API:
  `POST https://api.io.mi.com/app/home/rpc/<did>` (did in the path) with an RC4-sealed
  form (`data`, `rc4_hash__`, `signature`, `_nonce`, `ssecurity`-derived): opaque.
- Tencent Cloud IAI `SearchFaces` (iai.tencentcloudapi.com, X-TC-Version 2020-03-03,
  body GroupIds / Image / MaxFaceNum) for the camera's cloud face gallery.
- The camera service's own JSON: face events with embeddings, familiar-face
  enrolment (multipart JPEG), face attributes; body-pose fall alerts and pet boxes
  are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.jiaju-cam.com.cn"
UA = ua("JiajuCam", "9.9.703")
NAMES = ["妈妈", "爸爸", "外婆", "陌生人"]


def _base(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-mi-uid", b.acct("mi_uid"))


def face_event(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "POST", f"{API}/v2/event/face")
    _base(b)
    faces = [
        {
            "figureId": rid(c.rng)[:8],
            "figureName": c.rng.choice(NAMES),
            "score": rf(c.rng, 0.6, 0.99),
            "faceFeature": floats_b64(floats(c.rng, 256)),
            "box": [c.rng.randint(0, 900) for _ in range(4)],
        }
    ]
    b.json(
        {
            "did": b.id("cam_did", where="body:did"),
            "mac": b.id("cam_mac", where="body:mac"),
            "eventType": "face_recognized",
            "ts": ms(c),
            "faces": faces,
            "fileId": rid(c.rng),
        }
    )
    b.bio("embedding", "body:faces[].faceFeature")
    b.ok_json({"code": 0})
    return b.build()


def face_attrs(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "POST", f"{API}/v2/event/renlian_shuxing")
    _base(b)
    b.json(
        {
            "shebei": b.id("cam_did", where="body:shebei"),
            "ts": ms(c),
            "renlian": [
                {
                    "nianling": c.rng.randint(5, 80),
                    "biaoqing": c.rng.choice(["微笑", "中性", "惊讶"]),
                    "dai_yanjing": c.rng.random() < 0.3,
                    "lmk5": points(c.rng, 5, 1920, 1080),
                }
            ],
        }
    )
    b.bio("face_attributes", "body:renlian[] (年龄/表情/lmk5)")
    b.ok_json({"code": 0})
    return b.build()


def figure_enrol(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "POST", f"{API}/v2/face/figure/add")
    _base(b)
    bnd = "Boundary" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        bnd,
        [
            ("did", None, None, b.id("cam_did", where="body:did").encode()),
            ("figureName", None, None, c.rng.choice(NAMES[:3]).encode()),
            ("faceImage", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body:faceImage")
    b.ok_json({"code": 0, "figureId": rid(c.rng)[:8]})
    return b.build()


def iai_search(c: Context) -> Flow:
    b = FB(c, "tencent-iai", "POST", "https://iai.tencentcloudapi.com/")
    for k, v in [
        ("x-tc-action", "SearchFaces"),
        ("x-tc-version", "2020-03-03"),
        ("x-tc-region", "ap-shanghai"),
        ("x-tc-timestamp", str(int(c.now))),
        (
            "authorization",
            f"TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/{iso(c)[:10]}/iai/tc3_request, "
            "SignedHeaders=content-type;host, Signature=" + rid(c.rng).replace("-", ""),
        ),
    ]:
        b.header(k, v)
    b.json(
        {
            "GroupIds": ["family_" + c.phone.mi_uid],
            "Image": b64(fake_jpeg(c.rng.randint(0, 10**6), 600)),
            "MaxFaceNum": 1,
            "NeedPersonInfo": 1,
        }
    )
    b.bio("face_image", "body:Image")
    b.ok_json(
        {
            "Response": {
                "Results": [{"Candidates": [{"PersonId": "mama01", "Score": 92.1}]}],
                "RequestId": rid(c.rng),
            }
        }
    )
    return b.build()


def miio_rpc(c: Context) -> Flow:
    """The did in the path, every parameter RC4-sealed: nothing names what it is."""
    b = FB(c, "mi-cloud", "POST", f"https://api.io.mi.com/app/home/rpc/{b_did(c)}")
    b.id("cam_did", where="path:/app/home/rpc/<did>", detectable=False)
    b.header("user-agent", f"Android-14-9.9.703-Xiaomi-{c.phone.model}-JiajuCam")
    b.header("x-xiaomi-protocal-flag-cli", "PROTOCAL-HTTP2")
    b.header("miot-encrypt-algorithm", "ENCRYPT-RC4")
    sealed = b64(bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(80, 300))))
    b.form(
        [
            ("data", sealed),
            ("rc4_hash__", b64(rid(c.rng))),
            ("signature", b64(rid(c.rng))),
            ("_nonce", b64(bytes(c.rng.getrandbits(8) for _ in range(12)))),
        ]
    )
    b.respond(200, "text/plain", b64(bytes(c.rng.getrandbits(8) for _ in range(120))).encode())
    return b.build()


def b_did(c: Context) -> str:
    return c.phone.cam_did


def device_info(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "GET", f"{API}/v2/device/info", [("model", "chuangmi.camera.069a01")])
    _base(b)
    b.id("cam_did", where="response:did", direction="response")
    b.id("cam_mac", where="response:mac", direction="response")
    b.ok_json(
        {
            "code": 0,
            "result": {
                "did": c.phone.cam_did,
                "mac": c.phone.cam_mac,
                "fw_ver": "5.1.6_0452",
                "name": "客厅摄像机",
                "isOnline": True,
                "rssi": -48,
            },
        }
    )
    return b.build()


def fall_alert(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "POST", f"{API}/v2/event/fall")
    _base(b)
    b.json(
        {
            "eventType": "fall_detected",
            "ts": ms(c),
            "skeleton": {"keypoints17": points(c.rng, 17, 1920, 1080)},
            "confidence": rf(c.rng, 0.5, 0.99),
        }
    )
    b.decoy("body skeleton keypoints (fall detection)")
    b.ok_json({"code": 0})
    return b.build()


def pet_event(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "POST", f"{API}/v2/event/pet")
    _base(b)
    b.json(
        {
            "eventType": "pet_seen",
            "ts": ms(c),
            "boxes": [[c.rng.randint(0, 1900) for _ in range(4)]],
            "label": "cat",
        }
    )
    b.decoy("pet bounding boxes")
    b.ok_json({"code": 0})
    return b.build()


def clip_thumb(c: Context) -> Flow:
    b = FB(
        c,
        "jiaju-cam",
        "GET",
        f"https://cnbj2.fds.jiaju-cam.com.cn/clip/{rid(c.rng)}.jpg",
        [("Expires", str(int(c.now) + 3600)), ("Signature", rid(c.rng))],
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 800))
    b.decoy("event clip thumbnail download")
    return b.build()


def event_list(c: Context) -> Flow:
    b = FB(c, "jiaju-cam", "GET", f"{API}/v2/event/list", [("limit", "20")])
    _base(b)
    rows = [
        {
            "ts": ms(c) - i * 600000,
            "type": c.rng.choice(["motion", "sound", "people"]),
            "fileId": rid(c.rng),
        }
        for i in range(10)
    ]
    b.ok_json({"code": 0, "data": rows})
    b.decoy("motion event list")
    return b.build()
