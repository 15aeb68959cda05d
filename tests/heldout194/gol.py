"""Gol Live: a football live-scores and streaming app (Arabic/Turkish partner feed,
Sorani UI). Scores, lineups and odds are ordinary; match-stream watch events and
AppsFlyer install events carry the categories."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import KB, iso, ms, rf, rid, ua

API = "https://api.gol-live.example"
UA = ua("GolLive", "5.2.0")
TEAMS = ["Erbil SC", "Duhok SC", "Zakho FC", "Al-Shorta", "Galatasaray", "Fenerbahçe"]


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "gol", method, url)
    b.header("user-agent", UA)
    return b


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mubarayat/live?lang=ar")
    b.ok_json(
        {
            "مباريات": [
                {
                    "home": h,
                    "away": a,
                    "natija": f"{c.rng.randint(0, 4)}-{c.rng.randint(0, 4)}",
                    "daqiqa": c.rng.randint(1, 90),
                }
                for h, a in zip(TEAMS[::2], TEAMS[1::2], strict=True)
            ]
        }
    )
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/oranlar?mac={c.rng.randint(10000, 99999)}")
    b.decoy("odds time series (oranlar): a price series, not a viewing record")
    b.ok_json({"seri": [[ms(c) - i * 60000, rf(c.rng, 1.1, 5.0, 2)] for i in range(20)]})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/en-cok-izlenen")
    b.decoy("most-watched rail: counts over all viewers (aggregate)")
    b.ok_json({"items": [{"mac": t, "izlenme": c.rng.randint(10**4, 10**6)} for t in TEAMS]})
    return b.build()


def stream_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/izleme/olay")
    b.view("json {macId, olay, izlemeSuresiSn, konum} (Turkish partner player events)")
    b.json(
        {
            "cihaz": {"androidId": b.id("aid_gol", where="json cihaz.androidId")},
            "macId": c.rng.randint(10000, 99999),
            "olay": c.rng.choice(["oynat", "duraklat", "devam", "bitti"]),
            "izlemeSuresiSn": c.rng.randint(30, 5400),
            "konum": c.rng.randint(0, 5400),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def highlights_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sijil-almushahada")
    b.view("response json sijil[] (Arabic-transliterated watch history)", direction="response")
    b.ok_json(
        {
            "sijil": [
                {
                    "clip": f"hl_{c.rng.randint(1000, 9999)}",
                    "shuhida_fi": iso(c),
                    "nisba": rf(c.rng, 0.1, 1.0, 2),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = KB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=com.gollive.app&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid (AppsFlyer uid)"),
            "android_id": b.id("aid_gol", where="json android_id"),
            "imei": b.id("imei", where="json imei (legacy field)"),
            "eventName": "af_content_view",
            "af_timestamp": str(ms(c)),
            "brand": "Redmi",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/b.gif")
    b.view("query q1,q2,q3 numeric keys (match id, seconds)", detectable=False)
    b.param("q1", str(c.rng.randint(10000, 99999)))
    b.param("q2", str(c.rng.randint(10, 5400)))
    b.param("q3", rid(c.rng)[:8])
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()
