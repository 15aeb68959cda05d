"""Fighjà+: a Corsican streaming app (series, documentaries, live channels) on
Ghjuvanni's Pixel 8 in Bastia.

Keys are Corsican: `fighjatu` = watched, `pusizione` = position, `durata` =
duration, `prugramma`, `episodiu`, `canale`. Watch progress and the
"cuntinuà à fighjà" / history lists are viewing history; the player also sends
Piano AV Insights heartbeats (`av.heartbeat` with `av_content`, `av_position`)
and a compact gzip beacon of positional rows. Firebase Installations, Remote
Config and Adjust carry the install ids and the advertising id; the app
registers its ANDROID_ID and its own install id. The catalogue, HLS segments,
thumbnails, search and the "più fighjati" (aggregate counts) are content
fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from . import sdk
from .phone import FB, iso, ms, rid, ua

API = "https://api.fighjaplus.example"
UA = ua("FighjaPlus", "3.2.0", "gh")
PKG = "corsica.fighjaplus"
APP_ID = "1:802611947355:android:3c1f0e5d9a7b2c44"
PROGS = [
    ("p210", "A Corsica Vista da u Celu", 3100),
    ("p224", "Mare Nostrum", 2600),
    ("p231", "Paghjella: Voce di i Paesi", 2900),
    ("p245", "Cucina di Babbone", 1500),
    ("p258", "U Vaghjime in Niolu", 2700),
    ("p263", "Sporting, una Storia", 3300),
]
CANALI = ["ViaStella", "France 3 Corse", "Télé Paese", "Fighjà Live"]
PIANO_HOST = "logs1412.xiti.com"
PIANO_SITE = 627311


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "fighjaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-apparechju-id", b.id("aid_fighja", where="header x-apparechju-id"))
    return b


def _prog(c: Context) -> tuple[str, str, int, int]:
    pid, title, dur = c.rng.choice(PROGS)
    return pid, title, c.rng.randint(1, 12), dur


# --- sensitive: device ids -----------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/apparechji/arregistrà")
    b.json(
        {
            "androidId": b.id("aid_fighja", where="json androidId"),
            "idInstallazione": b.id("fighja_install", where="json idInstallazione"),
            "fid": b.id("fighja_fid", where="json fid"),
            "mudellu": "Pixel 8",
            "lingua": "co",
        }
    )
    b.ok_json({"ok": True, "apparechjiMax": 5})
    return b.build()


def firebase(c: Context) -> Flow:
    return sdk.fis(c, "firebase", "fighjaplus-co", APP_ID, "fighja_fid", PKG)


def remote_config(c: Context) -> Flow:
    return sdk.remote_config(c, "firebase", "802611947355", APP_ID, "fighja_fid", PKG, False)


def adjust_session(c: Context) -> Flow:
    return sdk.adjust_session(c, "adjust", "x7k2p9q4mzc0", PKG, "gaid_gh", "fighja_adjust_uuid", UA)


def adjust_subscribe(c: Context) -> Flow:
    b = sdk.adjust_event(
        c,
        "adjust",
        "x7k2p9q4mzc0",
        PKG,
        "gaid_gh",
        "fighja_adjust_uuid",
        UA,
        "q1w8e3",
        lambda b: {
            "pianu": "mensile",
            "id_installazione": b.id(
                "fighja_install", where="form callback_params.id_installazione (JSON string)"
            ),
        },
    )
    return b.build()


def settings_install(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/parametri")
    inst = b.id("fighja_install", where="response json idInstallazione", direction="response")
    b.ok_json({"idInstallazione": inst, "qualità": "auto", "sottutituli": "co"})
    return b.build()


def config_hashed(c: Context) -> Flow:
    """Feature flags keyed by a SHA-256 of the ANDROID_ID under a short form key."""
    b = _b(c, "POST", f"{API}/cfg")
    b.form([("k", b.id("aid_fighja", "sha256", "form k", detectable=False)), ("v", "320")])
    b.ok_json({"f": {"nova_grilla": True}})
    return b.build()


# --- sensitive: viewing history --------------------------------------------------


def progress(c: Context) -> Flow:
    pid, title, ep, dur = _prog(c)
    b = _b(c, "POST", f"{API}/v2/fighjatu/avanzamentu", device=True)
    b.view("json prugramma/episodiu/pusizione (watch progress)")
    b.json(
        {
            "prugramma": pid,
            "titulu": title,
            "episodiu": ep,
            "pusizione": c.rng.randint(20, dur),
            "durata": dur,
            "finitu": False,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utilizatore/cuntinuà-à-fighjà?limita=10")
    b.view("response json cuntinuà[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, title, ep, dur = _prog(c)
        rows.append(
            {
                "prugramma": pid,
                "titulu": title,
                "episodiu": ep,
                "pusizione": c.rng.randint(60, dur - 60),
                "durata": dur,
                "fighjatuU": iso(c),
            }
        )
    b.ok_json({"cuntinuà": rows})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utilizatore/storia?pagina=1")
    b.view("response json storia[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        pid, title, ep, _d = _prog(c)
        items.append({"prugramma": pid, "titulu": title, "episodiu": ep, "fighjatuU": iso(c)})
    b.ok_json({"storia": items, "pagina": 1})
    return b.build()


def piano_heartbeat(c: Context) -> Flow:
    pid, title, ep, dur = _prog(c)
    b = FB(c, "piano", "POST", sdk.piano_url(PIANO_HOST, PIANO_SITE, c.phone.fighja_piano_id))
    b.other_id("fighja_piano_id", "query idclient")
    b.header("user-agent", UA)
    b.view("json events[] av.heartbeat av_content/av_position")
    pos = c.rng.randint(30, dur)
    body = sdk.piano_events(
        [
            (
                "av.heartbeat",
                {
                    "av_content_id": pid,
                    "av_content": f"{title} - Ep. {ep}",
                    "av_content_duration": dur * 1000,
                    "av_previous_position": (pos - 30) * 1000,
                    "av_position": pos * 1000,
                    "av_session_id": rid(c.rng),
                    "av_broadcasting_type": "On Demand",
                },
            )
        ],
        c,
    )
    b.json(body)
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/live/battitu")
    b.view("json canale + seconde (live channel watch time)")
    b.json(
        {
            "canale": c.rng.choice(CANALI),
            "seconde": c.rng.choice([30, 60, 60, 120]),
            "principiu": iso(c),
            "qualità": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [programme, episode, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/b/2")
    b.view("json r[] rows (gzip)", detectable=False)
    rows = [
        [int(c.rng.choice(PROGS)[0][1:]), c.rng.randint(1, 12), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- ordinary: content fetches and look-alikes -----------------------------------


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogu?generu=ducumentariu&pagina=1")
    b.decoy("catalogue with durata per programme (content fetch)")
    b.ok_json(
        {
            "prugrammi": [
                {
                    "prugramma": p,
                    "titulu": t,
                    "durata": d,
                    "affissu": f"https://img.fighjaplus.example/a/{p}.jpg",
                }
                for p, t, d in PROGS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["niolu", "paghjella", "mare", "sporting"])
    b = _b(c, "GET", f"{API}/v2/cerca?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"risultati": [{"prugramma": p, "titulu": t, "durata": d} for p, t, d in PROGS[:3]]})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/più-fighjati?periodu=7g")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"prugramma": p, "titulu": t, "fighjate": c.rng.randint(10**3, 10**5)}
                for p, t, _ in PROGS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/live/guida?canale={c.rng.randint(1, 4)}")
    b.decoy("EPG with durata (content fetch)")
    b.ok_json(
        {
            "prugrammi": [
                {"titulu": t, "principiu": iso(c), "durata": c.rng.choice([26, 52, 90])}
                for t in ("Ghjurnale", "Mare Nostrum", "Cantu Live")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(PROGS)[0]
    b = FB(
        c,
        "fighjaplus",
        "GET",
        f"https://vod.fighjaplus.example/{pid}/e{c.rng.randint(1, 12):02d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", c.rng.randbytes(400))
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(PROGS)[0]
    b = FB(c, "fighjaplus", "GET", f"https://img.fighjaplus.example/a/{pid}.jpg?w=360")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def piano_screen(c: Context) -> Flow:
    """A page view in the Piano SDK's exempt mode: no visitor id, no content played."""
    b = FB(c, "piano", "POST", sdk.piano_url(PIANO_HOST, PIANO_SITE, "Consent-NO"))
    b.header("user-agent", UA)
    b.decoy("Piano page.display with idclient Consent-NO (no visitor id)")
    b.json(
        sdk.piano_events(
            [
                (
                    "page.display",
                    {
                        "page": c.rng.choice(["accolta", "cerca", "live", "prufilu"]),
                        "page_chapter1": "app",
                        "visitor_privacy_mode": "exempt",
                    },
                )
            ],
            c,
        )
    )
    b.no_content()
    return b.build()


def token_refresh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/rinfriscà")
    b.decoy("refresh token")
    b.json({"refreshToken": new_hex(c.rng, 48)})
    b.ok_json({"accessToken": new_hex(c.rng, 64), "scadenza": 3600})
    return b.build()
