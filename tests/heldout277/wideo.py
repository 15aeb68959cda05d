"""Ýüzbe-ýüz: a video-chat app with face filters (the daughter's Redmi), with
Adjust attribution and IronSource rewarded ads.

Filters run on the phone's face tracker; the app uploads filter analytics with
the 52 ARKit-style blendshape coefficients (Turkmen-named in the new build,
https://developer.apple.com/documentation/arkit/arfaceanchor/blendshapelocation),
a sampled face mesh (468 points, MediaPipe Face Mesh), and a compact build sends
the coefficients as protobuf packed floats. Adjust session and event calls are
form bodies (`gps_adid`, `android_uuid`, `callback_params` a JSON string); the
response brings Adjust's `adid`. IronSource's init takes the GAID as `advId`.
The filter catalogue, sticker downloads, call signalling (SDP), a game's camera
pose in the mini-game and chat messages are ordinary.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.yuzbe-yuz.example"
UA = ua("YuzbeYuz", "7.1.0", "gyz")
FILTERS = ["telpek", "gül_çelek", "pişik", "altyn_taç", "gyş_ýyldyzy"]
BLEND = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft",
    "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight", "eyeSquintLeft", "eyeSquintRight",
    "eyeWideLeft", "eyeWideRight", "jawForward", "jawLeft", "jawOpen", "jawRight", "mouthClose",
    "mouthDimpleLeft", "mouthDimpleRight", "mouthFrownLeft", "mouthFrownRight", "mouthFunnel",
    "mouthLeft", "mouthLowerDownLeft", "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight",
    "mouthPucker", "mouthRight", "mouthRollLower", "mouthRollUpper", "mouthShrugLower",
    "mouthShrugUpper", "mouthSmileLeft", "mouthSmileRight", "mouthStretchLeft",
    "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight", "noseSneerLeft",
    "noseSneerRight", "tongueOut",
]  # fmt: skip
TK = {
    "eyeBlinkLeft": "çepGözGyrpmak",
    "eyeBlinkRight": "sagGözGyrpmak",
    "jawOpen": "eňekAçmak",
    "mouthSmileLeft": "çepÝylgyryş",
    "mouthSmileRight": "sagÝylgyryş",
    "browInnerUp": "gaşÝokary",
    "cheekPuff": "ýaňakÇişirmek",
    "tongueOut": "dilÇykarmak",
}


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yuzbe-yuz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _coeffs(c: Context) -> dict[str, float]:
    return {TK.get(k, k): rf(c.rng, 0, 1, 3) for k in BLEND}


def filter_blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/filtr/analitika")
    b.bio("blendshapes", "json ýüzHereketleri (52 blendshape coefficients, Turkmen names)")
    b.json(
        {
            "filtr": c.rng.choice(FILTERS),
            "ulanyjy": b.acct("wideo_user"),
            "kadrlar": [{"t": ms(c) + i * 33, "ýüzHereketleri": _coeffs(c)} for i in range(3)],
        },
        "gzip",
    )
    b.ok_json({"kabul": True})
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/filtr/ýüz-tory")
    b.bio("face_mesh", "json faceMesh.landmarks (468 x,y,z)")
    pts = [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4), rf(c.rng, -0.1, 0.1, 4)] for _ in range(468)]
    b.json(
        {
            "faceMesh": {"landmarks": pts, "model": "mediapipe_face_mesh_v2"},
            "filtr": c.rng.choice(FILTERS),
            "wagt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def blendshape_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/p/f")
    b.bio("blendshapes", "protobuf field 4 packed floats (52 per frame)", detectable=False)
    body = pb_bytes(1, c.rng.choice(FILTERS)) + pb_varint(2, ms(c))
    for _ in range(4):
        body += pb_packed_floats(4, [rf(c.rng, 0, 1, 3) for _ in range(52)])
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def _adjust(c: Context, path: str, extra: list[tuple[str, str]]) -> Flow:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "q7x2mb4k9w1s"),
        ("gps_adid", b.id("gaid_gyz", where="form gps_adid")),
        ("android_uuid", b.id("wideo_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "+0500")),
        ("environment", "production"),
        ("device_type", "phone"),
        ("os_name", "android"),
        ("package_name", "tm.yuzbeyuz.chat"),
        ("session_count", str(c.rng.randint(2, 90))),
        *extra,
    ]
    b.form(pairs)
    adid = b.id("wideo_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    return _adjust(c, "session", [])


def adjust_event(c: Context) -> Flow:
    cb = js({"filtr": c.rng.choice(FILTERS), "jaň_sek": str(c.rng.randint(30, 900))})
    return _adjust(c, "event", [("event_token", "f3k9ab"), ("callback_params", cb)])


def ironsource_init(c: Context) -> Flow:
    params = {
        "platform": "android",
        "applicationKey": "1d4f7a2c5",
        "sdkVersion": "7.9.0",
        "advIdType": "GAID",
        "deviceOS": "android",
        "deviceOSVersion": "34",
        "connType": "wifi",
    }
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v?" + urlencode(params))
    b.param("advId", b.id("gaid_gyz", where="query advId"))
    b.param("userId", b.id("wideo_is_uid", where="query userId"))
    b.header("user-agent", UA)
    b.ok_json(
        {
            "providerOrder": {"rewardedVideo": ["UnityAds", "IronSource"]},
            "configurations": {"abt": "A"},
        }
    )
    return b.build()


def ironsource_outcome(c: Context) -> Flow:
    b = FB(c, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation?adUnit=3")
    b.header("user-agent", UA)
    b.json(
        {
            "advertisingId": b.id("gaid_gyz", where="json advertisingId"),
            "advertisingIdType": "GAID",
            "applicationKey": "1d4f7a2c5",
            "sessionId": new_hex(c.rng, 32),
            "events": [{"eventId": 1305, "timestamp": ms(c), "adUnit": 3, "placement": "Sowgat"}],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def opaque_handshake(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/h")
    b.form(
        [
            ("u", b.id("aid_wideo", "b64", "form u (base64 ANDROID_ID)", detectable=False)),
            ("n", str(c.rng.randint(1, 9))),
        ]
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/hasap/enjam")
    b.json(
        {
            "enjam": {
                "androidId": b.id("aid_wideo", where="json enjam.androidId"),
                "model": "23124RA7EO",
            },
            "ulanyjy": b.acct("wideo_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def filter_catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/filtr/katalog")
    b.ok_json(
        {
            "filtrler": [
                {"id": f, "url": f"https://cdn.yuzbe-yuz.example/f/{f}.zip"} for f in FILTERS
            ]
        }
    )
    return b.build()


def sticker(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.yuzbe-yuz.example/stiker/{new_hex(c.rng, 12)}.webp")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + c.rng.randbytes(200))
    return b.build()


def call_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/jaň/teklip")
    b.decoy("SDP with DTLS fingerprint")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    sdp = (
        f"v=0\r\no=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1\r\n"
        f"a=fingerprint:sha-256 {fp}\r\n"
    )
    b.json({"kime": "w_" + new_hex(c.rng, 10), "sdp": sdp, "wideo": True})
    b.ok_json({"jaňId": rid(c.rng)})
    return b.build()


def game_pose(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/oýun/ýagdaý")
    b.decoy("mini-game camera pose (yaw / pitch / roll of a virtual camera)")
    b.json(
        {
            "kamera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
                "fov": 60,
            },
            "bal": c.rng.randint(0, 5000),
        }
    )
    b.ok_json({"rekord": False})
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/hat")
    b.json(
        {
            "söhbet": rid(c.rng),
            "tekst": c.rng.choice(["Salam!", "Ertir görüşeris", "😂😂", "Telpek filtri gowy"]),
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/profil/surat")
    b.decoy("profile picture upload (not sent to face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.yuzbe-yuz.example/a/{new_hex(c.rng, 16)}.jpg"})
    return b.build()
