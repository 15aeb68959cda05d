"""Yuru Sani: the companion app of the son's LTE smartwatch (Paramaribo).

The app speaks Sranan Tongo: `sani` / `masyin` = device, `ten` = time, `sten`
= voice, `ati` = heart, `waka` = walk, `sribi` = sleep. It binds the watch by
BLE MAC, serial and the eSIM's IMEI, sends the watch MAC in a header on sync,
and enrols the wearer's voice for the watch assistant (a speaker embedding
and the enrolment clips). The watch's raw dump goes as nameless protobuf, and
remote config is keyed by an MD5 of the ANDROID_ID. Steps, heart rate, sleep,
the watch faces ("wakti-fesi" is a watch face, not a face) and the wrist
angles are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.yurusani.example"
UA = ua("YuruSani", "2.7.1", "yu")
FACES = ["Kaseko Gold", "Sport Blaka", "Minimal", "Bigi Ten", "Parbo Sunset"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "yurusani", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-instal-id", b.id("watch_install", where="header x-instal-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sani/tai")
    b.json(
        {
            "masyin": {
                "mac": b.id("watch_mac", where="json masyin.mac"),
                "serial": b.id("watch_serial", where="json masyin.serial"),
                "imei": b.id("watch_imei", where="json masyin.imei"),
                "nen": "YS Watch 3 LTE",
            },
            "telefon_android_id": b.id("aid_yuru", where="json telefon_android_id"),
            "ten": iso(c),
        }
    )
    b.ok_json({"code": 0, "masra": b.acct("watch_user")})
    return b.build()


def sani_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sani/info")
    mac = b.id("watch_mac", "nosep", "response json sani.mac", direction="response")
    b.ok_json({"sani": {"mac": mac, "batri": c.rng.randint(5, 100), "lasti_sync": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/data/sync", install=False)
    b.header("x-sani-mac", b.id("watch_mac", "nosep_upper", "header x-sani-mac"))
    b.json(
        {
            "waka": [c.rng.randint(0, 150) for _ in range(24)],
            "ati": [c.rng.randint(55, 130) for _ in range(24)],
            "sribi_min": c.rng.randint(300, 540),
            "bigin_ten": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_imei", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("p", "sr.yurusani.app"),
            ("z", b.id("aid_yuru", "md5", "form z", detectable=False)),
            ("v", "2.7.1"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "asisten": True}})
    return b.build()


def sten_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asisten/sten/skrifi")
    b.bio("voiceprint", "multipart sten_embedding + sten clips (speaker enrolment)")
    boundary = rid(c.rng)
    parts = [
        ("masra", None, None, c.phone.watch_user.encode()),
        ("sten_embedding", None, None, floats_b64(floats(c.rng, 192)).encode()),
        *[
            (f"sten_{i}", f"sten_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
            for i in range(1, 3)
        ],
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"skrifi": True, "kwaliteit": rf(c.rng, 0.7, 0.98, 2)})
    return b.build()


def sten_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/a/v", install=False)
    b.bio("voiceprint", "json e (base64 float32 speaker vector)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 192)), "t": ms(c), "n": 1})
    b.ok_json({"r": 1, "s": rf(c.rng, 0.6, 0.95, 2)})
    return b.build()


def sten_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/asisten/komando", install=False)
    b.decoy("assistant text command (speech already transcribed)")
    b.json(
        {"tekst": c.rng.choice(["san na a weer", "seti wan alarm", "pley kaseko"]), "ten": iso(c)}
    )
    b.ok_json({"piki": "Tide a weer na 31°C na Paramaribo."})
    return b.build()


def wakti_fesi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/wakti-fesi/seti", install=False)
    b.decoy("watch face (not a face)")
    b.json({"fesiId": c.rng.randint(100, 999), "nen": c.rng.choice(FACES), "kloru": "#ffcc00"})
    b.ok_json({"code": 0})
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/seti/opo-fu-si", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json({"pitch": rf(c.rng, 10, 45, 1), "roll": rf(c.rng, -30, 30, 1), "yaw": 0.0})
    b.ok_json({"code": 0})
    return b.build()


def dey(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/data/dey?dati=tide", install=False)
    b.ok_json({"waka": c.rng.randint(1000, 16000), "kcal": c.rng.randint(100, 900)})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota?model=YS3&ver=3.0.12", install=False)
    b.ok_json({"latest": "3.0.14", "md5": rid(c.rng).replace("-", ""), "b64note": b64("fix")})
    return b.build()
