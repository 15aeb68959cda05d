"""Arloġġ Fit: the companion app of the son's smartwatch (Redmi Note 13, Sliema).

The app binds the watch by its BLE MAC and serial and sends the MAC, lower
case, in `x-arlogg-mac` on each sync; the watch's raw dump is relayed as
protobuf with the serial in field 1. The watch's voice assistant enrols the
wearer's voice: a speaker embedding (`vettur_tal-leħen`, 192 floats, cf.
ECAPA-TDNN, https://arxiv.org/abs/2005.07143) with the recorded phrases; a
later build verifies with the embedding in base64 under `v`. Steps, heart
rate, sleep, watch faces (`wiċċ tal-arloġġ` is a watch face, not a face) and
wrist-raise angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, jsb, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.arloggfit.example"
UA = ua("ArloggFit", "2.6.0", "iben")
WICCIET = ["Klassiku", "Sport Aħmar", "Minimali", "Il-Port", "Numri Kbar"]


def _b(c: Context, method: str, url: str, mac: bool = False) -> FB:
    b = FB(c, "arloggfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if mac:
        b.header("x-arlogg-mac", b.id("watch_mac", "lower", "header x-arlogg-mac"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparat/orbot")
    b.json(
        {
            "utent": b.acct("watch_user"),
            "macArlogg": b.id("watch_mac", where="json macArlogg"),
            "serjaliArlogg": b.id("watch_serial", where="json serjaliArlogg"),
            "idAndroid": b.id("aid_arlogg", where="json idAndroid"),
            "installazzjoni": b.id("watch_install", where="json installazzjoni"),
            "mudell": "AF2 Pro",
        }
    )
    b.ok_json({"kodiċi": 0, "messaġġ": "marbut"})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sinkronizza", mac=True)
    b.json(
        {
            "passi": c.rng.randint(1500, 16000),
            "taħbit": [c.rng.randint(58, 130) for _ in range(12)],
            "rqad": {"fond": c.rng.randint(40, 120), "ħafif": c.rng.randint(120, 300)},
            "jum": iso(c)[:10],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/d")
    serial = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(60)))
    )
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 0))
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apparat/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    ser = b.id("watch_serial", where="response json data.serjali", direction="response")
    b.ok_json(
        {"data": {"mac": mac, "serjali": ser, "batterija": c.rng.randint(10, 100), "fw": "2.6.14"}}
    )
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lehen/irregistra")
    b.bio("voiceprint", "multipart meta vettur_tal-leħen + phrase audio (speaker enrolment)")
    boundary = rid(c.rng)
    meta = {
        "frażi": "Ejja, Arloġġ",
        "vettur_tal-leħen": floats(c.rng, 192),
        "mudell": "ecapa-192",
        "lingwa": "mt",
    }
    body = multipart(
        boundary,
        [("meta", None, "application/json", jsb(meta))]
        + [
            (f"kampjun{i}", f"frazi{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
            for i in range(1, 4)
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"profil_leħen": rid(c.rng), "status": "IRREĠISTRAT"})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lv")
    b.bio("voiceprint", "json v (base64 float32)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 192)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lehen/ivverifika")
    b.bio("voiceprint", "json vettur_tal-lehen (speaker embedding)")
    b.json(
        {"vettur_tal-lehen": floats(c.rng, 192), "tul_ms": c.rng.randint(1200, 4000), "hin": iso(c)}
    )
    b.ok_json({"jaqbel": True, "punteġġ": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def wicc_arlogg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/wicc-tal-arlogg")
    b.decoy("watch face choice ('wiċċ tal-arloġġ' = watch face, not a face)")
    b.json(
        {
            "wiċċ": c.rng.choice(WICCIET),
            "kulur": c.rng.choice(["aħmar", "blu", "iswed"]),
            "ħin": ms(c),
        }
    )
    b.no_content()
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/settings/gest")
    b.decoy("wrist-raise pitch / roll angles (not head pose)")
    b.json({"pitch": rf(c.rng, -40, 40, 1), "roll": rf(c.rng, -30, 30, 1), "attiv": True})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware?mudell=AF2&fw=2.6.14")
    b.decoy("firmware checksum")
    b.ok_json({"ġdid": False, "md5": rid(c.rng).replace("-", "")})
    return b.build()
