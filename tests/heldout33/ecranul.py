"""Ecranul: a Romanian streaming app (own backend, Romanian key names) whose
web player also reports GA4 enhanced-measurement video events.

GA4: Measurement via gtag `/g/collect` (v=2, tid, cid, en=video_start /
video_progress / video_complete with ep.video_title, ep.video_url,
epn.video_current_time, epn.video_duration, epn.video_percent), as Google's
"Enhanced measurement events" help page lists the video parameters.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.ecranul.ro"
SHOWS = [
    ("em-20931", "Las Fierbinți", "Sezonul 24, Episodul 6", 2520),
    ("em-11873", "Clanul", "Sezonul 3, Episodul 2", 2880),
    ("em-40012", "Inimă de țigan", "Episodul 41", 2640),
    ("em-77105", "Chefi la cuțite", "Sezonul 13, Episodul 9", 5400),
    ("film-3310", "Moromeții 2", "", 7800),
]
UA = ua("Ecranul", "3.4.0")


def _show(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(SHOWS)


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-ecranul-sesiune", rid(b.ctx.rng))


def istoric(c: Context) -> Flow:
    sid, title, ep, dur = _show(c)
    b = FB(c, "ecranul", "POST", f"{API}/api/istoric/vizionare")
    _hdr(b)
    b.json(
        {
            "utilizator": b.acct("ro_user"),
            "idEmisiune": sid,
            "titlu": title,
            "episod": ep,
            "pozitieSecunde": c.rng.randint(5, dur),
            "durataSecunde": dur,
            "dataVizionare": iso(c),
            "terminat": c.rng.random() < 0.2,
        }
    )
    b.view("body.idEmisiune/pozitieSecunde")
    b.ok_json({"salvat": True})
    return b.build()


def continua(c: Context) -> Flow:
    """The 'continuă vizionarea' row the server sends back: history in the response."""
    b = FB(c, "ecranul", "GET", f"{API}/api/profil/continua-vizionarea", [("limita", "10")])
    _hdr(b)
    rows = [
        {
            "idEmisiune": s,
            "titlu": t,
            "episod": e,
            "pozitieSecunde": c.rng.randint(60, d),
            "durataSecunde": d,
        }
        for s, t, e, d in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"elemente": rows})
    b.view("response.elemente[].pozitieSecunde", direction="response")
    return b.build()


def ga4_video(c: Context) -> Flow:
    sid, title, ep, dur = _show(c)
    en = c.rng.choice(["video_start", "video_progress", "video_progress", "video_complete"])
    pct = {"video_start": 0, "video_complete": 100}.get(en, c.rng.choice([10, 25, 50, 75]))
    b = FB(c, "ga4", "POST", "https://region1.google-analytics.com/g/collect")
    b.header(
        "user-agent", UA.split(" (")[0] + " Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile"
    )
    b.param("v", "2")
    b.param("tid", "G-R7EC4N2UL0")
    b.param("gtm", "45je4a20v9")
    b.param("cid", b.id("ro_ga_cid", where="query.cid"))
    b.param("sid", str(int(c.now) - 900))
    b.param("en", en)
    b.param("ep.video_title", f"{title} {ep}".strip())
    b.param("ep.video_url", f"https://ecranul.ro/vizioneaza/{sid}")
    b.param("ep.video_provider", "ecranul-player")
    b.param("epn.video_current_time", str(dur * pct // 100))
    b.param("epn.video_duration", str(dur))
    b.param("epn.video_percent", str(pct))
    b.view("query.en=video_*/ep.video_title")
    b.no_content()
    return b.build()


def ga4_page(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://region1.google-analytics.com/g/collect")
    b.param("v", "2")
    b.param("tid", "G-R7EC4N2UL0")
    b.param("cid", b.id("ro_ga_cid", where="query.cid"))
    b.param("en", "page_view")
    b.param("dl", "https://ecranul.ro/" + c.rng.choice(["", "abonamente", "ajutor", "cont"]))
    b.param("dt", "Ecranul")
    b.no_content()
    return b.build()


def ghid_tv(c: Context) -> Flow:
    b = FB(c, "ecranul", "GET", f"{API}/api/ghid", [("data", iso(c)[:10]), ("canal", "pro-tv")])
    _hdr(b)
    slots = [{"ora": f"{h:02d}:00", "emisiune": c.rng.choice(SHOWS)[1]} for h in range(18, 24)]
    b.ok_json({"program": slots})
    b.decoy("TV guide grid (schedule, nothing watched)")
    return b.build()


def subtitrare(c: Context) -> Flow:
    sid = _show(c)[0]
    b = FB(c, "ecranul", "GET", f"https://cdn.ecranul.ro/sub/{sid}/ro.vtt", http_version="HTTP/1.1")
    b.respond(200, "text/vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nBună seara!\n".encode())
    b.decoy("subtitle file fetch")
    return b.build()


def abonament(c: Context) -> Flow:
    b = FB(c, "ecranul", "GET", f"{API}/api/abonamente")
    _hdr(b)
    b.ok_json(
        {
            "planuri": [
                {"cod": "lunar", "pret": 24.99, "moneda": "RON"},
                {"cod": "anual", "pret": 249.0},
            ]
        }
    )
    b.decoy("price list")
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = FB(c, "ecranul", "POST", f"{API}/s/{ms(c) % 97}")
    _hdr(b)
    blob = bytes(c.rng.getrandbits(8) for _ in range(150))
    b.set_body(b64(blob).encode(), "text/plain")
    b.view("body (encrypted watch statistics)", detectable=False)
    b.no_content()
    return b.build()


def device_id(c: Context) -> Flow:
    b = FB(c, "ecranul", "POST", f"{API}/api/dispozitive")
    _hdr(b)
    b.json(
        {
            "idDispozitiv": b.id("aid_ro", where="body.idDispozitiv"),
            "model": "Xiaomi 13T",
            "os": "Android 14",
        }
    )
    b.ok_json({"ok": True, "dispozitiveActive": 2})
    return b.build()
