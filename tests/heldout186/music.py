"""Geethika: a baila and Sinhala pop streaming app on the grandparents' Huawei.

Without Google services the app reads the Huawei OAID (HMS Ads identifier
service) in place of a Google advertising id, and Adjust, which supports the
OAID as `oaid`, counts sessions (https://help.adjust.com/en/article/oaid).
Listening reports use `ahanna` (listen) and `ahapu_gee` (songs listened to);
the low-bandwidth path packs rows as `song|seconds|ts` in base64 under `e`.
Charts (all-listener counts), lyrics and search results are not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import DALVIK_HUAWEI, FB, iso, ms, rid, ua_huawei

API = "https://api.geethika.example"
UA = ua_huawei("Geethika", "2.16.0")
GEE = [
    ("g_30112", "Surangani", "Wally Bastiansz"),
    ("g_30877", "Kiri Kodu Hithe", "Sanuka"),
    ("g_31020", "Mal Pipila", "Annesley Malewana"),
    ("g_31544", "Hithuwakkara", "Chitral Somapala"),
    ("g_32001", "Sudu Saluwa", "Sunil Perera & Gypsies"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "geethika", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-oaid", b.id("oaid", where="header x-device-oaid"))
    return b


def scrobble(c: Context) -> Flow:
    gid, name, singer = c.rng.choice(GEE)
    b = _b(c, "POST", f"{API}/v1/ahanna/ahapu_gee")
    b.view("json ahapu_gee[] (songs listened, seconds)")
    b.json(
        {
            "ahapu_gee": [
                {
                    "gee_id": gid,
                    "gee_nama": name,
                    "gayakaya": singer,
                    "ahapu_thathpara": c.rng.randint(20, 260),
                    "ahapu_welawa": iso(c),
                }
            ],
            "android_id": b.id("aid_gee", where="json android_id"),
        }
    )
    b.ok_json({"saved": 1})
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/mathaka_gee?limit=20", device=False)
    b.view("response json recently played (mathaka_gee[])", direction="response")
    b.ok_json(
        {
            "mathaka_gee": [
                {"gee_id": g, "gee_nama": n, "ahapu_welawa": iso(c)} for g, n, _ in GEE[:3]
            ]
        }
    )
    return b.build()


def packed_listens(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q", device=False)
    b.view("form e (base64 'song|seconds|ts' rows)", detectable=False)
    rows = "\n".join(f"{c.rng.choice(GEE)[0]}|{c.rng.randint(20, 260)}|{ms(c)}" for _ in range(3))
    b.param("u", b.id("oaid", "b64", "query u (base64 OAID)", detectable=False))
    b.form([("e", b64(rows)), ("v", "3")])
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", DALVIK_HUAWEI)
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", "q7x2kd9vmb40"),
            ("oaid", b.id("oaid", where="form oaid")),
            ("android_uuid", b.id("gee_adid", where="form android_uuid")),
            ("android_id", b.id("aid_gee", where="form android_id")),
            ("created_at", iso(c).replace("Z", "+0530")),
            ("device_manufacturer", "HUAWEI"),
            ("device_name", "NAM-LX9"),
            ("os_name", "android"),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": b.id("gee_adid", where="response json adid", direction="response")})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/sathiye_top40", device=False)
    b.decoy("weekly top-40 with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "top40": [
                {"rank": i + 1, "gee_id": g, "ahapu_ganana": c.rng.randint(10**3, 10**6)}
                for i, (g, _, _) in enumerate(GEE)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    gid, name, _ = c.rng.choice(GEE)
    b = _b(c, "GET", f"{API}/v1/gee/{gid}/padya", device=False)
    b.decoy("synced lyrics with line timestamps (content, not a listening report)")
    b.ok_json({"gee_nama": name, "lines": [{"t": 12.4 * i, "text": "ලා ලා ලා"} for i in range(6)]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/search?q=baila+nonstop", device=False)
    b.decoy("search results with durations")
    b.ok_json({"results": [{"gee_id": g, "nama": n, "durationSec": 200} for g, n, _ in GEE]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    gid = c.rng.choice(GEE)[0]
    b = FB(
        c,
        "geethika",
        "GET",
        f"https://a.geethika.example/aac/{gid}/128k/{c.rng.randint(1, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/hms", device=False)
    b.decoy("HMS push token (a messaging token, labelled not a device id)")
    b.json({"token": b.acct("hms_push"), "provider": "huawei", "req": rid(c.rng)})
    b.no_content()
    return b.build()
