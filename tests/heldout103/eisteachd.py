"""Èisteachd: a Gaelic radio and TV app, the grandmother's on Lewis.

Keys in Scottish Gaelic: `tachartas` (event: cluich = play, stad = pause,
crìoch = end), `prògram`, `àite_diogan` (position in seconds), `uidheam`
(device). The listening history (`eachdraidh-èisteachd`) comes back in an
answer. The TV player's newer client relays progress as protobuf (programme id,
position, time as bare fields). Schedules, song lyrics and the news are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import EXO, FB, iso, ms, rid, ua

API = "https://api.eisteachd.example"
UA = ua("Eisteachd", "2.3.9")
PROGRAMAN = [
    ("Aithris na Maidne", 1800),
    ("Crìochan", 3600),
    ("Mire ri Mòr", 3600),
    ("Speaking Our Language", 1500),
    ("Dè a-nis?", 1200),
    ("Camanachd: Cuach a' Chamanachd", 5400),
    ("An Là", 1800),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "eisteachd", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-uidheam", b.id("aid_eist", where="header x-uidheam"))
    return b


def _prog(c: Context) -> tuple[str, str, int]:
    title, dur = c.rng.choice(PROGRAMAN)
    return f"m00{c.rng.randint(10000, 99999)}", title, dur


def tachartas(c: Context) -> Flow:
    pid, title, dur = _prog(c)
    b = _b(c, "POST", f"{API}/api/tachartas", device=False)
    b.view("json tachartas + prògram + àite_diogan")
    b.json(
        {
            "tachartas": c.rng.choice(["cluich", "stad", "cluich", "crìoch"]),
            "prògram": {"id": pid, "ainm": title, "fad_diogan": dur},
            "àite_diogan": c.rng.randint(5, dur),
            "uidheam": b.id("eist_uidheam", where="json uidheam"),
            "àm": iso(c),
        }
    )
    b.no_content()
    return b.build()


def eachdraidh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mi/eachdraidh-èisteachd")
    b.view("response json eachdraidh[] (listening history)", direction="response")
    rows = []
    for _ in range(5):
        pid, title, dur = _prog(c)
        rows.append(
            {
                "prògram": pid,
                "ainm": title,
                "èist_aig": iso(c),
                "diogan_èist": c.rng.randint(60, dur),
            }
        )
    b.ok_json({"eachdraidh": rows})
    return b.build()


def adhartas_protobuf(c: Context) -> Flow:
    """Progress as protobuf: programme id, position and time as bare numbered fields."""
    b = _b(c, "POST", f"{API}/api/v3/a")
    b.view("protobuf fields 1-3 (programme, position, time)", detectable=False)
    pid, _, dur = _prog(c)
    body = pb_bytes(1, pid) + pb_varint(2, c.rng.randint(5, dur)) + pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def clar_ama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/clàr-ama?seanail=radio-nan-gaidheal", device=False)
    b.decoy("broadcast schedule with times (EPG fetch)")
    b.ok_json({"clàr": [{"ainm": t, "tòiseachadh": iso(c), "fad_diogan": d} for t, d in PROGRAMAN]})
    return b.build()


def faclan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/òrain/{c.rng.randint(100, 999)}/faclan", device=False)
    b.decoy("song lyrics with line timings (content fetch)")
    b.ok_json(
        {
            "òran": "Fear a' Bhàta",
            "loidhnichean": [
                {"ùine_ms": i * 4200, "teacsa": line}
                for i, line in enumerate(
                    [
                        "'S tric mi sealltainn on chnoc as àirde",
                        "Dh'fheuch am faic mi fear a' bhàta",
                    ]
                )
            ],
        }
    )
    return b.build()


def naidheachdan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/naidheachdan?roinn=na-h-eileanan-siar", device=False)
    b.ok_json(
        {
            "sgeulachdan": [
                {
                    "tiotal": "Aiseag ùr gu Steòrnabhagh a' dàil",
                    "foillsichte": iso(c),
                    "id": rid(c.rng),
                },
                {
                    "tiotal": "Fèis nan Eilean: prògram na bliadhna",
                    "foillsichte": iso(c),
                    "id": rid(c.rng),
                },
            ]
        }
    )
    return b.build()


def sruth(c: Context) -> Flow:
    b = FB(
        c,
        "eisteachd",
        "GET",
        f"https://sruth.eisteachd.example/rnag/{c.rng.randint(10**6, 10**7)}.ts",
    )
    b.header("user-agent", EXO)
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
