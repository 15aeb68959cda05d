"""The aunt's Oppo A57 in Luang Prabang: a Lao video app and a mobile-money app,
keys in Lao script.

ສາວລາວ TV (a fictional Lao video app) reports viewing under Lao keys
(`ລະຫັດວິດີໂອ` video id, `ຊື່ເລື່ອງ` title, `ຕຳແໜ່ງ` position, `ເວລາເບິ່ງ`
seconds watched), returns `ປະຫວັດການເບິ່ງ` (watch history), and registers the
phone with `ລະຫັດອຸປະກອນ` (device id = ANDROID_ID) and `ໄອດີໂຄສະນາ` (ad id).
Kochava gets installs and events (`kochava_device_id`, `data.adid`,
`data.android_id`), Firebase Installations the install. A batched upload wraps
its events as a JSON string inside JSON. The mobile-money app checks the
sender's face before a transfer (`ຮູບໃບໜ້າ` face photo, `ຈຸດໃບໜ້າ` face
landmarks); its older build posts a raw float vector. Search, thumbnails, the
kip exchange rate and transfer references are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz, js

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.saolaotv.example"
PAY = "https://api.ngernlao.example"
UA = ua("SaoLaoTV", "2.3.7", "phauj")
PAY_UA = ua("NgernLao", "6.1.0", "phauj")
SHOWS = [
    ("lt401", "ລະຄອນ: ຮັກຢູ່ຫຼວງພະບາງ", 2700),
    ("lt415", "ເພງລາວມ່ວນໆ", 1800),
    ("lt422", "ຂ່າວ LNTV", 1500),
    ("lt430", "ນິທານມົ້ງ: Nkauj Ntsuab", 3000),
    ("lt437", "ບຸນປີໃໝ່ມົ້ງ ຊຽງຂວາງ", 4200),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saolaotv", method, url)
    b.header("user-agent", UA)
    return b


def _p(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ngernlao", method, url)
    b.header("user-agent", PAY_UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def kan_beung(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v1/watch/progress")
    b.view("json ລະຫັດວິດີໂອ/ຕຳແໜ່ງ/ເວລາເບິ່ງ (Lao keys)")
    b.json(
        {
            "ລະຫັດວິດີໂອ": vid,
            "ຊື່ເລື່ອງ": title,
            "ຕຳແໜ່ງ": c.rng.randint(30, dur),
            "ເວລາເບິ່ງ": c.rng.randint(30, 900),
            "ເວລາ": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pavat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/history")
    b.view("response json ປະຫວັດການເບິ່ງ[] (watch history)", direction="response")
    b.ok_json(
        {
            "ປະຫວັດການເບິ່ງ": [
                {"ລະຫັດວິດີໂອ": v, "ຊື່ເລື່ອງ": t, "ເບິ່ງຮອດ": c.rng.randint(60, d), "ວັນທີ": iso(c)}
                for v, t, d in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def batch_nested(c: Context) -> Flow:
    """Batched events: a JSON string in 'payload', with the device id and plays inside."""
    vid, _title, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v1/events/batch")
    b.view("json payload (JSON string) events[].ev=play_end ລະຫັດວິດີໂອ/ເວລາເບິ່ງ")
    inner = {
        "ລະຫັດອຸປະກອນ": b.id("aid_lao", where="json payload (JSON string) ລະຫັດອຸປະກອນ"),
        "events": [{"ev": "play_end", "ລະຫັດວິດີໂອ": vid, "ເວລາເບິ່ງ": dur, "ts": ms(c)}],
    }
    b.json({"payload": js(inner), "v": 1}, "gzip")
    b.ok_json({"ok": 1})
    return b.build()


def opaque_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.view("body base64(gzip rows) (no key names)", detectable=False)
    rows = [[int(c.rng.choice(SHOWS)[0][2:]), c.rng.randint(10, 4200), ms(c)] for _ in range(2)]
    b.set_body(b64(gz(js(rows).encode())).encode(), "text/plain")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "ລະຫັດອຸປະກອນ": b.id("aid_lao", where="json ລະຫັດອຸປະກອນ (ANDROID_ID)"),
            "ໄອດີໂຄສະນາ": b.id("gaid_phauj", where="json ໄອດີໂຄສະນາ (GAID)"),
            "firebase": b.id("lao_fid", where="json firebase"),
            "ລຸ້ນ": "CPH2387",
            "ພາສາ": "lo",
        }
    )
    b.ok_json({"ຜູ້ໃຊ້": b.acct("lao_user"), "ສຳເລັດ": True})
    return b.build()


def kochava_event(c: Context, action: str = "event") -> Flow:
    b = FB(c, "kochava", "POST", "https://control.kochava.com/track/json")
    b.header("user-agent", "okhttp/4.12.0")
    data: dict = {
        "adid": b.id("gaid_phauj", where="json data.adid"),
        "android_id": b.id("aid_lao", where="json data.android_id"),
        "device": "CPH2387-OPPO",
        "usertime": int(c.now),
        "locale": "lo-LA",
    }
    if action == "event":
        data["event_name"] = "share_video"
        data["event_data"] = {"channel": c.rng.choice(["facebook", "whatsapp", "line"])}
    b.json(
        {
            "action": action,
            "kochava_app_id": "kosaolaotv-android-2k9",
            "kochava_device_id": b.id("kochava_lao", where="json kochava_device_id"),
            "sdk_version": "Android5.4.0",
            "data": data,
        }
    )
    b.ok_json({"success": "1"})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/saolaotv/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "la.saolaotv.app")
    b.json(
        {
            "fid": b.id("lao_fid", where="json fid"),
            "appId": "1:447201938512:android:0b7c6d5e4f3a2b19",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"refreshToken": new_hex(c.rng, 40)})
    return b.build()


def opaque_device(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ads/slots")
    b.header("x-d", b.id("gaid_phauj", "md5", "header x-d", detectable=False))
    b.ok_json({"slots": [{"pos": "pre", "gap": 600}]})
    return b.build()


def face_verify(c: Context) -> Flow:
    b = _p(c, "POST", f"{PAY}/v2/transfer/face-check")
    b.bio("face_image", "json ຮູບໃບໜ້າ (selfie) + ຈຸດໃບໜ້າ landmarks")
    b.json(
        {
            "ເບີໂທ": b.acct("lao_phone"),
            "ຮູບໃບໜ້າ": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**9), 650)),
            "ຈຸດໃບໜ້າ": [[rf(c.rng, 0.2, 0.8), rf(c.rng, 0.2, 0.8)] for _ in range(5)],
            "ຄະແນນມີຊີວິດ": rf(c.rng, 0.8, 0.99, 3),
        }
    )
    b.ok_json({"ຜ່ານ": True, "ຄວາມຄ້າຍ": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def face_vector_opaque(c: Context) -> Flow:
    b = _p(c, "POST", f"{PAY}/v2/fv")
    b.bio("face_embedding", "json d = base64 float32[256] under key 'd'", detectable=False)
    b.json({"d": floats_b64(floats(c.rng, 256)), "n": rid(c.rng)})
    b.ok_json({"r": 1})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/search?q=%E0%BA%A5%E0%BA%B0%E0%BA%84%E0%BA%AD%E0%BA%99")
    b.decoy("search results (content fetch)")
    b.ok_json({"ຜົນ": [{"ລະຫັດວິດີໂອ": v, "ຊື່ເລື່ອງ": t, "ຄວາມຍາວ": d} for v, t, d in SHOWS[:3]]})
    return b.build()


def thumb(c: Context) -> Flow:
    vid = c.rng.choice(SHOWS)[0]
    b = FB(c, "saolaotv", "GET", f"https://img.saolaotv.example/t/{vid}_480.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 380))
    return b.build()


def rates(c: Context) -> Flow:
    b = _p(c, "GET", f"{PAY}/v2/rates?base=USD")
    b.ok_json({"LAK": rf(c.rng, 21000, 22500, 0), "THB": rf(c.rng, 34, 37, 2), "ວັນທີ": iso(c)[:10]})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _p(c, "POST", f"{PAY}/v2/transfer")
    b.decoy("transfer reference and amount")
    b.json(
        {
            "ຈຳນວນ": c.rng.choice([200000, 500000, 1000000]),
            "ສະກຸນ": "LAK",
            "ໝາຍເຫດ": "ຄ່າຮຽນ",
            "key": rid(c.rng),
        }
    )
    b.ok_json({"ເລກອ້າງອີງ": f"NL{c.rng.randint(10**10, 10**11)}", "ສະຖານະ": "ສຳເລັດ"})
    return b.build()
