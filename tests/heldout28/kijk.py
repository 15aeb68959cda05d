"""A streaming app with a Dutch (NPO Start / Videoland-like) and a Polish (Player.pl-like)
catalogue: in-house watch logs and resume points, Piano Analytics AV Insights.

Sources: Piano Analytics "AV Insights" docs (developers.atinternet-solutions.com,
piano-analytics/data-collection/how-to-send-events/av-insights): events such as
`av.heartbeat`, `av.play`, `av.pause` with `av_content_id`, `av_position`,
`av_previous_position`, `av_duration`, `av_session_id`, posted as
`{"events":[{"name":..,"data":{..}}]}` to the collect domain with `s` (site)
and `idclient` (visitor id) in the query. The in-house backends' key names
(kijkduur, positie, aflevering, bekeken; odcinek, pozycja, czas_ogladania) are
our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, blob, iso, ms, rid, ua

NL = "https://api.kijkbuis-example.nl"
PL = "https://api.ogladaj-example.pl"
SHOWS = [
    ("AT_2189344", "Boer zoekt Vrouw", 2640),
    ("VPWON_1311", "Flikken Maastricht", 2880),
    ("BV_101400", "Wie is de Mol?", 3000),
]
SERIALE = [(77120, "Na Wspólnej", 1500), (80311, "Milion w minutę", 2700), (81774, "Ranczo", 2580)]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))
    b.header("authorization", "Bearer " + b64(rid(b.ctx.rng))[:40])


def kijkgeschiedenis(ctx: Context) -> Flow:
    code, title, dur = ctx.rng.choice(SHOWS)
    pos = ctx.rng.randint(30, dur)
    b = FB(ctx, "kijkbuis", "POST", f"{NL}/v3/gebruiker/kijkgeschiedenis")
    _hdr(b)
    b.json(
        {
            "afleveringId": code,
            "titel": title,
            "positie": pos,
            "kijkduur": min(pos, ctx.rng.randint(60, 900)),
            "bekeken": pos > dur * 0.9,
            "tijdstip": iso(ctx),
        }
    )
    b.view("body.afleveringId+positie+kijkduur")
    b.no_content()
    return b.build()


def pozycja(ctx: Context) -> Flow:
    sid, title, dur = ctx.rng.choice(SERIALE)
    b = FB(ctx, "ogladaj", "PUT", f"{PL}/api/v2/odtwarzanie/{sid}/pozycja")
    _hdr(b)
    b.form(
        [
            ("odcinek", str(ctx.rng.randint(1, 40))),
            ("pozycja", str(ctx.rng.randint(5, dur))),
            ("czas_ogladania", str(ctx.rng.randint(30, 600))),
            ("tytul", title),
        ]
    )
    b.view("body.odcinek+pozycja+czas_ogladania")
    b.ok_json({"ok": True})
    return b.build()


def verder_kijken(ctx: Context) -> Flow:
    """The app pushes its local continue-watching shelf after an offline session."""
    b = FB(ctx, "kijkbuis", "PUT", f"{NL}/v3/gebruiker/verder-kijken")
    _hdr(b)
    items = [
        {
            "programma": c,
            "aflevering": ctx.rng.randint(1, 12),
            "resumeSec": ctx.rng.randint(60, d),
            "laatstGezien": ms(ctx) - ctx.rng.randint(1, 90) * 3_600_000,
        }
        for c, _, d in ctx.rng.sample(SHOWS, 2)
    ]
    b.json({"verderKijken": items})
    b.view("body.verderKijken[].resumeSec")
    b.ok_json({"updated": len(items)})
    return b.build()


def piano_av(ctx: Context) -> Flow:
    code, title, dur = ctx.rng.choice(SHOWS)
    name = ctx.rng.choice(["av.heartbeat", "av.heartbeat", "av.play", "av.pause"])
    pos = ctx.rng.randint(10, dur) * 1000
    b = FB(ctx, "piano-analytics", "POST", "https://logs1412.xiti.com/event")
    b.param("s", "634826")
    b.param("idclient", b.id("piano_idclient", where="query.idclient"))
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))
    data = {
        "av_content_id": code,
        "av_content": title,
        "av_content_type": "video",
        "av_position": pos,
        "av_previous_position": max(0, pos - 5000),
        "av_duration": dur * 1000,
        "av_session_id": rid(ctx.rng),
        "av_player": "exoplayer",
        "av_broadcasting_type": "On Demand",
        "event_collection_platform": "android",
        "device_manufacturer": "LENOVO",
    }
    b.set_body(jsb({"events": [{"name": name, "data": data}]}), "text/plain;charset=UTF-8")
    b.view("body.events[].data.av_content_id+av_position")
    b.no_content()
    return b.build()


def opaque_beacon(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis", "POST", f"{NL}/t/q")
    _hdr(b)
    b.json({"v": 2, "k": "p1", "d": b64(blob(ctx.rng, 160))})
    b.view("body.d (AES-GCM ciphertext of the playback log)", detectable=False)
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis", "POST", f"{NL}/v3/apparaten")
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))
    b.json(
        {
            "apparaatId": b.id("kijk_install", where="body.apparaatId"),
            "androidId": b.id("aid_kijk", where="body.androidId"),
            "merk": "LENOVO",
            "model": "TB370FU",
            "os": "Android 13",
            "profiel": b.acct("kijk_user"),
        }
    )
    b.ok_json({"status": "geregistreerd", "maxStreams": 2})
    return b.build()


def device_header(ctx: Context) -> Flow:
    """Every Polish catalogue call carries the install id in a header."""
    b = FB(ctx, "ogladaj", "GET", f"{PL}/api/v2/profil/ulubione")
    b.header("x-device-id", b.id("kijk_install", where="header.x-device-id"))
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))
    b.ok_json({"ulubione": [s[0] for s in SERIALE]})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "kijkbuis",
        "GET",
        f"{NL}/v3/pagina/home",
        [("genre", ctx.rng.choice(["drama", "humor", "nieuws"]))],
    )
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))
    b.ok_json(
        {
            "rijen": [
                {"titel": t, "programmaId": c, "duur": d, "afleveringen": 12} for c, t, d in SHOWS
            ]
        }
    )
    b.decoy("catalogue page: programme ids and durations, nothing watched")
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    code = ctx.rng.choice(SHOWS)[0]
    b = FB(ctx, "kijkbuis", "GET", f"https://images.kijkbuis-example.nl/{code}/still_1280x720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6)))
    b.decoy("programme still image fetch")
    return b.build()


def segment(ctx: Context) -> Flow:
    code = ctx.rng.choice(SHOWS)[0]
    n = ctx.rng.randint(1, 700)
    b = FB(
        ctx, "kijkbuis", "GET", f"https://cdn.kijkbuis-example.nl/vod/{code}/1080p/seg_{n:05d}.m4s"
    )
    b.respond(200, "video/iso.segment", blob(ctx.rng, 400))
    b.decoy("video segment fetch with its sequence number")
    return b.build()


def zoeken(ctx: Context) -> Flow:
    q = ctx.rng.choice(["mol", "ranczo", "boer", "klan"])
    b = FB(ctx, "ogladaj", "GET", f"{PL}/api/v2/szukaj", [("q", q), ("limit", "20")])
    b.ok_json({"wyniki": [{"id": s[0], "tytul": s[1], "czas_trwania": s[2]} for s in SERIALE]})
    b.decoy("search results with durations")
    return b.build()
