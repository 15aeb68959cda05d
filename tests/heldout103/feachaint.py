"""Féach: an Irish-language TV and radio app (television player and Raidió stream).

The team writes its keys in Irish, with the fadas (`suíomh_soicindí` = position
in seconds, `eachtra` = event: seinn / sos / críoch, `clár` = programme) and,
where a query string is built by hand, without them (`soicindi_eiste`). The Fire
TV app logs live-channel tuning (`cainéal`, `tosaigh`, `críochnaigh`). The
viewing history (`stair-féachana`) comes back in an answer. A compact beacon
puts the same facts in one pipe-separated, base64 string under `e`. The
schedule (sceideal), the most-watched rail and the radio stream itself are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import EXO, FB, FIRETV_UA, iso, ms, rid, ua

API = "https://api.feach.example"
UA = ua("Feach", "3.12.0")
CLAIR = [
    ("Ros na Rún", 1560),
    ("Nuacht TG4", 900),
    ("Peil Bheo: Gaillimh v Maigh Eo", 5400),
    ("Cúla4 ar Scoil", 1200),
    ("Iomáint Bheo", 5100),
    ("Seal le Seán", 1800),
]
CAINEIL = ["TG4", "RTÉ One", "RTÉ Raidió na Gaeltachta", "BBC Alba", "S4C", "Virgin Media One"]


def _b(c: Context, method: str, url: str, tv: bool = False, device: bool = True) -> FB:
    b = FB(c, "feach", method, url)
    b.header("user-agent", FIRETV_UA if tv else UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        attr = "aid_tv_feach" if tv else "aid_feach"
        b.header("x-gleas-id", b.id(attr, where="header x-gleas-id"))
    return b


def _clar(c: Context) -> tuple[str, str, int]:
    title, dur = c.rng.choice(CLAIR)
    return f"tg{c.rng.randint(10000, 99999)}", title, dur


def eachtra(c: Context, tv: bool = False) -> Flow:
    cid, title, dur = _clar(c)
    b = _b(c, "POST", f"{API}/v1/staitisticí/eachtra", tv=tv)
    b.view("json eachtra + clár_id + suíomh_soicindí")
    b.json(
        {
            "eachtra": c.rng.choice(["seinn", "sos", "buille_croí", "críoch"]),
            "clár_id": cid,
            "teideal": title,
            "suíomh_soicindí": c.rng.randint(3, dur),
            "fad": dur,
            "fotheidil": c.rng.random() < 0.5,
            "am": iso(c),
        }
    )
    b.no_content()
    return b.build()


def raidio_eisteacht(c: Context) -> Flow:
    """Live radio listening: station, start and seconds listened, in a hand-built query."""
    b = _b(c, "GET", f"{API}/v1/raidio/eisteacht")
    b.view("query staisiun + tosaithe + soicindi_eiste (live radio listening)")
    b.param("staisiun", c.rng.choice(["rnag", "rnag-ceol", "raidio-failte"]))
    b.param("tosaithe", str(int(c.now) - c.rng.randint(60, 3600)))
    b.param("soicindi_eiste", str(c.rng.randint(30, 3600)))
    b.no_content()
    return b.build()


def logail_cainéal(c: Context) -> Flow:
    """The Fire TV app's live-channel tuning log."""
    b = _b(c, "POST", f"{API}/v1/beo/logáil", tv=True, device=False)
    b.view("json tiúnáil[] (cainéal, tosaigh, críochnaigh)")
    start = int(c.now) - c.rng.randint(600, 7200)
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        end = start + c.rng.randint(60, 2400)
        rows.append({"cainéal": c.rng.choice(CAINEIL), "tosaigh": start, "críochnaigh": end})
        start = end
    b.json(
        {
            "gléas": {
                "sraithuimhir": b.id("firetv_serial", where="json gléas.sraithuimhir"),
                "cineál": "AFTKA",
            },
            "tiúnáil": rows,
        }
    )
    b.no_content()
    return b.build()


def stair_feachana(c: Context, tv: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mise/stair-féachana", tv=tv)
    b.view("response json stair[] (viewing history)", direction="response")
    rows = []
    for _ in range(5):
        cid, title, dur = _clar(c)
        rows.append(
            {
                "clár_id": cid,
                "teideal": title,
                "féachta_ag": iso(c),
                "suíomh": c.rng.randint(30, dur),
            }
        )
    b.ok_json({"stair": rows})
    return b.build()


def beacon_e(c: Context) -> Flow:
    """One opaque parameter: base64 of 'kind|programme|seconds|ts'."""
    b = FB(c, "feach", "GET", f"{API}/p.gif")
    b.header("user-agent", UA)
    b.view("query e (base64 pipe string)", detectable=False)
    cid = _clar(c)[0]
    b.param("e", b64(f"s|{cid}|{c.rng.randint(5, 3000)}|{ms(c)}"))
    b.param("r", str(c.rng.randint(10**6, 10**7)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,")
    return b.build()


def sceideal(c: Context, tv: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sceideal?cainéal=TG4&lá=inniu", tv=tv, device=False)
    b.decoy("programme schedule with start times and durations (EPG fetch)")
    b.ok_json(
        {
            "cláir": [
                {"teideal": t, "tosú": iso(c), "fad_nóiméid": d // 60, "cainéal": "TG4"}
                for t, d in CLAIR
            ]
        }
    )
    return b.build()


def is_mo_feachaint(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/is-mó-féachaint", device=False)
    b.decoy("most-watched rail with total views and average minutes (aggregate)")
    b.ok_json(
        {
            "liosta": [
                {
                    "clár_id": _clar(c)[0],
                    "teideal": t,
                    "amhairc": c.rng.randint(800, 50000),
                    "meán_nóiméid": round(c.rng.uniform(3, 30), 1),
                }
                for t, _ in CLAIR[:4]
            ]
        }
    )
    return b.build()


def raidio_stream(c: Context) -> Flow:
    b = FB(
        c, "feach", "GET", f"https://beo.feach.example/rnag/seg_{c.rng.randint(10**5, 10**6)}.aac"
    )
    b.header("user-agent", EXO)
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
