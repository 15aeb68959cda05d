"""Sjoch Fryslân: the Frisian regional broadcaster's app (heit's Galaxy S23, Snits).

The backend speaks West Frisian: `programma`, `ôflevering` (episode),
`posysje`, `doer` (duration), `sjoen` (watched), `kanaal`, `sekonden`,
`fierder sjen` (continue watching), `skiednis` (history), `harke` (listen, for
the radio tab). The player sends Comscore streaming tags (`sb.scorecardresearch
.com/p?c1=2&c2=...&ns_st_ev=hb&ns_st_ci=...&ns_st_pt=...&ns_st_cl=...` with the
publisher visitor id `c12` and `ns_ak`, the advertising id). Firebase
Installations registers the app. A compact hex beacon in a GIF request carries
`id|position|ts`. The schedule (`gids`), search (`sykje`), news, thumbnails,
the "meast besjoen" counts and video segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import B, iso, ms, ua

API = "https://api.sjochfryslan.example"
UA = ua("SjochFryslan", "4.1.3", "heit")
PROGRAMMAS = [
    ("f301", "Hjir", 1500),
    ("f322", "Fryslân Fan Boppen", 1800),
    ("f340", "De Mienskip", 1320),
    ("f355", "Doek!", 2400),
    ("f371", "Reedride op 'e Alde Feanen", 900),
    ("f388", "Sport Fryslân", 1200),
]
KANALEN = ["Omrop Fryslân TV", "Omrop Fryslân Radio", "Omrop Fryslân Ekstra"]


def _b(c: Context, method: str, url: str, device: bool = False) -> B:
    b = B(c, "sjochfryslan", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "fy-NL, nl-NL;q=0.8")
    if device:
        b.header("x-apparaat-id", b.id("aid_sjoch", where="header x-apparaat-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    pid, title, dur = c.rng.choice(PROGRAMMAS)
    return pid, title, c.rng.randint(1, 50), dur


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparaten")
    b.json(
        {
            "android_id": b.id("aid_sjoch", where="json android_id"),
            "advertinsje_id": b.id("gaid_heit", where="json advertinsje_id (advertising id)"),
            "model": "SM-S911B",
            "taal": "fy",
        }
    )
    b.ok_json({"brûker": b.acct("sjoch_user"), "ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = B(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sjoch-fryslan/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "nl.omropfryslan.sjoch")
    b.json(
        {
            "fid": b.id("sjoch_fid", where="json fid"),
            "appId": "1:771530092684:android:9b02c4e1f7a35d61",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/771530092684/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def fierder_sjen(c: Context) -> Flow:
    pid, title, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v1/fierder-sjen/{pid}", device=True)
    b.view("json programma/ôflevering/posysje/doer (resume point)")
    b.json(
        {
            "programma": title,
            "ôflevering": ep,
            "posysje": c.rng.randint(15, dur),
            "doer": dur,
            "sjoen_op": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hertslach(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/live/hertslach")
    b.view("json kanaal + sekonden (live channel heartbeat)")
    b.json({"kanaal": c.rng.choice(KANALEN), "sekonden": 60, "begjin": iso(c)})
    b.ok_json({"fierder": True})
    return b.build()


def skiednis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/my/skiednis?side=1")
    b.view("response json skiednis[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _pid, title, ep, dur = _ep(c)
        rows.append({"programma": title, "ôflevering": ep, "sjoen": iso(c), "doer": dur})
    b.ok_json({"skiednis": rows})
    return b.build()


def harke_posysje(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/harke", device=True)
    b.view("json kanaal/programma/harke_sekonden (radio listening)")
    b.json(
        {
            "kanaal": "Omrop Fryslân Radio",
            "programma": c.rng.choice(["Goeiemoarn", "Middei", "Jûnsrûte"]),
            "harke_sekonden": c.rng.randint(60, 1800),
            "tiid": iso(c),
        }
    )
    b.no_content()
    return b.build()


def comscore(c: Context, event: str = "hb") -> Flow:
    pid, title, ep, dur = _ep(c)
    b = B(c, "comscore", "GET", "https://sb.scorecardresearch.com/p", http_version="HTTP/1.1")
    b.params += [
        ("c1", "2"),
        ("c2", "17209553"),
        ("ns_ap_an", "Sjoch Fryslân"),
        ("ns_ap_pn", "android"),
        ("ns_ap_device", "SM-S911B"),
        ("ns_ap_ver", "4.1.3"),
        ("c12", b.id("sjoch_c12", where="query c12 (Comscore visitor id)")),
        ("ns_ak", b.id("gaid_heit", where="query ns_ak (advertising id)")),
        ("ns_st_ev", event),
        ("ns_st_ci", f"{pid}-{ep}"),
        ("ns_st_pr", title),
        ("ns_st_ep", f"Ôflevering {ep}"),
        ("ns_st_pt", str(c.rng.randint(0, dur) * 1000)),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_ty", "video"),
        ("ns_st_pn", "1"),
        ("ns_ts", str(ms(c))),
    ]
    b.header("user-agent", UA)
    b.view("query ns_st_ci/ns_st_pr/ns_st_pt (Comscore streaming tag)")
    b.no_content()
    return b.build()


def comscore_app(c: Context) -> Flow:
    b = B(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2", http_version="HTTP/1.1")
    b.params += [
        ("c1", "19"),
        ("c2", "17209553"),
        ("ns_ap_an", "Sjoch Fryslân"),
        ("ns_ap_ev", c.rng.choice(["start", "view", "hidden"])),
        ("c12", b.id("sjoch_c12", where="query c12 (Comscore visitor id)")),
        ("ns_ts", str(ms(c))),
    ]
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def hex_beacon(c: Context) -> Flow:
    pid, _, ep, dur = _ep(c)
    row = f"{pid}|{ep}|{c.rng.randint(0, dur)}|{ms(c)}"
    b = _b(c, "GET", f"https://px.sjochfryslan.example/p.gif?d={row.encode().hex()}")
    b.view("query d = hex(id|episode|position|ts)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00;")
    return b.build()


def hashed_prefs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/my/foarkarren")
    b.header("x-h", b.id("aid_sjoch", "sha1", "header x-h", detectable=False))
    b.ok_json({"ûndertitels": True, "taal": "fy"})
    return b.build()


def gids(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gids?dei=hjoed")
    b.decoy("TV schedule with start times and durations")
    b.ok_json(
        {
            "gids": [
                {"programma": t, "begjin": iso(c), "doer": d}
                for _, t, d in PROGRAMMAS[: c.rng.randint(3, 6)]
            ]
        }
    )
    return b.build()


def sykje(c: Context) -> Flow:
    q = c.rng.choice(["elfstêdentocht", "skûtsjesilen", "fierljeppen", "hjir"])
    b = _b(c, "GET", f"{API}/v1/sykje?q={q.replace('ê', 'e').replace('û', 'u')}")
    b.decoy("search results")
    b.ok_json({"resultaten": [{"id": p, "titel": t, "doer": d} for p, t, d in PROGRAMMAS[:3]]})
    return b.build()


def meast_besjoen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/meast-besjoen")
    b.decoy("aggregate view counts")
    b.ok_json(
        {"top": [{"titel": t, "besjoen": c.rng.randint(200, 90000)} for _, t, _ in PROGRAMMAS]}
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMMAS)[0]
    b = B(
        c,
        "sjochfryslan",
        "GET",
        f"https://img.sjochfryslan.example/{pid}/{c.rng.randint(1, 50)}/640.webp",
    )
    b.header("user-agent", UA)
    b.decoy("episode thumbnail")
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBP" + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    return b.build()


def nijs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nijs?t={ms(c)}")
    b.ok_json(
        {
            "artikels": [
                {"id": c.rng.randint(10**5, 10**6), "titel": t}
                for t in ("Iis op 'e Alde Feanen", "Boeren protestearje", "SC Heerenveen wint")
            ]
        }
    )
    return b.build()


def dash_segment(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMMAS)[0]
    b = B(
        c,
        "sjochfryslan",
        "GET",
        f"https://cdn.sjochfryslan.example/dash/{pid}/v720/{c.rng.randint(1, 300)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
