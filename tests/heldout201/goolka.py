"""Goolka: a football app on the daughter's Infinix in Nairobi (Eastleigh): the
Somali league (Horyaalka Soomaaliya) and the Premier League, live scores,
streams and highlights, in Somali.

Keys are Somali (`ciyaarta` = the match, `kooxda` = team, `daqiiqada` =
minute, `ilbiriqsiyada_la_daawaday` = seconds watched, `muuqaal` = video,
`booska` = a player's position). Stream heartbeats and highlights watched go to
the backend; an older player build sends its stats as positional rows with an
MD5 of the ANDROID_ID in a one-letter header. Ads run through ironSource
mediation (init with `advId`; the mediation call's `data` is base64 JSON,
whose compact form nests the ad id once more in base64) with Unity Ads as a
network. Live minutes, match events, line-ups with player positions, the table
and highlight view counts are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ads
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.goolka.example"
UA = ua("Goolka", "5.1.4", "gabar")
APP_KEY = "1c9e4a7b5"
SOMALI = ["Horseed", "Elman", "Mogadishu City", "Dekedaha", "Heegan", "Gaadiidka"]
EPL = ["Arsenal", "Liverpool", "Manchester United", "Chelsea", "Manchester City", "Newcastle"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "goolka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    league = c.rng.choice(["somali", "epl"])
    home, away = c.rng.sample(SOMALI if league == "somali" else EPL, 2)
    return c.rng.randint(70000, 79999), home, away, league


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qalab")
    b.json(
        {
            "androidId": b.id("aid_goolka", where="json androidId"),
            "adId": b.id("gaid_gabar", where="json adId"),
            "nooca": "Infinix X6831",
            "dalka": "KE",
            "luqadda": "so",
        }
    )
    b.ok_json({"isticmaale": b.acct("goolka_user")})
    return b.build()


def ironsource_init(c: Context) -> Flow:
    return ads.ironsource_init(c, "gabar", "gaid_gabar", APP_KEY)


def ironsource_mediation(c: Context) -> Flow:
    return ads.ironsource_mediation(c, "gabar", "gaid_gabar", "goolka_is_uid", APP_KEY, False)


def ironsource_compact(c: Context) -> Flow:
    return ads.ironsource_mediation(c, "gabar", "gaid_gabar", "goolka_is_uid", APP_KEY, True)


def unity_ad(c: Context) -> Flow:
    return ads.unity_ads(c, "gabar", "gaid_gabar", "goolka_idfi", "5290114", "com.goolka.live")


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, league = _match(c)
    b = _b(c, "POST", f"{API}/v1/toos/heartbeat")
    b.view("json ciyaartaId + ilbiriqsiyada_la_daawaday (live match watch time)")
    b.json(
        {
            "ciyaartaId": mid,
            "ciyaarta": f"{home} - {away}",
            "horyaalka": league,
            "ilbiriqsiyada_la_daawaday": c.rng.randint(30, 5400),
            "toos": True,
            "waqtiga": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def muuqaal_la_daawaday(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "POST", f"{API}/v1/muuqaal/la-daawaday")
    b.view("json muuqaalId + boqolkiiba (highlight watched)")
    b.json(
        {
            "muuqaalId": f"hl_{mid}",
            "cinwaanka": f"Goolasha: {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "boqolkiiba": c.rng.choice([25, 50, 90, 100]),
            "mudada": c.rng.randint(90, 300),
            "goorta": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s2")
    b.header("x-g", b.id("aid_goolka", "md5", "header x-g", detectable=False))
    b.view("json d[] rows (match, seconds, ts)", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "p": 1})
    b.no_content()
    return b.build()


def natiijooyinka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ciyaaraha/toos?horyaal=all")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, league = _match(c)
        rows.append(
            {
                "ciyaartaId": mid,
                "martigeliye": home,
                "martida": away,
                "horyaalka": league,
                "natiijada": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "daqiiqada": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"ciyaaraha": rows})
    return b.build()


def dhacdooyinka(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/ciyaaraha/{mid}/dhacdooyinka")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "dhacdooyin": [
                {
                    "nooca": c.rng.choice(["gool", "kaar_jaale", "beddel"]),
                    "daqiiqada": c.rng.randint(1, 90),
                    "kooxda": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def safka(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/ciyaaraha/{mid}/safka")
    b.decoy("line-up with player positions and shirt numbers (content)")
    b.ok_json(
        {
            "kooxda": home,
            "ciyaartoyda": [
                {
                    "magaca": f"Ciyaaryahan {n}",
                    "lambarka": n,
                    "booska": c.rng.choice(["GK", "DF", "MF", "FW"]),
                    "position": {"x": rf(c.rng, 0, 1, 2), "y": rf(c.rng, 0, 1, 2)},
                }
                for n in range(1, 12)
            ],
        }
    )
    return b.build()


def muuqaalada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/muuqaal/liiska?bogga=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "muuqaalo": [
                {
                    "muuqaalId": f"hl_{_match(c)[0]}",
                    "mudada": c.rng.randint(90, 300),
                    "daawashooyin": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def shaxda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/shaxda?horyaal=somali&xilli=2024-25")
    b.ok_json(
        {"shaxda": [{"kooxda": k, "dhibcaha": c.rng.randint(5, 40), "ciyaaro": 14} for k in SOMALI]}
    )
    return b.build()


def ogeysiis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ogeysiisyada/raac")
    b.json({"mawduuc": "kooxda_" + c.rng.choice(SOMALI + EPL).split()[0].lower()})
    b.no_content()
    return b.build()
