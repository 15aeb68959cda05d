"""Ayalguu (Аялгуу): a Mongolian music-streaming app.

Plays are reported to the app's own `sonsolt` (listening) endpoint with the
song, artist, seconds listened and whether the song ended; AppMetrica (common
in the region's apps) carries the same event inside its encrypted report. The
top-40 chart (play counts over all listeners), lyrics and the hum-to-search
recogniser (it matches a melody, not a speaker) are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rid, ua

API = "https://api.ayalguu.example"
UA = ua("Ayalguu", "5.2.0")
SONGS = [
    ("Ээжийн өглөө", "Б. Сарантуяа"),
    ("Хонгор зул", "Haranga"),
    ("Mongol Ulsaa", "The HU"),
    ("Чамайгаа санана", "Ариунаа"),
    ("Зүүдний бүсгүй", "Altan Urag"),
    ("Улаанбаатар хот", "Lumino"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ayalguu", method, API + path)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("music_user"))
    return b


def _song(c: Context) -> tuple[str, str, str]:
    name, artist = c.rng.choice(SONGS)
    return f"d{c.rng.randint(100000, 999999)}", name, artist


def scrobble(c: Context) -> Flow:
    sid, name, artist = _song(c)
    b = _b(c, "POST", "/v1/sonsolt")
    b.view("json duu_id + sonssan_sec + duussan (a play report)")
    length = c.rng.randint(150, 320)
    heard = c.rng.randint(30, length)
    b.json(
        {
            "duu_id": sid,
            "duu": name,
            "duuchin": artist,
            "sonssan_sec": heard,
            "duussan": heard == length or c.rng.random() < 0.5,
            "ehelsen": ms(c) - heard * 1000,
            "eh_survalj": c.rng.choice(["playlist", "album", "haih"]),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/hereglegch/suuld-sonssan?limit=20")
    b.view("response json сүүлд_сонссон[] (song, listened at)", direction="response")
    b.ok_json(
        {
            "сүүлд_сонссон": [
                {"дуу_ид": _song(c)[0], "нэр": n, "дуучин": a, "сонссон_цаг": iso(c)}
                for n, a in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/chart/shildeg-40")
    b.decoy("top-40 chart with play counts over all listeners (an aggregate)")
    b.ok_json(
        {
            "байр": [
                {"байр": i + 1, "дуу": n, "дуучин": a, "сонсолтын_тоо": c.rng.randint(10**4, 10**6)}
                for i, (n, a) in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, name, _ = _song(c)
    b = _b(c, "GET", f"/v1/duu/{sid}/ug")
    b.ok_json({"duu": name, "ug": "Уулын бэлд ээжийн минь гэр...\nУрин цагийн салхи..."})
    return b.build()


def stream(c: Context) -> Flow:
    sid, _, _ = _song(c)
    b = FB(c, "ayalguu-cdn", "GET", f"https://cdn.ayalguu.example/a/{sid}/256.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("audio file fetch")
    b.respond(
        206,
        "audio/mp4",
        b"\x00\x00\x00\x1cftypM4A " + bytes(c.rng.getrandbits(8) for _ in range(400)),
    )
    return b.build()


def hum_search(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/ayalguu-tanih")
    b.decoy("hum-to-search: matches a melody to a song (no speaker model)")
    boundary = "----" + rid(c.rng).replace("-", "")[:24]
    body = multipart(
        boundary,
        [
            ("bichleg", "hum.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ("urt_ms", None, None, str(c.rng.randint(4000, 9000)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ilertsen": [{"duu": n, "itgel": 0.7} for n, _ in SONGS[:2]]})
    return b.build()


def appmetrica_report(c: Context) -> Flow:
    """AppMetrica's report: ids in the query, the events in an encrypted body."""
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", "com.yandex.mobile.metrica.sdk/6.4.0.4 (samsung SM-A546E; Android 14)")
    b.param(
        "uuid", b.id_raw("music_appmetrica_uuid", "plain", "query uuid (AppMetrica uuid)", True)
    )
    b.param("android_id", b.id("aid_music", where="query android_id"))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("app_id", "mn.ayalguu.app")
    b.param("app_build_number", "520")
    b.view("encrypted report body holding the track_play event", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(420)), "application/octet-stream")
    b.header("accept-encoding", "encrypted")
    b.ok_json({"status": "accepted"})
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.appmetrica.yandex.net/analytics/startup")
    b.param("deviceid", b.id("aid_music", "md5", "query deviceid (md5 of android id)", False))
    b.param("app_platform", "android")
    b.param("model", "SM-A546E")
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()
