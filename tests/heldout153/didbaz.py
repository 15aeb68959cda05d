"""Didbaz: an Iranian video-sharing site with live TV channels (the first party).

Its player reports in Finglish (`film_uid`, `zaman_tamasha`, `darsad`), the live
player logs which channel was tuned and for how long (`kanal`, `modat`). The
lite player (for slow mobile data) batches rows of numbers under `e` in a gzip +
base64 blob. Trending rails ("por bazdid") are aggregates over all viewers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.didbaz.example"
UA = ua("Didbaz", "6.4.2")
TITLES = ["پایتخت ۷ - قسمت ۳", "خندوانه", "آشپزی با مامان", "فوتبال برتر", "دورهمی"]
CHANNELS = ["tv3", "nasim", "ifilm", "varzesh", "tv1", "pooya"]


def _b(c: Context, method: str, url: str, guest: bool = True) -> FB:
    b = FB(c, "didbaz", method, url)
    b.header("user-agent", UA)
    b.header("x-didbaz-lang", "fa")
    if guest:
        b.header("x-guest-id", b.id("vid_guest", where="header x-guest-id"))
    return b


def _uid(c: Context) -> str:
    return "".join(c.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))


def bazdid(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/etc/api/video_bazdid/v2")
    b.view("form film_uid + zaman_tamasha + darsad")
    total = c.rng.randint(60, 2400)
    watched = c.rng.randint(5, total)
    b.form(
        [
            ("film_uid", _uid(c)),
            ("zaman_tamasha", str(watched)),
            ("modat_kol", str(total)),
            ("darsad", str(round(100 * watched / total))),
            ("user_id", b.acct("vid_user")),
            ("android_id", b.id("aid_vid", where="form android_id")),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"status": "ok"})
    return b.build()


def live_tune(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/log/kanal")
    b.view("json kanal + shoro + modat (live channel tuning log)")
    b.json(
        {
            "kanal": c.rng.choice(CHANNELS),
            "shoro": iso(c),
            "modat": c.rng.randint(20, 3600),
            "keyfiat": c.rng.choice(["480p", "720p", "auto"]),
            "shenase_dastgah": b.id("aid_vid", where="json shenase_dastgah"),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/etc/api/user/tarikhche_tamasha?page=1")
    b.view("response json tarikhche[].zaman_tamasha", direction="response")
    b.ok_json(
        {
            "tarikhche": [
                {
                    "film_uid": _uid(c),
                    "onvan": c.rng.choice(TITLES),
                    "zaman_tamasha": c.rng.randint(10, 2000),
                    "akharin_bazdid": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def lite_beacon(c: Context) -> Flow:
    """The lite player: [video index, seconds, state, ts] rows, gzip + base64 under `e`."""
    b = _b(c, "POST", f"{API}/l/s", guest=False)
    b.view("form e = base64(gzip(json rows))", detectable=False)
    rows = [
        [c.rng.randint(1, 90000), c.rng.randint(1, 1800), c.rng.randint(0, 3), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.form([("e", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/etc/api/por_bazdid_tarin?baze=hafte", guest=False)
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "list": [
                {"film_uid": _uid(c), "onvan": t, "tedad_bazdid": c.rng.randint(10**4, 10**7)}
                for t in TITLES
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["پایتخت", "فوتبال", "کارتون", "آشپزی"])
    b = _b(c, "GET", f"{API}/etc/api/jostojoo?q={q}", guest=False)
    b.decoy("search results with durations (no watching)")
    b.ok_json(
        {
            "natayej": [
                {"film_uid": _uid(c), "onvan": t, "modat": c.rng.randint(60, 3000)}
                for t in TITLES[:3]
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "didbaz", "GET", f"https://static.cdn.didbaz.example/thumb/{_uid(c)}/big.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c, "didbaz", "GET", f"https://hls.didbaz.example/live/{c.rng.choice(CHANNELS)}/index.m3u8"
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=854x480\n480.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def upload_comment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/etc/api/nazar", guest=False)
    b.json({"film_uid": _uid(c), "matn": "عالی بود 👏", "client_msg": rid(c.rng)})
    b.ok_json({"nazar_id": c.rng.randint(10**6, 10**7)})
    return b.build()


def _fa_digits(n: int) -> str:
    """Persian digits, as the TV app's Persian-first team writes numbers in strings."""
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def tv_app_report(c: Context) -> Flow:
    """The Android-TV build of Didbaz on the family's box: Persian-script keys."""
    b = FB(c, "didbaz", "POST", f"{API}/tv/api/gozaresh_pakhsh")
    b.header("user-agent", "Didbaz-TV/2.1 (Linux; Android 9; X96Max)")
    b.view("json زمان_تماشا + شناسه_ویدیو (Persian-script keys, Persian digits)")
    b.json(
        {
            "شناسه_دستگاه": b.id("box_serial", where="json شناسه_دستگاه (device id)"),
            "شناسه_ویدیو": _uid(c),
            "عنوان": c.rng.choice(TITLES),
            "زمان_تماشا": _fa_digits(c.rng.randint(30, 2400)),
            "وضعیت": c.rng.choice(["پخش", "توقف", "پایان"]),
            "زمان": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/jadval_pakhsh", guest=False)
    b.decoy("live-TV schedule with Persian keys: what is on, not what was watched")
    b.ok_json(
        {
            "جدول_پخش": [
                {"شبکه": k, "برنامه": c.rng.choice(TITLES), "ساعت": f"{c.rng.randint(8, 23)}:۰۰"}
                for k in CHANNELS
            ]
        }
    )
    return b.build()
