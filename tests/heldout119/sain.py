"""Music (Irish), podcast (Welsh) and audiobook (Irish) apps: listening reports.

Ceol runs on the S23 with the earbuds (their Bluetooth MAC and serial in the
audio-route report); Podlediad on the iPhone; Leabhar Fuaime is an audiobook app
on the S23 that also sells e-books (reading progress there is a look-alike, while
listening to an audiobook is listening and so labelled).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, and_ua, ios_ua, iso, ms, rid

CEOL = "https://api.ceol.example"
POD = "https://api.podlediad.example"
LEABHAR = "https://api.leabharfuaime.example"
AMHRAIN = ["Óró sé do bheatha bhaile", "An Cailín Rua", "Mo Ghile Mear", "Dúlamán"]
PODLEDIADAU = ["Y Podlediad Rygbi", "Clera", "Esgusodwch Fi", "Hanes Cymru"]
LEABHAIR = ["Cré na Cille", "An Béal Bocht", "Peig", "Dúnmharú ar an Dart"]


def _ceol(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ceol", method, url)
    b.header("user-agent", and_ua("Ceol", "9.2.4"))
    return b


def ceol_eisteacht(c: Context) -> Flow:
    b = _ceol(c, "POST", f"{CEOL}/v1/éisteacht".replace("é", "%C3%A9"))
    b.header("x-ceol-suiteail", b.id("ceol_install", where="header x-ceol-suiteail (install id)"))
    b.view("json amhrán_id + soicindí_éiste (listen report)")
    b.json(
        {
            "amhrán_id": f"t{c.rng.randint(10**6, 10**7)}",
            "teideal": c.rng.choice(AMHRAIN),
            "soicindí_éiste": c.rng.randint(20, 300),
            "críochnaithe": c.rng.random() < 0.6,
            "am_tosaithe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ceol_cluasain(c: Context) -> Flow:
    b = _ceol(c, "POST", f"{CEOL}/v1/gléas/bealach-fuaime".replace("é", "%C3%A9"))
    b.json(
        {
            "android_id": b.id("aid_ceol", where="json android_id"),
            "cluasáin": {
                "ainm": "Galaxy Buds2 Pro",
                "seoladh_bt": b.id("buds_mac", where="json cluasáin.seoladh_bt"),
                "sraithuimhir": b.id("buds_serial", where="json cluasáin.sraithuimhir"),
                "codec": "SSC",
            },
        }
    )
    b.no_content()
    return b.build()


def ceol_scrobble_mp(c: Context) -> Flow:
    """A msgpack batch of [track, seconds, ts] under one-letter keys."""
    b = _ceol(c, "POST", f"{CEOL}/q")
    b.view("msgpack e[] rows (track, seconds, ts)", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(20, 300), ms(c)]
        for _ in range(c.rng.randint(2, 8))
    ]
    k = b.id("aid_ceol", "md5", "msgpack k (md5 of ANDROID_ID)", detectable=False)
    b.set_body(mpack({"u": b.acct("ceol_user"), "k": k, "e": rows}), "application/x-msgpack")
    b.no_content()
    return b.build()


def ceol_liosta(c: Context) -> Flow:
    b = _ceol(c, "GET", f"{CEOL}/v1/cairteacha/barr-40")
    b.decoy("top-40 chart with play counts over all listeners (aggregate)")
    b.ok_json({"cairt": [{"teideal": t, "seinnte": c.rng.randint(10**4, 10**6)} for t in AMHRAIN]})
    return b.build()


def _pod(c: Context, method: str, url: str) -> FB:
    b = FB(c, "podlediad", method, url)
    b.header("user-agent", ios_ua("Podlediad", "1.9.2"))
    return b


def pod_safle(c: Context) -> Flow:
    b = _pod(c, "POST", f"{POD}/api/gwrando/safle")
    b.header("x-dyfais", b.id("idfv_podlediad", where="header x-dyfais"))
    b.view("json pennod_guid + safle_eiliad (podcast position)")
    b.json(
        {
            "pennod_guid": rid(c.rng),
            "podlediad": c.rng.choice(PODLEDIADAU),
            "safle_eiliad": c.rng.randint(0, 4000),
            "cyflymder": c.rng.choice([1.0, 1.25, 1.5]),
            "diweddarwyd": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pod_rss(c: Context) -> Flow:
    b = _pod(c, "GET", f"https://rss.podlediad.example/feed/{c.rng.randint(100, 999)}.xml")
    b.decoy("RSS feed with episode durations")
    xml = "<rss><channel><item><itunes:duration>00:42:10</itunes:duration></item></channel></rss>"
    b.respond(200, "application/rss+xml", xml.encode())
    return b.build()


def pod_hash(c: Context) -> Flow:
    """Listen sync keyed by a SHA-256 of the episode and a short key `h`."""
    b = _pod(c, "POST", f"{POD}/s")
    b.view("json h (sha256 of episode) + t (seconds)", detectable=False)
    ep = hashlib.sha256(rid(c.rng).encode()).hexdigest()
    b.json({"h": ep, "t": c.rng.randint(0, 4000), "z": ms(c)})
    b.no_content()
    return b.build()


def _lf(c: Context, method: str, url: str) -> FB:
    b = FB(c, "leabharfuaime", method, url)
    b.header("user-agent", and_ua("LeabharFuaime", "4.0.1"))
    b.header("x-android-id", b.id("aid_leabhar", where="header x-android-id"))
    return b


def lf_eisteacht(c: Context) -> Flow:
    b = _lf(c, "POST", f"{LEABHAR}/v2/closleabhair/dul-chun-cinn")
    b.view("json closleabhar_id + caibidil + suíomh_ms (audiobook listening)")
    b.json(
        {
            "closleabhar_id": c.rng.randint(1000, 9999),
            "teideal": c.rng.choice(LEABHAIR),
            "caibidil": c.rng.randint(1, 30),
            "suíomh_ms": c.rng.randint(0, 3_000_000),
            "am": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lf_leamh(c: Context) -> Flow:
    b = _lf(c, "POST", f"{LEABHAR}/v2/r-leabhair/leathanach")
    b.decoy("e-book page position: reading is not watching or listening")
    b.json(
        {"leabhar_id": c.rng.randint(1000, 9999), "leathanach": c.rng.randint(1, 400), "am": iso(c)}
    )
    b.no_content()
    return b.build()
