"""Dhun: a garba / bhajan / Gujarati music and radio app on the mother's vivo Y27
in Rajkot (Navratri week, so mostly garba).

The backend speaks romanized Gujarati (`sambhalyu` = listened, `geet` = song,
`kalakar` = artist, `sambhalya_second` = seconds listened, `taajetar` =
recent, `upkaran` = device, `jaherat_id` = advertising id); the newer listen
endpoint keys its JSON in Gujarati script (ગીત, કલાકાર, સાંભળેલી_સેકન્ડ).
Firebase Analytics carries `song_play` events with `song_name` / `artist` /
`listen_sec` parameters (see gmp.py). Pre-roll audio ads come from the app's
ad server with the advertising id in the query. The radio's now-playing text,
the charts, lyrics, playlists and audio chunks are content fetches; the
"aarti samay" list is a temple timetable.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import gmp
from .phone import FB, dalvik, ist, ms, rid, ua

API = "https://api.dhun-gujarati.example"
ADS = "https://ads.dhun-gujarati.example"
UA = ua("Dhun", "4.1.2", "mummy")
PKG = "in.dhun.gujarati"
GMP_APP = "1:310574468822:android:9b17fe04c2a5d301"
GEET = [
    ("g501", "Pankhida", "પંખીડા", "Falguni Pathak"),
    ("g502", "Dholida", "ઢોલીડા", "Kinjal Dave"),
    ("g503", "Mor Bani Thanghat Kare", "મોર બની થનગાટ કરે", "Aishwarya Majmudar"),
    ("g504", "Ramva Aavo Maadi", "રમવા આવો માડી", "Geeta Rabari"),
    ("g505", "Vaishnav Jan To", "વૈષ્ણવ જન તો", "Praful Dave"),
    ("g506", "Hari No Marag", "હરિનો મારગ", "Hemant Chauhan"),
    ("g507", "Tara Vina Shyam", "તારા વિના શ્યામ", "Osman Mir"),
]
STATIONS = [
    ("r11", "Akashvani Rajkot"),
    ("r12", "Navratri Non-stop Garba"),
    ("r13", "Bhajan Sandhya 24x7"),
    ("r14", "Radio Garvi Gujarat"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "dhun", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    if device:
        b.header("x-dhun-upkaran", b.id("aid_dhun", where="header x-dhun-upkaran"))
    return b


def firebase_installation(c: Context) -> Flow:
    return gmp.installation(c, "firebase", "dhun-gujarati", GMP_APP, PKG, "dhun_fid").build()


def fa_song(c: Context) -> Flow:
    gid, title, _, artist = c.rng.choice(GEET)
    b = gmp.measurement(c, "firebase-analytics", "mummy")
    b.view("protobuf event song_play params song_name / artist / listen_sec")
    events: list[tuple[str, list[gmp.Param]]] = [
        (
            "song_play",
            [
                ("_o", "app"),
                ("song_id", gid),
                ("song_name", title),
                ("artist", artist),
                ("listen_sec", c.rng.randint(20, 420)),
            ],
        ),
        ("_e", [("_o", "auto"), ("_et", c.rng.randint(2000, 90000))]),
    ]
    gmp.bundle(
        b, "mummy", PKG, "4.1.2", GMP_APP, "gu-in", 330, "gaid_mummy", "dhun_app_instance", events
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/upkaran/nondhani")
    b.json(
        {
            "vapraskarta": b.acct("dhun_user"),
            "android_id": b.id("aid_dhun", where="json android_id"),
            "jaherat_id": b.id("gaid_mummy", where="json jaherat_id (Gujarati: advertising id)"),
            "firebase_id": b.id("dhun_fid", where="json firebase_id"),
            "model": "vivo V2249",
            "bhasha": "gu",
            "shaher": "Rajkot",
        }
    )
    b.ok_json({"safal": True})
    return b.build()


def sambhalyu(c: Context) -> Flow:
    gid, title, _guj, artist = c.rng.choice(GEET)
    b = _b(c, "POST", f"{API}/v1/sambhalyu", device=True)
    b.view("json geet_id / geet / kalakar / sambhalya_second (song listened)")
    b.json(
        {
            "geet_id": gid,
            "geet": title,
            "kalakar": artist,
            "sambhalya_second": c.rng.randint(20, 420),
            "stot": c.rng.choice(["playlist", "shodh", "radio", "navratri_special"]),
            "samay": ist(c.now),
        }
    )
    b.no_content()
    return b.build()


def sambhalyu_gujarati(c: Context) -> Flow:
    gid, _, guj, artist = c.rng.choice(GEET)
    b = _b(c, "POST", f"{API}/v2/{quote('સાંભળ્યું')}")  # OkHttp percent-encodes
    b.view("json ગીત / કલાકાર / સાંભળેલી_સેકન્ડ (song listened, Gujarati-script keys)")
    b.json(
        {
            "ગીત_id": gid,
            "ગીત": guj,
            "કલાકાર": artist,
            "સાંભળેલી_સેકન્ડ": c.rng.randint(20, 420),
            "સમય": ist(c.now),
        }
    )
    b.no_content()
    return b.build()


def radio_satra(c: Context) -> Flow:
    sid, name = c.rng.choice(STATIONS)
    b = _b(c, "POST", f"{API}/v1/radio/satra-puru", device=True)
    b.view("json station / sharuat / sambhalya_second (radio session)")
    b.json(
        {
            "station_id": sid,
            "station": name,
            "sharuat": ist(c.now - 1800),
            "sambhalya_second": c.rng.randint(60, 5400),
            "network": c.rng.choice(["wifi", "4g"]),
        }
    )
    b.ok_json({"safal": True})
    return b.build()


def taajetar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vapraskarta/taajetar-sambhalela?maryada=20")
    b.view("response json taajetar[] (recently played)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        gid, _title, guj, artist = c.rng.choice(GEET)
        rows.append({"geet_id": gid, "geet": guj, "kalakar": artist, "kyare": ist(c.now - 3600)})
    b.ok_json({"taajetar": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """The player's batched log: [song, seconds, ts] rows under 'e', gzipped."""
    b = _b(c, "POST", f"{API}/l")
    b.view("gzip json e[] positional rows", detectable=False)
    rows = [
        [int(c.rng.choice(GEET)[0][1:]), c.rng.randint(20, 420), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"e": rows, "s": 2}, "gzip")
    b.no_content()
    return b.build()


def ad_request(c: Context) -> Flow:
    b = FB(c, "dhun-ads", "GET", f"{ADS}/v2/audio/preroll")
    b.header("user-agent", dalvik("mummy"))
    b.param("app", PKG)
    b.param("slot", "preroll_15s")
    b.param("genre", c.rng.choice(["garba", "bhajan", "lokgeet"]))
    b.param("advertising_id", b.id("gaid_mummy", where="query advertising_id"))
    b.param("lmt", "0")
    b.param("lang", "gu")
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.respond(
        200,
        "application/xml",
        f'<VAST version="4.0"><Ad id="{c.rng.randint(1000, 9999)}"><InLine><AdTitle>'
        "Navratri Sale</AdTitle></InLine></Ad></VAST>".encode(),
    )
    return b.build()


def playlist_opaque(c: Context) -> Flow:
    """The playlist fetch signs with an MD5 of the ANDROID_ID under 'h'."""
    b = _b(c, "GET", f"{API}/v1/playlist/navratri-special")
    b.param("h", b.id("aid_dhun", "md5", "query h", detectable=False))
    b.ok_json(
        {
            "shirshak": "નવરાત્રી સ્પેશિયલ",
            "geeto": [{"geet_id": g, "geet": guj} for g, _t, guj, _a in GEET[:4]],
        }
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    sid, name = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v1/radio/{sid}/haal-vagtu")
    b.decoy("station's now-playing metadata (broadcast content, not a listen)")
    _gid, _title, guj, artist = c.rng.choice(GEET)
    b.ok_json({"station": name, "geet": guj, "kalakar": artist, "sharu": ist(c.now - 60)})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top-garba?saptah=41")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "charts": [
                {"kram": i + 1, "geet": guj, "kalakar": a, "plays": c.rng.randint(10**4, 10**6)}
                for i, (_g, _t, guj, a) in enumerate(GEET)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    gid, _, guj, _ = c.rng.choice(GEET)
    b = _b(c, "GET", f"{API}/v1/geet/{gid}/shabdo")
    b.ok_json({"geet": guj, "shabdo": ["પંખીડા તું ઉડીને જાજે પાવાગઢ રે", "..."], "samay": [0, 12]})
    return b.build()


def aarti_samay(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bhakti/aarti-samay?mandir=chotila")
    b.decoy("temple aarti timetable (a schedule, not a listen)")
    b.ok_json(
        {
            "mandir": "ચોટીલા ચામુંડા માતાજી",
            "aarti": [
                {"naam": "મંગળા આરતી", "samay": "05:30"},
                {"naam": "સંધ્યા આરતી", "samay": "19:15"},
            ],
            "live_stream": True,
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(STATIONS)[0]
    b = FB(
        c,
        "dhun",
        "GET",
        f"https://stream.dhun-gujarati.example/live/{sid}/chunk_{c.rng.randint(1, 99999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(360)))
    return b.build()


def ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ping?t={ms(c)}")
    b.decoy("request id")
    b.ok_json({"ok": True, "request_id": rid(c.rng)})
    return b.build()
