"""Qazaq Kino+: a Kazakh streaming / TV app (phone and the Samsung Tizen TV).

The in-house team writes its player events with Kazakh keys transliterated in
the new Latin alphabet (`kóru_uaqyty` "watch time", `toqtağan_jeri` "where it
stopped", `arna` "channel"); the TV build sends a live-channel tuning log with
the TV's DUID and MAC. Catalogue rails, the EPG and "most watched" counts are
content or aggregates, not one person's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import b, iso, ms, rid, ua

API = "https://api.qazaqkino.example"
TV_UA = "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 QazaqKinoTV/3.4"
UA = ua("QazaqKino", "4.8.2")
TITLES = ["Томирис", "Қыз Жібек", "Бауыржан Момышұлы", "Ұлы дала", "Алдар Көсе", "Жол"]
CHANNELS = ["Qazaqstan", "Khabar", "KTK", "31 арна", "Almaty TV", "Balapan"]


def progress(c: Context) -> Flow:
    fb = b(c, "qazaqkino", "POST", f"{API}/v2/kóru/progress", UA)
    fb.header("x-device-id", fb.id("aid_qaz", where="header x-device-id"))
    fb.view("json film_id + kóru_uaqyty + toqtağan_jeri")
    fb.json(
        {
            "paydalanushy": c.phone.qaz_user,
            "film_id": f"kz-{c.rng.randint(10000, 99999)}",
            "ataýy": c.rng.choice(TITLES),
            "toqtağan_jeri": c.rng.randint(30, 6000),
            "kóru_uaqyty": c.rng.randint(10, 300),
            "ýaqyt": iso(c),
        }
    )
    fb.no_content()
    return fb.build()


def continue_watching(c: Context) -> Flow:
    fb = b(c, "qazaqkino", "GET", f"{API}/v2/jalğastyru?limit=10", UA)
    fb.header("authorization", "Bearer " + new_hex(c.rng, 40))
    fb.view("response json jalğastyru[] (continue watching)", direction="response")
    fb.ok_json(
        {
            "jalğastyru": [
                {
                    "film_id": f"kz-{c.rng.randint(10000, 99999)}",
                    "ataýy": c.rng.choice(TITLES),
                    "prosent": c.rng.randint(5, 95),
                    "songy_kóru": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return fb.build()


def tv_tuning_log(c: Context) -> Flow:
    fb = b(c, "qazaqkino-tv", "POST", f"{API}/tv/v1/arna-jurnaly", TV_UA)
    fb.view("json arna_auystyru[] (live channel tuning log)")
    fb.json(
        {
            "duid": fb.id("tv_duid", where="json duid"),
            "mac": fb.id("tv_mac", where="json mac"),
            "arna_auystyru": [
                {
                    "arna": c.rng.choice(CHANNELS),
                    "bastaldy": iso(c),
                    "uzaqtyğy_sek": c.rng.randint(20, 4000),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        },
        "gzip",
    )
    fb.no_content()
    return fb.build()


def tv_beacon_opaque(c: Context) -> Flow:
    """The TV's compact beacon: channel/seconds rows gzipped and base64'd under `p`."""
    fb = b(c, "qazaqkino-tv", "POST", f"{API}/tv/b", TV_UA)
    fb.view("form p (gzip+base64 rows)", detectable=False)
    rows = [[c.rng.randint(1, 60), ms(c), c.rng.randint(10, 900)] for _ in range(4)]
    duid = fb.id_raw("tv_duid", "gzip_b64", "form p (gzip+base64 blob)")
    fb.form([("p", b64(gz(jsb({"d": duid, "r": rows})))), ("t", "2")])
    fb.no_content()
    return fb.build()


def tv_register(c: Context) -> Flow:
    fb = b(c, "qazaqkino-tv", "POST", f"{API}/tv/v1/tirkeu", TV_UA)
    fb.json(
        {
            "duid": fb.id("tv_duid", where="json duid"),
            "seriyalyq_nomir": fb.id("tv_serial", where="json seriyalyq_nomir (serial)"),
            "mac": fb.id("tv_mac", "nosep_upper", "json mac (no separators)"),
            "model": "UE55CU7100UXCE",
            "kod": str(c.rng.randint(100000, 999999)),
        }
    )
    fb.decoy("kod: a six-digit pairing code shown on the TV")
    fb.ok_json({"ok": True, "token": new_hex(c.rng, 32)})
    return fb.build()


def catalogue(c: Context) -> Flow:
    fb = b(c, "qazaqkino", "GET", f"{API}/v2/katalog?bolim=jańa&bet={c.rng.randint(1, 5)}", UA)
    fb.decoy("catalogue rail with durations and ratings (content, not viewing)")
    fb.ok_json(
        {
            "filmder": [
                {
                    "film_id": f"kz-{c.rng.randint(10000, 99999)}",
                    "ataýy": t,
                    "uzaqtyğy": c.rng.randint(3000, 9000),
                    "reiting": round(c.rng.uniform(5, 9), 1),
                }
                for t in TITLES
            ]
        }
    )
    return fb.build()


def most_watched(c: Context) -> Flow:
    fb = b(c, "qazaqkino", "GET", f"{API}/v2/eń-kóp-qaralğan?kün=7", UA)
    fb.decoy("most-watched rail: view counts over all viewers (aggregate)")
    fb.ok_json({"top": [{"ataýy": t, "qaralym_sany": c.rng.randint(10**3, 10**6)} for t in TITLES]})
    return fb.build()


def poster(c: Context) -> Flow:
    fb = b(c, "qazaqkino", "GET", f"https://img.qazaqkino.example/p/{new_hex(c.rng, 24)}.jpg", UA)
    fb.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return fb.build()


def manifest(c: Context) -> Flow:
    fb = b(
        c,
        "qazaqkino",
        "GET",
        f"https://cdn.qazaqkino.example/hls/kz-{c.rng.randint(10000, 99999)}/master.m3u8",
        UA,
    )
    fb.header("x-request-id", rid(c.rng))
    fb.decoy("stream manifest fetch (fetching a video is not viewing history)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    fb.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return fb.build()


def epg(c: Context) -> Flow:
    fb = b(c, "qazaqkino-tv", "GET", f"{API}/tv/v1/bağdarlama?arna={c.rng.randint(1, 40)}", TV_UA)
    fb.decoy("programme guide: start times and durations (content listing)")
    fb.ok_json({"bağdarlama": [{"ataýy": t, "bastalu": iso(c), "minut": 30} for t in TITLES[:4]]})
    return fb.build()
