"""Arena Live: a football and handball live app (Prva liga, the handball EHF
Champions League with Vardar 1961 and Eurofarm Pelister, the Slovenian
PrvaLiga and RK Celje) on the grandfather's Galaxy A34 in Ohrid.

Engagement goes to CleverTap (EU region `eu1.clevertap-prod.com/a1`, query
`os`, `t` SDK version, `z` account id, `ts`; the body a JSON array whose first
element is the `meta` header with the SDK's device id `g` ("__" + 32 hex) and
the `af` app fields including `GoogleAdID`, followed by `event` / `profile`
records with `evtName` / `evtData`). The app's backend gets stream heartbeats
in Macedonian Latin transliteration (`natprevar`, `gledano_sekundi`,
`prenos`); a stats build packs match / second / timestamp as three uint32/64
in base64 under `b`, with the ANDROID_ID md5-hashed in a one-letter header.
Live scores, the minute of each goal, standings and the view counts of
highlights are nobody's viewing history.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.arenalive.example"
CT_ACCOUNT = "W8R-5K6-ZZ7Z"
UA = ua("ArenaLive", "2.4.0", "dedo")
TIMOVI = {
    "Фудбал": ["Вардар", "Шкендија", "Работнички", "Струга", "Академија Пандев", "Брера"],
    "Ракомет": ["Вардар 1961", "Еурофарм Пелистер", "Алкалоид", "Металург", "Celje PL"],
}


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "arenalive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-ured-id", b.id("aid_arena", where="header x-ured-id"))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    sport = c.rng.choice(list(TIMOVI))
    home, away = c.rng.sample(TIMOVI[sport], 2)
    return c.rng.randint(70000, 79999), sport, home, away


def _ct(c: Context, records: list[dict[str, object]]) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        "https://eu1.clevertap-prod.com/a1",
        [("os", "Android"), ("t", "60200"), ("z", CT_ACCOUNT), ("ts", str(int(c.now)))],
    )
    b.header("user-agent", dalvik("dedo"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a12-4b6")
    meta = {
        "g": b.id("arena_ct_guid", where="json [0].g (CleverTap device id)", detectable=False),
        "type": "meta",
        "af": {
            "Build": "240",
            "Version": "2.4.0",
            "OS Version": "13",
            "SDK Version": 60200,
            "Make": "samsung",
            "Model": "SM-A346B",
            "Carrier": "A1 MK",
            "useIP": False,
            "OS": "Android",
            "wdt": 2.66,
            "hgt": 5.92,
            "dpi": 450,
            "dt": 1,
            "GoogleAdID": b.id("gaid_dedo", where="json [0].af.GoogleAdID"),
            "GoogleAPIAvailable": True,
            "lib": "Android",
            "cc": "mk",
            "nt": "WiFi",
            "locale": "mk_MK",
        },
        "id": CT_ACCOUNT,
        "tk": "a12-4b6",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 40,
        "ct_pi": "Identity,Email",
        "ddnd": False,
        "rtl": [],
        "frs": False,
        "debug": False,
    }
    base = {"s": int(c.now) - 600, "pg": c.rng.randint(1, 20), "f": False, "lsl": 0}
    body = [meta] + [{**base, "ep": int(c.now), **r} for r in records]
    b.json(body)
    b.ok_json({"arp": {"j": c.rng.randint(10**8, 10**9), "i": int(c.now)}, "inapp_notifs": []})
    return b


def clevertap_launch(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {"evtName": "App Launched", "type": "event", "evtData": {"Launch Mode": "cold"}},
            {
                "type": "profile",
                "profile": {"Identity": c.phone.arena_user, "Jazik": "mk", "Grad": "Охрид"},
            },
        ],
    )
    b.decoy("account Identity and city in the profile push")
    return b.build()


def clevertap_follow(c: Context) -> Flow:
    sport = c.rng.choice(list(TIMOVI))
    b = _ct(
        c,
        [
            {
                "evtName": "Team Followed",
                "type": "event",
                "evtData": {"Sport": sport, "Team": c.rng.choice(TIMOVI[sport])},
            }
        ],
    )
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    mid, sport, home, away = _match(c)
    records = [
        {
            "evtName": "Stream Watched",
            "type": "event",
            "evtData": {
                "Match ID": mid,
                "Match": f"{home} - {away}",
                "Sport": sport,
                "Seconds Watched": c.rng.randint(60, 5400),
                "Live": True,
                "Quality": c.rng.choice(["720p", "1080p"]),
            },
        }
    ]
    b = _ct(c, records)
    b.view("json [1].evtName=Stream Watched + evtData Match/Seconds Watched")
    return b.build()


def prenos_utrinok(c: Context) -> Flow:
    mid, sport, home, away = _match(c)
    b = _b(c, "POST", f"{API}/api/v2/prenos/heartbeat")
    b.view("json natprevar_id + gledano_sekundi (live stream heartbeat)")
    b.json(
        {
            "natprevar_id": mid,
            "natprevar": f"{home} - {away}",
            "sport": sport,
            "gledano_sekundi": c.rng.randint(30, 5400),
            "vo_zivo": True,
            "vreme": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_gledano(c: Context) -> Flow:
    mid, _sport, home, away = _match(c)
    b = _b(c, "POST", f"{API}/api/v2/video/gledano")
    b.view("json video_id + procent_gledano (highlight watched)")
    b.json(
        {
            "video_id": f"hl{mid}",
            "naslov": f"Голови: {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "procent_gledano": c.rng.choice([25, 50, 90, 100]),
            "vremetraenje": c.rng.randint(60, 400),
        }
    )
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    """Packed stats: <match u32, seconds u32, ts u64> in base64 under 'b'."""
    b = _b(c, "POST", f"{API}/api/v2/s", device=False)
    b.header("x-h", b.id("aid_arena", "md5", "header x-h", detectable=False))
    b.view("json b (base64 of packed match/seconds/ts)", detectable=False)
    packed = struct.pack("<IIQ", _match(c)[0], c.rng.randint(30, 5400), ms(c))
    b.json({"b": b64(packed), "n": 1})
    b.no_content()
    return b.build()


def rezultati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/natprevari/vo-zivo", device=False)
    b.decoy("live scores and match minutes (not viewing)")
    rows = []
    for _ in range(4):
        mid, sport, home, away = _match(c)
        rows.append(
            {
                "id": mid,
                "sport": sport,
                "domakin": home,
                "gostin": away,
                "rezultat": f"{c.rng.randint(0, 35)}:{c.rng.randint(0, 35)}",
                "minuta": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"natprevari": rows})
    return b.build()


def nastani(c: Context) -> Flow:
    mid, _sport, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/api/v2/natprevari/{mid}/nastani", device=False)
    b.decoy("goal / card minutes of a match (content)")
    b.ok_json(
        {
            "nastani": [
                {
                    "tip": c.rng.choice(["gol", "zolt_karton", "iskluchuvanje"]),
                    "minuta": c.rng.randint(1, 60),
                    "tim": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def tabela(c: Context) -> Flow:
    sport = c.rng.choice(list(TIMOVI))
    b = _b(
        c,
        "GET",
        f"{API}/api/v2/tabela?sport={'fudbal' if sport == 'Фудбал' else 'rakomet'}",
        device=False,
    )
    b.ok_json(
        {
            "tabela": [
                {"tim": t, "bodovi": c.rng.randint(4, 50), "igrani": 18} for t in TIMOVI[sport]
            ]
        }
    )
    return b.build()


def highlights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/video/najnovi?strana=1", device=False)
    b.decoy("highlight list with view counts (pregledi) and durations")
    b.ok_json(
        {
            "video": [
                {
                    "video_id": f"hl{_match(c)[0]}",
                    "vremetraenje": c.rng.randint(60, 400),
                    "pregledi": c.rng.randint(300, 80000),
                    "thumb": f"https://img.arenalive.example/{new_hex(c.rng, 12)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
