"""Yultuz Kino: a Uyghur film and drama streaming app on the Almaty phone.

The backend was written by Uyghur developers and its JSON keys follow the
app's three interface scripts: Uyghur Latin (ULY: `filim`, `qisim`, `orun`
= position, `uzunluq` = length, `körüsh tarixi` = watch history), Uyghur
Arabic script (UEY: `فىلىم`, `قىسىم`, `ئورنى`, `ۋاقىت`) in the older Android
build, and Uyghur Cyrillic (USY: `филим`, `қисим`, `орни`, `вақит`) in the
Kazakhstan build. Progress reports, the continue-watching and history lists
and the player's nameless gzip beacon are viewing history; the catalogue,
search, posters, HLS segments, subtitles and the "most watched" counts are
content fetches. Device registration sends the ANDROID_ID and the advertising
id; the API gateway keys rate limits on an MD5 of the ANDROID_ID in `x-q`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from . import sdk
from .phone import FB, iso, ms, rid, ua

API = "https://api.yultuz-kino.example"
UA = ua("YultuzKino", "5.2.0", "almaty")
FILIMLER = [
    ("f3011", "Anarxan", "ئانارخان", "Анархан", 5400),
    ("f3024", "Ghérip-Senem", "غېرىپ-سەنەم", "Ғерип-Сәнәм", 6100),
    ("f3037", "Nuzugum", "نۇزۇگۇم", "Нузугум", 2700),
    ("f3042", "Qeshqer Hékayiliri", "قەشقەر ھېكايىلىرى", "Қәшқәр Һекайилири", 2900),
    ("f3055", "Ili Derya Boyida", "ئىلى دەريا بويىدا", "Или Дәря Бойида", 3100),
    ("f3068", "Altun Waqit", "ئالتۇن ۋاقىت", "Алтун Вақит", 2600),
]


def _b(c: Context, method: str, url: str, gate: bool = False) -> FB:
    b = FB(c, "yultuz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "ug-Latn-KZ")
    if gate:
        b.header("x-q", b.id("aid_yultuz", "md5", "header x-q (md5 of ANDROID_ID)", False))
    return b


def _film(c: Context) -> tuple[str, str, str, str, int]:
    return c.rng.choice(FILIMLER)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/uskune/tizimlash")
    b.json(
        {
            "androidId": b.id("aid_yultuz", where="json androidId"),
            "reklamaId": b.id("gaid_almaty", where="json reklamaId (advertising id)"),
            "firebaseId": b.id("yultuz_fid", where="json firebaseId"),
            "modél": "SM-A346E",
            "til": "ug-Latn",
            "dölet": "KZ",
        }
    )
    b.ok_json({"netije": "ok", "eng_kop_uskune": 3})
    return b.build()


def progress_uly(c: Context) -> Flow:
    fid, name, _, _, dur = _film(c)
    b = _b(c, "POST", f"{API}/api/v3/korush/ilgirilesh", gate=True)
    b.view("json filim_id / orun_sekunt / uzunluq (ULY watch progress)")
    b.json(
        {
            "filim_id": fid,
            "filim_nami": name,
            "qisim": c.rng.randint(1, 24),
            "orun_sekunt": c.rng.randint(30, dur),
            "uzunluq": dur,
            "tamamlandi": False,
            "waqit": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progress_uey(c: Context) -> Flow:
    fid, _, name, _, dur = _film(c)
    b = _b(c, "POST", f"{API}/api/v2/korush")
    b.view("json UEY keys فىلىم / ئورنى / ۋاقىت (watch progress)")
    b.json(
        {
            "فىلىم_نومۇرى": fid,
            "فىلىم": name,
            "قىسىم": c.rng.randint(1, 24),
            "ئورنى": c.rng.randint(30, dur),
            "ئۇزۇنلۇقى": dur,
            "ۋاقىت": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progress_usy(c: Context) -> Flow:
    fid, _, _, name, dur = _film(c)
    b = _b(c, "POST", f"{API}/api/v3/kz/korush-heqqide")
    b.view("json USY keys филим / орни / көрүш вақти (watch progress)")
    b.json(
        {
            "көрүш": {
                "филим_id": fid,
                "филим": name,
                "қисим": c.rng.randint(1, 24),
                "орни": c.rng.randint(30, dur),
                "узунлуқи": dur,
                "көрүш_вақти": iso(c),
            }
        }
    )
    b.ok_json({"сақланди": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ishletkuchi/dawamlashturush?limit=8")
    b.view("response json dawamlashturush[] (continue watching)", direction="response")
    rows = []
    for fid, name, _, _, dur in c.rng.sample(FILIMLER, 3):
        rows.append(
            {
                "filim_id": fid,
                "filim_nami": name,
                "orun_sekunt": c.rng.randint(60, dur - 60),
                "uzunluq": dur,
                "axirqi_korush": iso(c),
            }
        )
    b.ok_json({"dawamlashturush": rows})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ishletkuchi/korush-tarixi?bet=1")
    b.view("response json körüsh_tarixi[] (watch history)", direction="response")
    items = [
        {"filim_id": fid, "filim_nami": name, "korgen_waqit": iso(c)}
        for fid, name, _, _, _ in c.rng.sample(FILIMLER, 5)
    ]
    b.ok_json({"körüsh_tarixi": items, "bet": 1})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's compact beacon: [film, episode, second, ts] rows under 'r', gzip."""
    b = _b(c, "POST", f"{API}/b/2")
    b.view("gzip json r[] positional rows", detectable=False)
    rows = [
        [int(_film(c)[0][1:]), c.rng.randint(1, 24), c.rng.randint(10, 5400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def meta_content_view(c: Context) -> Flow:
    fid, name, _, _, dur = _film(c)
    return sdk.meta_yultuz_content_view(c, name, fid, c.rng.randint(60, dur))


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalog?zhanr=drama&bet=1")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "filimler": [
                {
                    "filim_id": fid,
                    "nami": n,
                    "nami_uey": a,
                    "uzunluq": d,
                    "poster": f"https://img.yultuz-kino.example/p/{fid}.jpg",
                }
                for fid, n, a, _, d in FILIMLER
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["anarxan", "muqam", "qeshqer", "نۇزۇگۇم"])
    b = _b(c, "GET", f"{API}/api/v3/izdesh")
    b.param("soz", q)
    b.decoy("search results (content fetch)")
    b.ok_json({"netijiler": [{"filim_id": f[0], "nami": f[1]} for f in FILIMLER[:3]]})
    return b.build()


def top_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/eng-kop-korulgen?muddet=7k")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"filim_id": f[0], "nami": f[1], "korush_sani": c.rng.randint(10**3, 10**6)}
                for f in FILIMLER
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    fid = _film(c)[0]
    b = FB(c, "yultuz", "GET", f"https://img.yultuz-kino.example/p/{fid}.jpg?w=342")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    fid = _film(c)[0]
    b = FB(
        c,
        "yultuz",
        "GET",
        f"https://vod.yultuz-kino.example/{fid}/720p/seg_{c.rng.randint(1, 900):04d}.ts"
        f"?token={new_hex(c.rng, 24)}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch with a signed token")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def subtitles(c: Context) -> Flow:
    fid = _film(c)[0]
    b = FB(c, "yultuz", "GET", f"https://vod.yultuz-kino.example/{fid}/sub/ug-Arab.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:08.000\nياخشىمۇسىز، ئانا؟\n\n"
    b.respond(200, "text/vtt; charset=utf-8", vtt.encode())
    return b.build()
