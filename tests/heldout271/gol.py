"""Gol Isulanu: a football highlights app for the islands' clubs (Palermo in
Serie B, Cagliari in Serie A, Catania and Torres in Serie C) on the son's
Xiaomi 14 in Cagliari.

Engagement goes to CleverTap (EU region `eu1.clevertap-prod.com/a1`; the body
a JSON array whose first element is the `meta` header with the SDK's device
id `g` and the `af` app fields including `GoogleAdID`, followed by `event`
records with `evtName` / `evtData`, here `Highlight Castiadu` with the match,
the clip and the seconds watched). The app's backend takes highlight progress
with Sardinian and Italian keys (`partida`, `clip`, `tempus_castiadu`,
`positzione`); a stats build packs clip / second / timestamp as little-endian
integers in base64 under `b`, with the ANDROID_ID md5-hashed in a one-letter
header. Live scores, the minute of each goal, standings, fixtures and the
view counts of highlights are nobody's viewing history.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.golisulanu.example"
CT_ACCOUNT = "TEST-R8W-6K4-9Z7Z"
UA = ua("GolIsulanu", "3.0.7", "figghiu")
SQUADRE = {
    "Serie A": ["Cagliari", "Lecce", "Genoa", "Como", "Torino", "Udinese"],
    "Serie B": ["Palermo", "Bari", "Sampdoria", "Spezia", "Pisa", "Sassuolo"],
    "Serie C": ["Catania", "Torres", "Trapani", "Messina", "Giugliano"],
}


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "golisulanu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_gol", where="header x-device-id"))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    lega = c.rng.choice(list(SQUADRE))
    casa, fuori = c.rng.sample(SQUADRE[lega], 2)
    return c.rng.randint(40000, 49999), lega, casa, fuori


def _ct(c: Context, records: list[dict[str, object]]) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        "https://eu1.clevertap-prod.com/a1",
        [("os", "Android"), ("t", "60200"), ("z", CT_ACCOUNT), ("ts", str(int(c.now)))],
    )
    b.header("user-agent", dalvik("figghiu"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "b34-2c1")
    meta = {
        "g": b.id("gol_ct_guid", where="json [0].g (CleverTap device id)", detectable=False),
        "type": "meta",
        "af": {
            "Build": "307",
            "Version": "3.0.7",
            "OS Version": "14",
            "SDK Version": 60200,
            "Make": "Xiaomi",
            "Model": "23127PN0CG",
            "Carrier": "iliad",
            "useIP": False,
            "OS": "Android",
            "dpi": 480,
            "GoogleAdID": b.id("gaid_figghiu", where="json [0].af.GoogleAdID"),
            "GoogleAPIAvailable": True,
            "lib": "Android",
            "cc": "it",
            "nt": "WiFi",
            "locale": "it_IT",
        },
        "id": CT_ACCOUNT,
        "tk": "b34-2c1",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 70,
        "ct_pi": "Identity",
        "ddnd": False,
        "frs": False,
        "rtl": [],
    }
    b.json([meta, *records])
    b.ok_json({"arp": {"j_n": new_hex(c.rng, 16)}, "console": []})
    return b


def _rec(c: Context, name: str, data: dict[str, object]) -> dict[str, object]:
    return {
        "s": int(c.now) - 600,
        "pg": c.rng.randint(1, 9),
        "type": "event",
        "ep": int(c.now),
        "f": False,
        "lsl": 0,
        "evtName": name,
        "evtData": data,
    }


def clevertap_launch(c: Context) -> Flow:
    b = _ct(c, [_rec(c, "App Launched", {"Squadra preferita": "Cagliari"})])
    return b.build()


def clevertap_follow(c: Context) -> Flow:
    b = _ct(
        c,
        [
            _rec(c, "Squadra Seguita", {"squadra": c.rng.choice(["Palermo", "Cagliari"])}),
            {
                "type": "profile",
                "profile": {"Identity": b_acct(c), "Lingua": "sc", "Notifiche Gol": True},
                "ep": int(c.now),
            },
        ],
    )
    return b.build()


def b_acct(c: Context) -> str:
    return str(c.phone.gol_user)


def clevertap_watched(c: Context) -> Flow:
    _mid, lega, casa, fuori = _match(c)
    dur = c.rng.randint(60, 420)
    b = _ct(
        c,
        [
            _rec(
                c,
                "Highlight Castiadu",
                {
                    "Partita": f"{casa} - {fuori}",
                    "Lega": lega,
                    "Clip": f"Sintesi {casa}-{fuori}",
                    "Secondi visti": c.rng.randint(10, dur),
                    "Durata": dur,
                },
            )
        ],
    )
    b.view("json [1].evtName=Highlight Castiadu + evtData Partita/Clip/Secondi visti")
    return b.build()


def castiadu(c: Context) -> Flow:
    mid, lega, casa, fuori = _match(c)
    dur = c.rng.randint(60, 420)
    b = _b(c, "POST", f"{API}/v2/highlights/{mid}/castiadu")
    b.view("json partida/clip/tempus_castiadu/positzione (highlight progress)")
    b.json(
        {
            "partida": {"id": mid, "lega": lega, "domo": casa, "foras": fuori},
            "clip": f"gol-{c.rng.randint(1, 6)}",
            "tempus_castiadu": c.rng.randint(5, dur),
            "positzione": c.rng.randint(0, dur),
            "durada": dur,
            "cando": iso(c),
        }
    )
    b.no_content()
    return b.build()


def diretta(c: Context) -> Flow:
    mid, _lega, casa, fuori = _match(c)
    b = _b(c, "POST", f"{API}/v2/diretta/heartbeat", device=False)
    b.view("json partita + secondi_guardati (live stream heartbeat)")
    b.json(
        {
            "dispositivo": b.id("aid_gol", where="json dispositivo"),
            "partita": f"{casa}-{fuori}",
            "partitaId": mid,
            "secondi_guardati": c.rng.choice([30, 60, 60, 120]),
            "qualita": "720p",
            "ts": ms(c),
        }
    )
    b.ok_json({"intervallo": 60})
    return b.build()


def stats_opaque(c: Context) -> Flow:
    """Build 3.0: clip id, seconds watched and timestamp as three little-endian
    integers in base64 under `b`; the ANDROID_ID md5-hashed in header `h`."""
    b = FB(c, "golisulanu", "POST", f"{API}/s")
    b.header("user-agent", UA)
    b.header("h", b.id("aid_gol", "md5", "header h", detectable=False))
    b.view("form b (base64 of packed clip/second/timestamp)", detectable=False)
    mid = _match(c)[0]
    b.form([("b", b64(struct.pack("<IIQ", mid, c.rng.randint(5, 400), ms(c)))), ("v", "1")])
    b.no_content()
    return b.build()


def risultati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/risultati?giornata=oggi", device=False)
    b.decoy("live scores with the minute (minuto) of each goal")
    rows = []
    for _ in range(4):
        mid, lega, casa, fuori = _match(c)
        rows.append(
            {
                "id": mid,
                "lega": lega,
                "casa": casa,
                "fuori": fuori,
                "gol": [{"minuto": c.rng.randint(1, 90), "squadra": casa} for _ in range(2)],
            }
        )
    b.ok_json({"partite": rows})
    return b.build()


def classifica(c: Context) -> Flow:
    lega = c.rng.choice(list(SQUADRE))
    b = _b(c, "GET", f"{API}/v2/classifica/{lega.replace(' ', '-').lower()}", device=False)
    b.ok_json(
        {"classifica": [{"squadra": s, "punti": c.rng.randint(10, 60)} for s in SQUADRE[lega]]}
    )
    return b.build()


def highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights?squadra=Cagliari")
    b.decoy("highlight list with total view counts and durations")
    rows = []
    for _ in range(5):
        mid, _, casa, fuori = _match(c)
        rows.append(
            {
                "id": mid,
                "titolo": f"Sintesi {casa}-{fuori}",
                "visualizzazioni": c.rng.randint(10**3, 10**6),
                "durata": c.rng.randint(60, 420),
                "thumb": f"https://img.golisulanu.example/{mid}.jpg",
            }
        )
    b.ok_json({"highlights": rows})
    return b.build()


def calendario(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/calendario?squadra=Palermo", device=False)
    b.decoy("fixtures with kick-off times")
    b.ok_json(
        {
            "partite": [
                {"avversario": s, "data": iso(c)[:10], "ora": "20:30"}
                for s in SQUADRE["Serie B"][1:4]
            ]
        }
    )
    return b.build()
