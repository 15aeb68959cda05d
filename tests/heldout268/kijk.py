"""Omroep Terugkijken: a Dutch public broadcaster's catch-up app (the mother's Pixel 8
in Willemstad; Dutch is an official language of Curaçao).

The app's own measurement (an NPO-like "kijkmeting" beacon) speaks Dutch:
`gebeurtenis` (start / pauze / hervat / einde), `programma`, `aflevering`,
`zender`, `afspeelpositie`, `kijkduur`, `tijdstip`, keyed by a measurement id
the SDK makes (`meting_id`) and the ANDROID_ID (`apparaat_id`). The "verder
kijken" list and the watch history come back in responses. Firebase
Installations registers the app (`fid`, FIS_v2). A legacy beacon sends
positional rows in a `r` query parameter. The programme guide, search, the
"meest bekeken" top list, subtitles and DASH segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.terugkijken.omroep.example"
METING = "https://meting.omroep.example/v2/collect"
UA = ua("Terugkijken", "8.14.1", "mama")
PROGRAMMAS = [
    ("VPWON_1311", "Boer zoekt Vrouw", 2900),
    ("VPWON_1402", "Wie is de Mol?", 3000),
    ("NOS_2024_J20", "NOS Journaal 20:00", 1500),
    ("KRO_1677", "Boer Zoekt Vrouw: de reünie", 2600),
    ("BNN_0981", "Spuiten en Slikken", 1800),
    ("AT_2101", "Zondag met Lubach", 2100),
]
ZENDERS = ["NPO 1", "NPO 2", "NPO 3", "NPO Zapp"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "terugkijken", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _prog(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(PROGRAMMAS)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/terugkijken-nl/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "nl.omroep.terugkijken")
    b.json(
        {
            "fid": b.id("kijk_fid", where="json fid"),
            "appId": "1:90431177203:android:4c1b2e0f99ad3e17",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/90431177203/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def apparaat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparaten")
    b.json(
        {
            "apparaatId": b.id("aid_kijk", where="json apparaatId"),
            "reclameId": b.id("gaid_mama", where="json reclameId"),
            "firebaseId": b.id("kijk_fid", where="json firebaseId"),
            "type": "telefoon",
            "merk": "Google",
            "model": "Pixel 8",
        }
    )
    b.ok_json({"profiel": b.acct("kijk_user"), "maxApparaten": 6})
    return b.build()


def kijkmeting(c: Context, gebeurtenis: str = "") -> Flow:
    code, titel, duur = _prog(c)
    gebeurtenis = gebeurtenis or c.rng.choice(["start", "pauze", "hervat", "einde", "voortgang"])
    b = FB(c, "kijkmeting", "POST", METING)
    b.header("user-agent", UA)
    b.view("json gebeurtenis + programma + afspeelpositie")
    b.json(
        {
            "meting_id": b.id("kijk_meting_id", where="json meting_id"),
            "apparaat_id": b.id("aid_kijk", where="json apparaat_id"),
            "gebeurtenis": gebeurtenis,
            "programma": {"mid": code, "titel": titel, "duur": duur},
            "zender": c.rng.choice(ZENDERS),
            "afspeelpositie": c.rng.randint(0, duur),
            "kijkduur": c.rng.randint(5, 600),
            "tijdstip": iso(c),
            "platform": "android",
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def verder_kijken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/profiel/verder-kijken")
    b.view("response json verderKijken[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        code, titel, duur = _prog(c)
        rows.append(
            {"mid": code, "titel": titel, "positie": c.rng.randint(60, duur), "bekekenOp": iso(c)}
        )
    b.ok_json({"verderKijken": rows})
    return b.build()


def kijkgeschiedenis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/profiel/kijkgeschiedenis?pagina=1")
    b.view("response json geschiedenis[] (watch history)", direction="response")
    b.ok_json(
        {
            "geschiedenis": [
                {"mid": code, "titel": titel, "bekekenOp": iso(c), "procentGezien": 100}
                for code, titel, _ in c.rng.sample(PROGRAMMAS, 4)
            ]
        }
    )
    return b.build()


def legacy_beacon(c: Context) -> Flow:
    """A legacy beacon: `r` = JSON rows [mid, second, ts] in the query, `u` a hash."""
    code, _, duur = _prog(c)
    b = FB(c, "kijkmeting", "GET", "https://meting.omroep.example/p.gif")
    b.header("user-agent", UA)
    b.view("query r rows", detectable=False)
    b.param("u", b.id("aid_kijk", "sha1", "query u", detectable=False))
    b.param("r", js([[code, c.rng.randint(1, duur), ms(c)]]))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,")
    return b.build()


def gids(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gids?zender={c.rng.choice(ZENDERS).replace(' ', '')}&dag=vandaag")
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json(
        {
            "uitzendingen": [
                {"titel": t, "begintijd": iso(c), "duur": d}
                for _, t, d in c.rng.sample(PROGRAMMAS, 3)
            ]
        }
    )
    return b.build()


def zoeken(c: Context) -> Flow:
    q = c.rng.choice(["mol", "boer", "journaal", "lubach"])
    b = _b(c, "GET", f"{API}/v1/zoeken?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"resultaten": [{"mid": m, "titel": t} for m, t, _ in PROGRAMMAS[:4]]})
    return b.build()


def meest_bekeken(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/meest-bekeken?periode=week")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"mid": m, "titel": t, "kijkers": c.rng.randint(10**5, 3 * 10**6)}
                for m, t, _ in PROGRAMMAS
            ]
        }
    )
    return b.build()


def ondertitels(c: Context) -> Flow:
    code = _prog(c)[0]
    b = FB(c, "terugkijken", "GET", f"https://assets.omroep.example/ondertitels/{code}.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nGoedenavond.\n")
    return b.build()


def dash(c: Context) -> Flow:
    code = _prog(c)[0]
    b = FB(
        c,
        "terugkijken",
        "GET",
        f"https://cdn.omroep.example/dash/{code}/v1080/{c.rng.randint(1, 700)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
