"""Kinoteka: an Uzbek series and film streaming app (Uzbek Latin keys, some Russian).

Progress reports hold the episode id and position (`tomosha_vaqti`, `pozitsiya`,
`просмотрено_сек`): viewing history. The catalogue, HLS manifest, posters and
search results are content fetches, not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.kinoteka-uz.example"
UA = ua("Kinoteka", "4.8.2")
TITLES = ["Otamning uyi", "Baxt qushi", "Toshkent oqshomlari", "Sevgi va nafrat", "Qaynona"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinoteka", method, url)
    b.header("user-agent", UA)
    b.header("x-qurilma-id", b.id("aid_kino", where="header x-qurilma-id"))
    return b


def progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tomosha/progress")
    b.view("json serial_id + qism + tomosha_vaqti + pozitsiya")
    b.json(
        {
            "serial_id": c.rng.randint(1000, 9999),
            "qism": c.rng.randint(1, 60),
            "nomi": c.rng.choice(TITLES),
            "pozitsiya": c.rng.randint(10, 2700),
            "tomosha_vaqti": c.rng.randint(30, 600),
            "sana": iso(c),
        }
    )
    b.ok_json({"holat": "ok"})
    return b.build()


def heartbeat_ru(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/player/heartbeat")
    b.view("form film_id + просмотрено_сек + событие")
    b.form(
        [
            ("film_id", str(c.rng.randint(10**5, 10**6))),
            ("событие", c.rng.choice(["play", "pause", "heartbeat"])),
            ("просмотрено_сек", str(c.rng.randint(10, 5000))),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profil/davom-ettirish?limit=10")
    b.view("response json davom_ettirish[] (continue watching)", direction="response")
    b.ok_json(
        {
            "davom_ettirish": [
                {
                    "nomi": t,
                    "qism": c.rng.randint(1, 40),
                    "korilgan_foiz": c.rng.randint(5, 95),
                    "oxirgi_marta": iso(c),
                }
                for t in TITLES[: c.rng.randint(2, 5)]
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's batch beacon: gzip + base64 of [title id, seconds, ts] rows under `d`."""
    b = _b(c, "POST", f"{API}/b")
    b.view("form d (gzip+base64 rows)", detectable=False)
    rows = [[c.rng.randint(10**5, 10**6), c.rng.randint(5, 900), ms(c)] for _ in range(3)]
    b.form([("d", b64(gz(jsb(rows)))), ("v", "2")])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?janr={c.rng.choice(['drama', 'komediya', 'tarixiy'])}")
    b.decoy("catalogue rail with episode counts and durations (not what anyone watched)")
    b.ok_json(
        {
            "natijalar": [
                {"id": c.rng.randint(1000, 9999), "nomi": t, "davomiyligi": 2700, "qismlar": 40}
                for t in TITLES
            ]
        }
    )
    return b.build()


def top_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/eng-kop-korilgan?hafta=1")
    b.decoy("most-watched rail: aggregate view counts over all viewers")
    b.ok_json({"top": [{"nomi": t, "korishlar_soni": c.rng.randint(10**4, 10**6)} for t in TITLES]})
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kinoteka", "GET", f"https://cdn.kinoteka-uz.example/hls/{rid(c.rng)}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["qaynona", "сериал", "turk seriali", "multfilm"])
    b = _b(c, "GET", f"{API}/v2/qidiruv?q={q}")
    b.ok_json({"natijalar": [{"nomi": t} for t in TITLES[:3]]})
    return b.build()
