"""The technician's own music app (fictional "Sointu"): AppsFlyer attribution with the
phone's advertising id and the app's ANDROID_ID, scrobbles of what they listened to
in the evening, the recently-played list, and a batched event beacon the app gzips
and base64-encodes under `p` (nothing readable says it is listening). Charts and
search results are decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.sointu.example"
UA = ua("Sointu", "8.4.2")
TRACKS = ["t1QkX93", "t7Pa2mM", "t0Ze81L", "t44Hh2q", "t9xBv0A"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sointu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=fi.sointu.app&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_music", where="json android_id"),
            "uid": b.id("music_af_uid", where="json uid"),
            "app_id": "fi.sointu.app",
            "counter": str(c.rng.randint(2, 90)),
            "lang_code": "fi",
            "country": "FI",
            "model": "SM-A546B",
            "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kuuntelut")
    b.view("json kuuntelut[] {kappale_id, kuunneltu_s, alkoi}")
    b.json(
        {
            "kuuntelut": [
                {
                    "kappale_id": c.rng.choice(TRACKS),
                    "kuunneltu_s": c.rng.randint(30, 240),
                    "alkoi": iso(c),
                    "lahde": c.rng.choice(["soittolista", "albumi", "radio"]),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/minä/viimeksi-kuunnellut?raja=20")
    b.view("response json viimeksi_kuunnellut[]", direction="response")
    b.ok_json(
        {
            "viimeksi_kuunnellut": [
                {"kappale_id": t, "kuunneltu": iso(c), "kesto_s": c.rng.randint(150, 260)}
                for t in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def event_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/e")
    b.view("json p: gzip+base64 batch of play events", detectable=False)
    events = [[c.rng.choice(TRACKS), ms(c), c.rng.randint(10, 240), 1] for _ in range(3)]
    b.json({"p": base64.b64encode(gz(jsb(events))).decode(), "s": 3})
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/k")
    b.param("h", b.id("aid_music", "md5", "query h: MD5 of the ANDROID_ID", detectable=False))
    b.param("v", "8.4.2")
    b.ok_json({"f": {"uusi_soitin": True, "lyriikat": c.rng.random() > 0.5}})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/listat/suomi-top50")
    b.decoy("national top-50 with play counts over all listeners (aggregate)")
    b.ok_json(
        {"kappaleet": [{"kappale_id": t, "soittoja": c.rng.randint(10**4, 10**6)} for t in TRACKS]}
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/haku?q={c.rng.choice(['kaarija', 'behm', 'lush'])}")
    b.decoy("search results")
    b.ok_json(
        {
            "tulokset": [{"kappale_id": t, "osuma": c.rng.random() > 0.5} for t in TRACKS[:3]],
            "pyynto": rid(c.rng),
        }
    )
    return b.build()
