"""Lakdasuna TV: a Sri Lankan channel's app (Sinhala teledramas, news, live TV)
on the phone and on the Xiaomi TV box, written by a Colombo team in Singlish
and Sinhala script.

Live-channel tuning logs (`nalika_maru`, channel changes with how long each
channel was on) and teledrama watch progress (`නැරඹූ_තත්පර`, seconds watched)
are viewing history; the box's tuning log goes out as protobuf with numbered
fields only (not detectable). The programme guide (`wadasatahan`), the news
feed and the "most watched" chart are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import BOX_UA, FB, iso, ms, ua

API = "https://api.lakdasuna.example"
UA = ua("LakdasunaTV", "6.1.0")
CHANNELS = ["LKD-1", "LKD-Sports", "Lakdasuna Tamil", "LKD-News 24"]
DRAMAS = [
    ("hiru-eliya", "හිරු එළිය"),
    ("sihinayaka", "සිහිනයක"),
    ("ammai-thaththai", "අම්මයි තාත්තයි"),
    ("kolamba-kathawa", "කොළඹ කතාව"),
]


def _b(c: Context, method: str, url: str, box: bool = False) -> FB:
    b = FB(c, "lakdasuna", method, url)
    b.header("user-agent", BOX_UA if box else UA)
    if box:
        b.header("x-upakarana-id", b.id("aid_box", where="header x-upakarana-id (device, Sinhala)"))
    else:
        b.header("x-upakarana-id", b.id("aid_lak", where="header x-upakarana-id (device, Sinhala)"))
    return b


def nalika_maru(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/live/nalika-maru")
    b.view("json nalika_maru[] channel + narabu_tathpara (live tuning log)")
    log = [
        {
            "nalikawa": c.rng.choice(CHANNELS),
            "arambha": iso(c),
            "narabu_tathpara": c.rng.randint(20, 3600),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"nalika_maru": log, "sthanaya": "LK"})
    b.no_content()
    return b.build()


def natya_progress(c: Context) -> Flow:
    slug, name = c.rng.choice(DRAMAS)
    b = _b(c, "PUT", f"{API}/api/v2/narabuma/{slug}")
    b.view("json නැරඹූ_තත්පර / කථාංගය (teledrama episode seconds watched)")
    b.json(
        {
            "නාට්‍යය": name,
            "කථාංගය": c.rng.randint(1, 320),
            "නැරඹූ_තත්පර": c.rng.randint(30, 1500),
            "මුළු_තත්පර": 1560,
            "kalaya": ms(c),
        }
    )
    b.no_content()
    return b.build()


def box_tuning_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tv/v1/lg", box=True)
    b.view(
        "protobuf numbered fields: channel, start, seconds (TV box live tuning)", detectable=False
    )
    rows = [
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(CHANNELS)),
                pb_varint(2, ms(c)),
                pb_varint(3, c.rng.randint(30, 5400)),
            ],
        )
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tv/v1/upakarana/liyapadinchi", box=True)
    mac = b.id("box_mac", where="json wifi_mac (TV box)")
    serial = b.id("box_serial", where="json anukramika_anka (serial, Sinhala)")
    b.json({"wifi_mac": mac, "anukramika_anka": serial, "model": "MIBOX4", "os": "Android 9"})
    b.ok_json({"liyapadinchi": True})
    return b.build()


def wadasatahan(c: Context) -> Flow:
    b = FB(c, "lakdasuna", "GET", f"{API}/api/v2/wadasatahan?nalikawa=LKD-1&dinaya=today")
    b.header("user-agent", UA)
    b.decoy("programme guide with start times and durations (schedule, not viewing)")
    slots = [{"arambha": iso(c), "wadasatahana": n, "kalaya_min": 30} for _s, n in DRAMAS]
    b.ok_json({"wadasatahan": slots})
    return b.build()


def jana_priya(c: Context) -> Flow:
    b = FB(c, "lakdasuna", "GET", f"{API}/api/v2/wadima-narabu")
    b.header("user-agent", UA)
    b.decoy("most-watched chart: total viewers per drama (aggregate over everyone)")
    b.ok_json(
        {
            "wadima_narabu": [
                {"id": s, "narabu_sankhyawa": c.rng.randint(1000, 99000)} for s, _n in DRAMAS
            ]
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = FB(c, "lakdasuna", "GET", f"{API}/api/v2/puwath?bhasha=si&page=1")
    b.header("user-agent", UA)
    b.ok_json({"puwath": [{"sirasa": "කොළඹ වැසි: ගංවතුර අනතුරු ඇඟවීමක්", "kalaya": iso(c)}]})
    return b.build()


def live_manifest(c: Context) -> Flow:
    ch = c.rng.choice(["lkd1", "lkdsports", "lkdtamil"])
    b = FB(c, "lakdasuna", "GET", f"https://live.lakdasuna.example/{ch}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live stream manifest (fetching a stream is not a tuning report)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:88120\n#EXTINF:6.0,\nseg88120.ts\n",
    )
    return b.build()


def push_register(c: Context) -> Flow:
    """Push registration written with Sinhala-script keys (උපාංග = device)."""
    b = FB(c, "lakdasuna", "POST", f"{API}/api/v2/danumdeem/liyapadinchi")
    b.header("user-agent", UA)
    aid = b.id("aid_lak", where="json උපාංග_අංකය (device number, Sinhala)")
    inst = b.id("lak_install", where="json sthapana_id (app-made install id)")
    b.json(
        {
            "උපාංග_අංකය": aid,
            "sthapana_id": inst,
            "bhashawa": "si",
            "fcm": "e" + str(ms(c)) + ":APA91b-token",
        }
    )
    b.ok_json({"liyapadinchi": True})
    return b.build()
