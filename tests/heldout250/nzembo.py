"""Nzembo Play: rumba, ndombolo and gospel music with Congolese radio stations
(the mother's Tecno Camon 20 in Lubumbashi; `nzembo` is Lingala for song).

The backend mixes Lingala (`eyoki` = has heard, `ntango` = time, `molai` =
length, `mokolo` = day, `moyembi` = singer) with the Swahili of Lubumbashi for
the radio part (`sikiliza` = listen, `kituo` = station, `muda` = duration,
`anza` = start). Plays and radio sessions are reported to it, and the
"déjà écoutés" list comes back from it.

Engagement goes to CleverTap (`/a1` batches: a `meta` header whose `af` block
carries `GoogleAdID`, and `g`, CleverTap's own id as `__` + 32 hex; then
events with `evtName` / `evtData`). An older player module posts gzipped rows
of numbers with the ANDROID_ID in base64 under a one-letter header.

The now-playing text of a station, the weekly chart with play counts, lyrics,
the concert agenda and the audio chunks are content, not anyone's listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.nzemboplay.example"
UA = ua("NzemboPlay", "5.2.3", "maman")
CT_ACCOUNT = "W8K-5R4-9Z7Z"
NZEMBO = [
    ("nz_101", "Fally Ipupa", "Eloko Oyo", 262),
    ("nz_102", "Koffi Olomidé", "Loi", 331),
    ("nz_103", "Werrason", "Kibuisa Mpimpa", 402),
    ("nz_104", "Ferre Gola", "Kokoro", 288),
    ("nz_105", "Innoss'B", "Yo Pe", 196),
    ("nz_106", "Franco & le TPOK Jazz", "Mario", 1020),
    ("nz_107", "Dena Mwana", "Souffle", 415),
    ("nz_108", "Moïse Mbiye", "Tango Na Ye", 372),
]
VITUO = ["Top Congo FM", "Radio Okapi", "RTNC Radio", "Radio Maria Lubumbashi", "Mwangaza FM"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nzemboplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(NZEMBO)


def sajili(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kifaa/sajili")
    b.json(
        {
            "androidId": b.id("aid_nzembo", where="json androidId"),
            "adId": b.id("gaid_maman", where="json adId"),
            "mtumiaji": b.acct("nzembo_user"),
            "modeli": "TECNO CK7n",
            "lugha": "fr",
            "nchi": "CD",
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def eyoki(c: Context) -> Flow:
    nid, moyembi, kombo, molai = _song(c)
    b = _b(c, "POST", f"{API}/v2/nzembo/eyoki")
    b.view("json nzembo{id,kombo,moyembi} + ntangoEyoki (song listened)")
    b.json(
        {
            "nzembo": {"id": nid, "kombo": kombo, "moyembi": moyembi},
            "ntangoEyoki": c.rng.randint(20, molai),
            "molai": molai,
            "mokolo": iso(c),
            "esika": c.rng.choice(["playlist", "album", "boluki"]),
        }
    )
    b.no_content()
    return b.build()


def sikiliza_redio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/redio/sikiliza")
    b.view("json kituo + muda (radio station listened, seconds)")
    b.json(
        {
            "kituo": c.rng.choice(VITUO),
            "muda": c.rng.choice([300, 600, 900, 1800]),
            "anza": iso(c),
            "mtandao": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def biyokeli(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ngai/eyoki?mikolo=7")
    b.view("response json eyoki[] (songs listened this week)", direction="response")
    rows = []
    for _ in range(c.rng.randint(4, 8)):
        nid, moyembi, kombo, _molai = _song(c)
        rows.append({"id": nid, "kombo": kombo, "moyembi": moyembi, "mokolo": iso(c)})
    b.ok_json({"eyoki": rows})
    return b.build()


def rows_opaque(c: Context) -> Flow:
    """The old player module: gzipped rows [song number, seconds, ts]; 'x-a' = base64 ANDROID_ID."""
    b = _b(c, "POST", f"{API}/x/b")
    b.header("x-a", b.id("aid_nzembo", "b64", "header x-a", detectable=False))
    b.view("json e[] rows of numbers", detectable=False)
    rows = [
        [int(_song(c)[0][3:]), c.rng.randint(20, 400), ms(c)] for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"e": rows, "k": 2}, "gzip")
    b.no_content()
    return b.build()


def _ct(c: Context) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        "https://eu1.clevertap-prod.com/a1",
        [("os", "Android"), ("t", "60602"), ("z", CT_ACCOUNT), ("ts", str(int(c.now)))],
    )
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a21-b4c")
    b.header("user-agent", UA)
    return b


def _ct_meta(b: FB, c: Context) -> dict[str, object]:
    return {
        "type": "meta",
        "af": {
            "Build": "523",
            "Version": "5.2.3",
            "OS Version": "13",
            "SDK Version": 60602,
            "Make": "TECNO MOBILE LIMITED",
            "Model": "TECNO CK7n",
            "Carrier": "Vodacom CD",
            "useIP": False,
            "OS": "Android",
            "wdt": 2.72,
            "hgt": 6.05,
            "dpi": 400,
            "dt": 1,
            "GoogleAdID": b.id("gaid_maman", where="json [0].af.GoogleAdID"),
        },
        "g": b.id("nzembo_ct_guid", where="json [0].g", detectable=False),
        "tk": "a21-b4c",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 40,
        "id": CT_ACCOUNT,
        "ddnd": False,
        "frs": False,
    }


def clevertap_played(c: Context) -> Flow:
    nid, moyembi, kombo, molai = _song(c)
    b = _ct(c)
    b.view("json evtName Nzembo Eyoki + evtData Song / Artist / Seconds")
    b.json(
        [
            _ct_meta(b, c),
            {
                "s": int(c.now) - 600,
                "pg": c.rng.randint(1, 9),
                "type": "event",
                "ep": int(c.now),
                "f": False,
                "lsl": 0,
                "evtName": "Nzembo Eyoki",
                "evtData": {
                    "Song": kombo,
                    "Artist": moyembi,
                    "Song ID": nid,
                    "Seconds Listened": c.rng.randint(30, molai),
                },
            },
        ]
    )
    b.ok_json({})
    return b.build()


def clevertap_launch(c: Context) -> Flow:
    b = _ct(c)
    b.json(
        [
            _ct_meta(b, c),
            {
                "s": int(c.now),
                "pg": 1,
                "type": "event",
                "ep": int(c.now),
                "f": False,
                "lsl": 0,
                "evtName": "App Launched",
                "evtData": {"Build": "523", "Version": "5.2.3", "Carrier": "Vodacom CD"},
            },
        ]
    )
    b.ok_json({})
    return b.build()


def ezali_kobeta(c: Context) -> Flow:
    kituo = c.rng.choice(VITUO)
    b = _b(c, "GET", f"{API}/v2/redio/sasa?kituo={kituo.replace(' ', '+')}")
    b.decoy("station now-playing metadata (content)")
    _nid, moyembi, kombo, molai = _song(c)
    b.ok_json(
        {
            "kituo": kituo,
            "ezaliKobeta": {"kombo": kombo, "moyembi": moyembi, "molai": molai},
            "emisyo": c.rng.choice(["Rumba Bakolo", "Gospel ya Tongo", "Sango ya Midi"]),
        }
    )
    return b.build()


def top_ya_mposo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chati/top20?mji=lubumbashi")
    b.decoy("weekly chart with aggregate play counts")
    b.ok_json(
        {
            "chati": [
                {"nafasi": i + 1, "kombo": k, "moyembi": m, "mbala": c.rng.randint(2000, 90000)}
                for i, (_, m, k, _) in enumerate(NZEMBO)
            ]
        }
    )
    return b.build()


def maloba(c: Context) -> Flow:
    nid, moyembi, kombo, _ = _song(c)
    b = _b(c, "GET", f"{API}/v2/nzembo/{nid}/maloba")
    b.decoy("lyrics with line timings (content)")
    b.ok_json(
        {
            "kombo": kombo,
            "moyembi": moyembi,
            "milongo": [{"ntango": i * 4.5, "text": "Lalala..."} for i in range(6)],
        }
    )
    return b.build()


def bamasano(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/agenda/concerts?mji=lubumbashi")
    b.decoy("concert agenda with dates and durations")
    b.ok_json(
        {
            "concerts": [
                {"moyembi": "Fally Ipupa", "esika": "Stade TP Mazembe", "mokolo": "2024-12-21",
                 "ntangoMinutes": 180, "prix": 20},
                {"moyembi": "Dena Mwana", "esika": "Cathédrale Saints-Pierre-et-Paul",
                 "mokolo": "2024-12-24", "ntangoMinutes": 120, "prix": 0},
            ]
        }
    )  # fmt: skip
    return b.build()


def audio_chunk(c: Context) -> Flow:
    nid = _song(c)[0]
    b = FB(
        c,
        "nzemboplay",
        "GET",
        f"https://cdn.nzemboplay.example/a/{nid}/128k/{c.rng.randint(0, 40):03d}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def stream_redio(c: Context) -> Flow:
    kituo = c.rng.choice(VITUO).lower().replace(" ", "-")
    b = FB(c, "nzemboplay", "GET", f"https://redio.nzemboplay.example/live/{kituo}/chunk.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.decoy("live radio stream chunk (content fetch)")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
