"""SiangLao (ສຽງລາວ): a mor lam / Lao pop music app with live radio (the
mother's OPPO A78 in Luang Prabang).

Keys are romanised Lao (`phleng` = song, `sinlapin` = artist, `fang` =
listen, `vinathi` = seconds, `withayu` = radio, `sathani` = station). Plays
are reported to the backend; recently played comes back from it; an older
player module batches plays as protobuf rows without names. The Meta SDK sends
app events to the Graph API `/{app-id}/activities` endpoint as a form
(`event=CUSTOM_APP_EVENTS`, `custom_events` JSON, `advertiser_id`, `anon_id`
"XZ..." and `extinfo`; https://developers.facebook.com/docs/app-events/). The
radio's "now playing" metadata, the hit chart (counts of all listeners) and
lyrics are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.sianglao.example"
UA = ua("SiangLao", "2.6.0", "mae")
FB_APP = "418820375510224"
PHLENG = [
    ("p1042", "ລຳສາລະວັນ ຄິດຮອດບ້ານ", "ແສງດາວ ສີທອງ", 312),
    ("p1077", "ລຳຕັ່ງຫວາຍ ສາວຈຳປາສັກ", "ບຸນມີ ພົມມະຈັນ", 355),
    ("p1103", "ລຳສີພັນດອນ", "ນາງ ດວງໃຈ", 298),
    ("p1150", "ຮັກຄົນໄກ", "Lao Boys Band", 241),
    ("p1188", "ບໍ່ລືມວຽງຈັນ", "ນ້ອງ ພອນ", 226),
    ("p1203", "หมอลำคอนเสิร์ต ม่วนซื่น", "วงหมอลำอีสาน", 402),
]
SATHANI = ["ວິທະຍຸແຫ່ງຊາດລາວ 97.3", "ຫຼວງພະບາງ FM 98.5", "Lao Youth 102.6", "Vientiane FM 105.5"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sianglao", method, url)
    b.header("user-agent", UA)
    b.header("x-token", new_hex(c.rng, 32))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/upakon/longthabian")
    b.json(
        {
            "androidId": b.id("aid_morlam", where="json androidId"),
            "phu_sai": b.acct("morlam_user"),
            "ruen": "CPH2565",
            "phasa": "lo",
        }
    )
    b.ok_json({"samlet": True})
    return b.build()


def _meta(c: Context, events: list[dict]) -> FB:
    b = FB(c, "meta-sdk", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('mae')}")
    pairs = [
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js(events)),
        ("advertiser_id", b.id("gaid_mae", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("morlam_anon_id", where="form anon_id")),
        ("extinfo", js(["a2", "la.sianglao.app", 260, "2.6.0", "13", "CPH2565", "lo_LA", "ICT"])),
        ("application_package_name", "la.sianglao.app"),
        ("format", "json"),
        ("sdk", "android"),
    ]
    b.form(pairs)
    b.ok_json({"success": True})
    return b


def meta_activate(c: Context) -> Flow:
    b = _meta(c, [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}])
    return b.build()


def meta_fang(c: Context) -> Flow:
    pid, title, artist, dur = c.rng.choice(PHLENG)
    secs = c.rng.randint(30, dur)
    events = [
        {
            "_eventName": "fang_phleng",
            "_logTime": int(c.now),
            "fb_content_id": pid,
            "fb_content_type": "song",
            "phleng": title,
            "sinlapin": artist,
            "vinathi_fang": secs,
        }
    ]
    b = _meta(c, events)
    b.view("form custom_events fang_phleng (song + seconds listened)")
    return b.build()


def fang_laew(c: Context) -> Flow:
    pid, title, artist, dur = c.rng.choice(PHLENG)
    b = _b(c, "POST", f"{API}/v2/fang/bantuek")
    b.view("json phleng_id + vinathi_fang (a play)")
    b.json(
        {
            "phleng_id": pid,
            "sue_phleng": title,
            "sinlapin": artist,
            "vinathi_fang": c.rng.randint(20, dur),
            "fang_jop": c.rng.random() < 0.5,
            "vela": iso(c),
        }
    )
    b.no_content()
    return b.build()


def withayu_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/withayu/session")
    b.view("json sathani + roem + vinathi (radio listening)")
    b.json(
        {
            "sathani": c.rng.choice(SATHANI),
            "roem": iso(c),
            "vinathi": c.rng.randint(60, 3600),
            "khuean_thi": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def fang_lasut(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/phu_sai/fang_lasut?jamnuan=20")
    b.view("response json phleng[] (recently played)", direction="response")
    b.ok_json(
        {
            "phleng": [
                {"phleng_id": p, "sue_phleng": t, "sinlapin": a, "fang_mue": iso(c)}
                for p, t, a, _ in c.rng.sample(PHLENG, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Older player module: repeated field 3 = (song number, seconds, time) varints."""
    b = _b(c, "POST", f"{API}/q")
    b.view("protobuf field 3 rows (song, seconds, time)", detectable=False)
    rows = b"".join(
        pb_msg(
            3,
            [
                pb_varint(1, int(c.rng.choice(PHLENG)[0][1:])),
                pb_varint(2, c.rng.randint(20, 400)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(pb_bytes(1, "m2") + rows, "application/octet-stream")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; header 'x-u' is sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/config?v=260")
    b.header("x-u", b.id("aid_morlam", "sha256", "header x-u", detectable=False))
    b.ok_json({"khosana": True, "bitrate": 128, "cache_mb": 200})
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(SATHANI)
    b = _b(c, "GET", f"{API}/v2/withayu/kamlang_lin?sathani={SATHANI.index(st)}")
    b.decoy("station now-playing metadata (content, not the listener)")
    _, title, artist, dur = c.rng.choice(PHLENG)
    b.ok_json(
        {"sathani": st, "phleng": title, "sinlapin": artist, "roem": iso(c), "khuam_nyao": dur}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    pid = c.rng.choice(PHLENG)[0]
    b = FB(
        c, "sianglao", "GET", f"https://cdn.sianglao.example/a/{pid}/128/{c.rng.randint(0, 40)}.aac"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def phleng_hit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hit?aathit={c.rng.randint(40, 52)}")
    b.decoy("chart with play counts of all listeners")
    b.ok_json(
        {
            "hit": [
                {
                    "andap": i + 1,
                    "phleng_id": p,
                    "sue_phleng": t,
                    "yot_fang": c.rng.randint(10**3, 10**6),
                }
                for i, (p, t, _a, _d) in enumerate(PHLENG)
            ]
        }
    )
    return b.build()


def nuea_phleng(c: Context) -> Flow:
    pid, title, _a, _d = c.rng.choice(PHLENG)
    b = _b(c, "GET", f"{API}/v2/phleng/{pid}/nuea")
    b.ok_json({"sue_phleng": title, "nuea": "ໂອ້ ນໍ... ຄິດຮອດບ້ານເກີດ ເມືອງລາວ", "req": rid(c.rng)})
    return b.build()
