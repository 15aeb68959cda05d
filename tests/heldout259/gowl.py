"""Gowl+: highlights and live scores of the Maltese Premier League (the father's
Galaxy S24 in Valletta).

The app's own backend speaks Maltese (`partita`, `logħba`, `ara` = watch,
`ħin`), and its analytics go to CleverTap: `POST https://eu1.clevertap-prod.com/a1`
with `os`, `t` (SDK version) and `z` (account id) in the query and a JSON array
body whose first element is the `meta` header (`g` = the CleverTap ID, `af` =
app fields with `GoogleAdID` / `GoogleAdIDLimit`, `id`, `tk`) followed by
`event` / `page` / `profile` records (`evtName`, `evtData`, `s` session, `pg`),
https://developer.clevertap.com/docs/android. The app also pushes a compact,
gzip+base64 stats blob. Fixtures, live scores with minutes, the league table,
highlight lists with their view counts and a ticket order are not viewing
history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import gz, js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.gowlplus.example"
CT = "https://eu1.clevertap-prod.com/a1"
CT_ACCOUNT = "W9R-K84-RZ7Z"
UA = ua("GowlPlus", "3.8.1", "missier")
KLABBS = [
    "Ħamrun Spartans",
    "Hibernians",
    "Floriana",
    "Birkirkara",
    "Valletta FC",
    "Sliema Wanderers",
    "Marsaxlokk",
    "Gżira United",
    "Balzan",
    "Naxxar Lions",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gowlplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLABBS, 2)
    return c.rng.randint(7000, 7999), home, away


def _ct(c: Context, records: list[dict], with_gaid: bool) -> FB:
    b = FB(c, "clevertap", "POST", CT, [("os", "Android"), ("t", "70203"), ("z", CT_ACCOUNT)])
    b.param("ts", str(int(c.now)))
    b.header("user-agent", dalvik("missier"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a62-2b0")
    af = {
        "Build": "381",
        "Version": "3.8.1",
        "OS Version": "14",
        "SDK Version": 70203,
        "Make": "samsung",
        "Model": "SM-S921B",
        "Carrier": "GO Malta",
        "useIP": False,
        "OS": "Android",
        "wdt": 2.7,
        "hgt": 5.8,
        "dpi": 480,
        "cc": "mt",
        "locale": "en_MT",
    }
    if with_gaid:
        af["GoogleAdID"] = b.id("gaid_missier", where="json [0].af.GoogleAdID")
        af["GoogleAdIDLimit"] = False
    meta = {
        "g": b.id("gowl_ct_id", where="json [0].g (CleverTap ID)"),
        "type": "meta",
        "af": af,
        "id": CT_ACCOUNT,
        "tk": "a62-2b0",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 40,
        "ct_pi": "Identity,Email",
        "ddnd": False,
        "rtl": [],
        "rct": 0,
        "ait": 0,
        "frs": False,
    }
    b.json([meta, *records])
    b.ok_json({"g": c.phone.gowl_ct_id, "arp": {"j": c.rng.randint(10**8, 10**9), "i_n": 1}})
    b.id("gowl_ct_id", where="response json g", direction="response")
    return b


def clevertap_launch(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "evtName": "App Launched",
                "evtData": {"Build": "381", "Version": "3.8.1"},
                "type": "event",
                "s": int(c.now) - 5,
                "pg": 1,
                "ep": int(c.now),
                "f": c.rng.random() < 0.1,
            }
        ],
        with_gaid=True,
    )
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _ct(
        c,
        [
            {
                "evtName": "Highlight Mara",
                "evtData": {
                    "partita_id": mid,
                    "partita": f"{home} v {away}",
                    "kompetizzjoni": "BOV Premier League",
                    "sekondi_marauta": c.rng.randint(20, 600),
                    "perċentwal": c.rng.choice([25, 50, 90, 100]),
                },
                "type": "event",
                "s": int(c.now) - c.rng.randint(30, 900),
                "pg": c.rng.randint(2, 9),
                "ep": int(c.now),
            }
        ],
        with_gaid=c.rng.random() < 0.5,
    )
    b.view("json evtName=Highlight Mara + evtData.partita/sekondi_marauta (CleverTap)")
    return b.build()


def clevertap_page(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "type": "page",
                "n": c.rng.choice(["Klassifika", "Partiti", "Aħbarijiet", "Profil"]),
                "s": int(c.now) - 100,
                "pg": c.rng.randint(2, 9),
                "ep": int(c.now),
            }
        ],
        with_gaid=False,
    )
    return b.build()


def ara_highlight(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/highlights/{mid}/ara")
    b.view("json vidjo + perċentwal + ħin (highlight watched)")
    b.json(
        {
            "vidjo": f"hl_{mid}",
            "titlu": f"Il-gowls: {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "perċentwal": c.rng.choice([25, 50, 90, 100]),
            "tul": c.rng.randint(90, 400),
            "ħin": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_qalb(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/live/heartbeat")
    b.view("json partita + sekondi_ara (live match watch time)")
    b.json(
        {
            "partita": mid,
            "logħba": f"{home} - {away}",
            "sekondi_ara": c.rng.randint(30, 5400),
            "live": True,
            "hin": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Stats push: gzip + base64 of [match, seconds, ts] rows under 'd'; the
    ANDROID_ID sha1-hashed under 'u'."""
    rows = [[_match(c)[0], c.rng.randint(30, 600), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b = _b(c, "POST", f"{API}/s2")
    b.view("json d (gzip+base64 rows)", detectable=False)
    b.json(
        {
            "u": b.id("aid_gowl", "sha1", "json u", detectable=False),
            "d": base64.b64encode(gz(js(rows).encode())).decode(),
            "v": 4,
        }
    )
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/apparat")
    b.json(
        {
            "android_id": b.id("aid_gowl", where="json android_id"),
            "ct_id": b.id("gowl_ct_id", where="json ct_id"),
            "fcm": "f" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng).replace("-", ""),
            "mudell": "SM-S921B",
            "verzjoni": "3.8.1",
        }
    )
    b.ok_json({"utent": b.acct("gowl_user"), "reġistrat": True})
    return b.build()


def partiti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/partiti/live?kampjonat=premier")
    b.decoy("match minutes and scores (content, not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "id": mid,
                "dar": home,
                "barra": away,
                "riżultat": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minuta": c.rng.randint(1, 90),
                "grawnd": c.rng.choice(["National Stadium Ta' Qali", "Centenary Stadium"]),
            }
        )
    b.ok_json({"partiti": rows})
    return b.build()


def klassifika(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/klassifika?staġun=2024-25")
    b.ok_json(
        {"klassifika": [{"klabb": k, "punti": c.rng.randint(5, 60), "logħob": 22} for k in KLABBS]}
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights?pagna=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "vidjows": [
                {
                    "id": f"hl_{_match(c)[0]}",
                    "tul": c.rng.randint(90, 400),
                    "dehra": c.rng.randint(300, 40000),
                    "stampa": f"https://img.gowlplus.example/hl/{rid(c.rng)[:8]}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def highlight_video(c: Context) -> Flow:
    mid = _match(c)[0]
    b = FB(
        c,
        "gowlplus",
        "GET",
        f"https://cdn.gowlplus.example/hl/{mid}/720/chunk-{c.rng.randint(1, 60)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("highlight video fetch")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(350)))
    return b.build()


def biljett(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/biljetti/ordni")
    b.decoy("ticket order number and seat")
    b.json(
        {
            "partita": mid,
            "kwantità": c.rng.randint(1, 3),
            "stand": c.rng.choice(["Millennium", "Grandstand"]),
            "prezz": rf(c.rng, 5, 25, 2),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"ordni": order_no(c.rng), "status": "MĦALLAS", "partita": f"{home} v {away}"})
    return b.build()
