"""PlayRumantsch: the Romansh public broadcaster's streaming app (mamma's Pixel 8, Scuol).

The backend speaks Rumantsch Grischun with a few Vallader spellings: `emissiun`
(programme), `episoda`, `posiziun` (position), `durada` (duration), `guardà`
(watched), `chanal`, `istorgia` (history), `cuntinuar a guardar` (continue
watching). Resume points, live-channel heartbeats and the watch-history list
go to the app's backend. The player also reports to Mapp Intelligence
(Webtrekk) through its pixel: `GET /{trackId}/wt?p=600,<page>,...` with the
everId `eid` and, for media, `mi` (media id), `mk` (action), `mt1` (position),
`mt2` (duration); and to Kantar's SpringStreams counter (`*.2cnt.net/j0=...`
with `cp` content path, `uid` and the `pst` play states). Didomi records the
consent with its own user id. Firebase Installations and Remote Config run at
start. The catalogue, thumbnails, search, the EPG and the "most watched" list
are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import B, iso, ms, rid, ua

API = "https://api.playrumantsch.example"
IMG = "https://img.playrumantsch.example"
UA = ua("PlayRumantsch", "6.2.0", "mamma")
WT = "https://rtr01.webtrekk.net/385217419273812/wt"
EMISSIUNS = [
    ("e2041", "Telesguard", 900),
    ("e2107", "Cuntrasts", 1500),
    ("e2213", "Minisguard", 600),
    ("e2298", "Battaporta", 1800),
    ("e2311", "Istorgias da buna notg", 720),
    ("e2340", "Il president da Valdei", 2700),
]
CHANALS = ["RTR Live", "RSI LA1", "SRF 1", "RTR Radio"]


def _b(c: Context, method: str, url: str, device: bool = False) -> B:
    b = B(c, "playrumantsch", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "rm-CH, de-CH;q=0.8")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-apparat-id", b.id("aid_play", where="header x-apparat-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    eid, title, dur = c.rng.choice(EMISSIUNS)
    return eid, title, c.rng.randint(1, 40), dur


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/apparats/registrar")
    b.json(
        {
            "androidId": b.id("aid_play", where="json androidId"),
            "reclamaId": b.id("gaid_mamma", where="json reclamaId (advertising id)"),
            "modell": "Pixel 8",
            "lingua": "rm",
            "versiun": "6.2.0",
        }
    )
    b.ok_json({"ok": True, "utilisader": b.acct("play_user")})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = B(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/playrumantsch/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ch.rtr.playrumantsch")
    b.json(
        {
            "fid": b.id("play_fid", where="json fid"),
            "appId": "1:402918226617:android:c51f0a8e2b7d4e90",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/402918226617/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = B(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/402918226617/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "appInstanceId": b.id("play_fid", where="json appInstanceId"),
            "appInstanceIdToken": new_hex(c.rng, 60),
            "appId": "1:402918226617:android:c51f0a8e2b7d4e90",
            "countryCode": "CH",
            "languageCode": "rm-CH",
            "platformVersion": "34",
            "timeZone": "Europe/Zurich",
            "appVersion": "6.2.0",
            "packageName": "ch.rtr.playrumantsch",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"entries": {"player_heartbeat_s": "30", "show_kids_row": "true"}, "state": "UPDATE"})
    return b.build()


def didomi_consent(c: Context) -> Flow:
    b = B(c, "didomi", "POST", "https://api.privacy-center.org/v1/events")
    b.header("user-agent", UA)
    b.json(
        {
            "type": "consent.given",
            "source": {"type": "app", "domain": "ch.rtr.playrumantsch", "key": "rtr-app"},
            "user": {
                "id": b.id("didomi_uid", where="json user.id (Didomi user id)"),
                "country": "CH",
                "agent": UA,
                "tcfcs": "CP" + new_hex(c.rng, 30).upper(),
            },
            "consent": {"purposes": {"enabled": ["analytics", "audience_measurement"]}},
            "timestamp": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def puntg_cuntinuaziun(c: Context) -> Flow:
    emi, title, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v3/utilisader/puncts-da-cuntinuaziun/{emi}", device=True)
    b.view("json emissiun/episoda/posiziun/durada (resume point)")
    b.json(
        {
            "emissiun": title,
            "episoda": ep,
            "posiziun": c.rng.randint(20, dur),
            "durada": dur,
            "guardà_cumplettamain": False,
            "temp": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_battacor(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/batta-cor")
    b.view("json chanal + secundas (live channel heartbeat)")
    b.json(
        {
            "chanal": c.rng.choice(CHANALS),
            "secundas": c.rng.choice([30, 30, 60]),
            "entschatta": iso(c),
            "qualitad": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"cuntinuar": True})
    return b.build()


def istorgia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/utilisader/istorgia?pagina=1")
    b.view("response json istorgia[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(4, 7)):
        _emi, title, ep, dur = _ep(c)
        rows.append(
            {"emissiun": title, "episoda": ep, "guardà": iso(c), "posiziun": c.rng.randint(60, dur)}
        )
    b.ok_json({"istorgia": rows, "pagina": 1})
    return b.build()


def cuntinuar_a_guardar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/utilisader/cuntinuar-a-guardar")
    b.view("response json guardar_inavant[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        emi, title, ep, dur = _ep(c)
        rows.append(
            {"id": emi, "titel": title, "episoda": ep, "posiziun": c.rng.randint(60, dur - 30)}
        )
    b.ok_json({"guardar_inavant": rows})
    return b.build()


def webtrekk_media(c: Context) -> Flow:
    emi, title, ep, dur = _ep(c)
    pos = c.rng.randint(0, dur)
    b = B(
        c,
        "webtrekk",
        "GET",
        WT,
        [
            ("p", f"600,play.{emi}.episoda{ep},1,1080x2400,24,0,{ms(c)},0,0,0"),
            ("eid", ""),
            ("fns", "0"),
            ("one", "0"),
            ("la", "rm"),
            ("mi", f"{title} - episoda {ep}"),
            ("mk", c.rng.choice(["play", "pos", "pos", "pause", "eof"])),
            ("mt1", str(pos)),
            ("mt2", str(dur)),
            ("mg1", "video"),
            ("mg2", title),
            ("bw", "1080"),
            ("x", str(c.rng.randint(10**8, 10**9))),
        ],
    )
    b.params[1] = ("eid", b.id("play_everid", where="query eid (Webtrekk everId)"))
    b.header("user-agent", UA)
    b.view("query mi/mk/mt1/mt2 (Webtrekk media tracking)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def webtrekk_page(c: Context) -> Flow:
    page = c.rng.choice(["pagina_iniziala", "tschertga", "programm", "profil", "live"])
    b = B(
        c,
        "webtrekk",
        "GET",
        WT,
        [
            ("p", f"600,{page},1,1080x2400,24,0,{ms(c)},0,0,0"),
            ("eid", ""),
            ("fns", "0"),
            ("la", "rm"),
            ("cg1", "app"),
            ("cp1", "android"),
        ],
    )
    b.params[1] = ("eid", b.id("play_everid", where="query eid (Webtrekk everId)"))
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def kantar_spring(c: Context) -> Flow:
    emi, _title, ep, dur = _ep(c)
    start = c.rng.randint(0, dur - 60)
    b = B(c, "kantar-spring", "GET", "https://rtr.2cnt.net/")
    uid = b.id("play_kantar_uid", where="path uid= (Kantar SpringStreams uid)", detectable=False)
    b.base = (
        "https://rtr.2cnt.net/j0=,,,pl%3Dexoplayer+sx%3D1080+sy%3D2400;"
        f"+,cp=rtr/play/{emi}/ep{ep}+dur={dur}+uid={uid}+vt={c.rng.randint(5, 60)}"
        f"+pst=,,{start}+{start + c.rng.randint(10, 60)}+{ms(c) // 1000};;+"
    )
    b.view("path cp=/pst= (SpringStreams play states)", detectable=False)
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00;")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's own compact beacon: base64 of gzip of [programme, second, ts] rows."""
    b = _b(c, "POST", f"{API}/t/2")
    b.view("form d = base64(gzip(json rows))", detectable=False)
    rows = [
        [int(c.rng.choice(EMISSIUNS)[0][1:]), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.form([("d", b64(gz(jsb(rows)))), ("v", "2")])
    b.no_content()
    return b.build()


def hashed_settings(c: Context) -> Flow:
    """Settings sync; a header 'x-k' holds an MD5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v3/utilisader/parameters")
    b.header("x-k", b.id("aid_play", "md5", "header x-k", detectable=False))
    b.ok_json({"lingua": "rm", "subtitels": True, "autoplay": False})
    return b.build()


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalog?categoria=serias&pagina=1")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "emissiuns": [
                {"id": e, "titel": t, "durada": d, "maletg": f"{IMG}/p/{e}.jpg"}
                for e, t, d in EMISSIUNS
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    emi = c.rng.choice(EMISSIUNS)[0]
    b = B(c, "playrumantsch", "GET", f"{IMG}/p/{emi}/w480.jpg?t={c.rng.randint(1, 40)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("programme thumbnail")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def tschertga(c: Context) -> Flow:
    q = c.rng.choice(["telesguard", "battaporta", "chalandamarz", "hockey"])
    b = _b(c, "GET", f"{API}/v3/tschertga?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"resultats": [{"id": e, "titel": t, "durada": d} for e, t, d in EMISSIUNS[:3]]})
    return b.build()


def programm(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/programm?chanal={c.rng.randint(1, 4)}")
    b.decoy("EPG times and durations")
    b.ok_json(
        {
            "programm": [
                {"titel": t, "entschatta": iso(c), "durada": c.rng.choice([15, 30, 60])}
                for t in ("Telesguard", "Cuntrasts", "Meteo", "Minisguard")
            ]
        }
    )
    return b.build()


def ils_pli_guardads(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top/ils-pli-guardads?perioda=7d")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {"top": [{"titel": t, "guardads": c.rng.randint(500, 40000)} for _, t, _ in EMISSIUNS]}
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    emi = c.rng.choice(EMISSIUNS)[0]
    b = B(
        c,
        "playrumantsch",
        "GET",
        f"https://vod.playrumantsch.example/hls/{emi}/{rid(c.rng)[:8]}/720p/"
        f"segment{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
