"""Campaí: an Irish-language Gaelic games and rugby streamer on the Galaxy S23.

Keys in Irish with fadas as the Dublin team writes them (`suíomh_soicind`,
`stair_féachana`, `aitheantas_gléis`); AppsFlyer is the attribution SDK. Match
statistics and live scores are look-alikes with many numbers and no viewer.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, and_ua, iso, ms, rf

API = "https://api.campai.example"
UA = and_ua("Campai", "3.8.0")
CLUICHI = [
    "Gaillimh v Ciarraí",
    "Áth Cliath v Corcaigh",
    "Connacht v Laighin",
    "Éire v an Bhreatain Bheag",
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "campai", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ga-IE,ga;q=0.9,en-IE;q=0.8")
    if device:
        b.header("x-aitheantas-gleis", b.id("aid_campai", where="header x-aitheantas-gleis"))
    return b


def feachaint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/féachaint/dul-chun-cinn".replace("é", "%C3%A9"))
    b.view("json cluiche_id + suíomh_soicind (watch progress)")
    fad = c.rng.randint(4000, 6000)
    b.json(
        {
            "cluiche_id": c.rng.randint(1000, 9999),
            "teideal": c.rng.choice(CLUICHI),
            "suíomh_soicind": c.rng.randint(0, fad),
            "fad_soicind": fad,
            "beo": c.rng.random() < 0.4,
            "am": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stair_feachana(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v2/úsáideoir/stair-féachana".replace("ú", "%C3%BA").replace("é", "%C3%A9")
    )
    b.header("authorization", "Bearer " + b.acct("campai_user"))
    b.view("response json stair[] (watch history)", direction="response")
    b.ok_json(
        {
            "stair": [
                {
                    "cluiche_id": c.rng.randint(1000, 9999),
                    "teideal": c.rng.choice(CLUICHI),
                    "féachta_go_dtí": c.rng.randint(60, 5000),
                    "dáta": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def curiad_pb(c: Context) -> Flow:
    """A protobuf heartbeat: numbered fields only, the device id as field 1."""
    b = _b(c, "POST", f"{API}/hb", device=False)
    dev = b.id("aid_campai", "protobuf", "protobuf field 1", detectable=False)
    b.view("protobuf fields 2-4 (match id, seconds, ts)", detectable=False)
    body = (
        pb_bytes(1, dev)
        + pb_varint(2, c.rng.randint(1000, 9999))
        + pb_varint(3, c.rng.randint(0, 5000))
        + pb_varint(4, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=ie.campai.app",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_campai", where="json android_id"),
            "eventName": "af_content_view",
            "brand": "samsung",
            "model": "SM-S911B",
            "timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def scor_beo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/scóir/beo".replace("ó", "%C3%B3"), device=False)
    b.decoy("live scores and minute counters (not viewing history)")
    b.ok_json(
        {
            "cluichí": [
                {
                    "teideal": t,
                    "cúil": c.rng.randint(0, 4),
                    "cúilín": c.rng.randint(5, 25),
                    "nóiméad": c.rng.randint(1, 70),
                }
                for t in CLUICHI[:2]
            ]
        }
    )
    return b.build()


def staitisticí(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v2/cluiche/{c.rng.randint(1000, 9999)}/staitisticí".replace("í", "%C3%AD"),
        device=False,
    )
    b.decoy("match statistics and player heat-map coordinates, viewer-independent")
    b.ok_json(
        {
            "seilbh": [rf(c.rng, 30, 70, 1) for _ in range(2)],
            "teaschoinne": [[rf(c.rng, 0, 100, 1), rf(c.rng, 0, 70, 1)] for _ in range(12)],
            "lucht_féachana_iomlán": c.rng.randint(20000, 90000),
        }
    )
    return b.build()
