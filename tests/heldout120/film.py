"""Sheger Films: an Ethiopian movie and series app (Amharic dramas, Oromo films).

The in-house team writes its API in romanised Amharic and, since a 2023 refactor,
Ge'ez-script keys in the player report. Watch progress, the continue-watching rail
(a response) and an encrypted player beacon are viewing history; the catalogue,
trailers manifest, search and the "most watched this week" rail are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.shegerfilms.example"
UA = ua("ShegerFilms", "5.3.1")
TITLES = ["ሰው ለሰው", "Gudda Jaalalaa", "ዋሻው", "Yetekelekele", "Abbaa Gadaa", "ሞጋቾች"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sheger", method, url)
    b.header("user-agent", UA)
    b.header("x-meshiya-id", b.id("aid_film", where="header x-meshiya-id (device id, Amharic)"))
    return b


def _ep(c: Context) -> tuple[str, str]:
    return f"ep{c.rng.randint(10000, 99999)}", c.rng.choice(TITLES)


def watch_progress(c: Context) -> Flow:
    ep, title = _ep(c)
    b = _b(c, "POST", f"{API}/v3/temelkach/me/kitat")
    b.view("json የታየበት_ሰከንድ / kifil_id (Ge'ez 'watched-at seconds' with episode id)")
    b.json(
        {
            "kifil_id": ep,
            "ርዕስ": title,
            "የታየበት_ሰከንድ": c.rng.randint(30, 2700),
            "ጠቅላላ_ርዝመት": 2760,
            "ተጠናቋል": False,
            "sa'at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def romanised_event(c: Context) -> Flow:
    ep, _ = _ep(c)
    event = c.rng.choice(["mejemer", "aqum", "qetil", "chersa"])  # start, pause, resume, end
    b = _b(c, "GET", f"{API}/ev/tachawach")
    b.view(f"query kistet={event} ep= bota_sec= (romanised Amharic player event and position)")
    for k, v in [
        ("kistet", event),
        ("ep", ep),
        ("bota_sec", str(c.rng.randint(0, 2700))),
        ("gize", str(ms(c))),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/yetejemere")
    b.view("response json yetejemere[] with qeri_dakika (continue watching)", direction="response")
    b.ok_json(
        {
            "yetejemere": [
                {"kifil_id": _ep(c)[0], "ርዕስ": t, "qeri_dakika": c.rng.randint(3, 40)}
                for t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    ep, _ = _ep(c)
    b = _b(c, "POST", f"{API}/b")
    b.view("json d (gzip+base64 of the player's position report)", detectable=False)
    inner = js({"e": ep, "p": c.rng.randint(0, 2700), "t": ms(c)}).encode()
    b.json({"v": 2, "d": b64(gz(inner))})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/zirzir?zirya=drama&quanqua=am")
    b.decoy("catalogue rail with durations: what is on offer, not what anyone watched")
    b.ok_json(
        {
            "items": [
                {"id": _ep(c)[0], "ርዕስ": t, "ርዝመት_ሰከንድ": 2760, "poster": f"/p/{i}.jpg"}
                for i, t in enumerate(TITLES)
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/beblizu-yetayu?sammint=this")
    b.decoy("'most watched this week' rail with view counts: an aggregate over all viewers")
    b.ok_json(
        {"rail": [{"ርዕስ": t, "teemelkach_buzat": c.rng.randint(900, 90000)} for t in TITLES[:4]]}
    )
    return b.build()


def manifest(c: Context) -> Flow:
    ep, _ = _ep(c)
    b = FB(c, "sheger", "GET", f"https://vod.shegerfilms.example/{ep}/master.m3u8")
    b.header("user-agent", UA)
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\n480p.m3u8\n",
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/fillega?q=%E1%8D%8D%E1%89%85%E1%88%AD")
    b.decoy("search results with episode ids and durations")
    b.ok_json({"wutet": [{"kifil_id": _ep(c)[0], "ርዝመት_ሰከንድ": 2760, "rid": rid(c.rng)}]})
    return b.build()
