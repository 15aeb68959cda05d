"""PhteahTV: the IPTV box of a fictional Cambodian ISP (NetKampuchea) in the
father's flat in Phnom Penh, an Android set-top box with Wi-Fi and Ethernet MACs.

The box logs in with both MACs, its serial and the portal's STB id, polls a
heartbeat with the MAC and serial in the query, and reports what is watched:
live channel sessions (`posti`, `kamvithi` = programme, `vinati`), VOD progress,
and a QoS probe whose `d` is base64 of "channel|seconds|ts" with an MD5 of the
MAC (no separators) as `m`. The EPG, channel list, VOD catalogue and firmware
check are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

API = "https://stb.phteahtv.example"
UA = "PhteahTV-STB/4.2.7 (Linux; Android 9; NK-B860H)"
POSTI = [
    ("101", "TVK"),
    ("104", "CTN"),
    ("105", "MyTV"),
    ("108", "Bayon TV"),
    ("112", "Hang Meas HDTV"),
    ("120", "PNN"),
    ("140", "Thai PBS"),
]
KAMVITHI = ["ព័ត៌មានពេលល្ងាច", "កំប្លែងកម្ពុជា", "ល្ខោនខោល", "Kun Khmer Live", "ម្ហូបខ្មែរ"]
VOD = [("v7711", "ព្រេងនិទានខ្មែរ"), ("v7720", "ក្រមុំសម្លៀកបំពាក់ខៀវ"), ("v7734", "Angkor Awaken")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "phteahtv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/auth")
    b.json(
        {
            "account": b.acct("box_account"),
            "mac": b.id("box_mac", where="json mac"),
            "eth_mac": b.id("box_eth_mac", where="json eth_mac"),
            "sn": b.id("box_serial", where="json sn"),
            "stb_id": b.id("box_stb_id", where="json stb_id"),
            "firmware": "NK-B860H_V4.2.7",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "expires": 86400})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/heartbeat")
    b.param("mac", b.id("box_mac", where="query mac"))
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("t", str(ms(c)))
    b.ok_json({"ok": True, "msg": []})
    return b.build()


def play_log(c: Context) -> Flow:
    num, name = c.rng.choice(POSTI)
    b = _b(c, "POST", f"{API}/stb/v2/log/meul")
    b.view("json posti/kamvithi/vinati (live channel session)")
    b.json(
        {
            "stb_id": b.id("box_stb_id", where="json stb_id"),
            "posti": num,
            "chhmoh_posti": name,
            "kamvithi": c.rng.choice(KAMVITHI),
            "chab_pdaem": iso(c),
            "vinati": c.rng.randint(60, 5400),
        }
    )
    b.no_content()
    return b.build()


def vod_progress(c: Context) -> Flow:
    vid, title = c.rng.choice(VOD)
    b = _b(c, "POST", f"{API}/stb/v2/vod/progress")
    b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    b.view("json vod_id/vinati (VOD position)")
    b.json({"vod_id": vid, "chhmoh": title, "vinati": c.rng.randint(30, 6000), "pel": iso(c)})
    b.no_content()
    return b.build()


def qos_opaque(c: Context) -> Flow:
    num, _ = c.rng.choice(POSTI)
    d = b64(f"{num}|{c.rng.randint(30, 3600)}|{ms(c)}")
    b = _b(c, "GET", f"{API}/q")
    b.view("query d (base64 channel|seconds|ts)", detectable=False)
    b.param("d", d)
    b.param("m", b.id("box_mac", "md5_of_nosep", "query m", detectable=False))
    b.respond(204, None)
    return b.build()


def epg(c: Context) -> Flow:
    num, _ = c.rng.choice(POSTI)
    b = _b(c, "GET", f"{API}/stb/v2/epg?" + urlencode({"posti": num, "thngai": iso(c)[:10]}))
    b.decoy("EPG programme times and durations (content fetch)")
    b.ok_json(
        {
            "kamvithi": [
                {"chhmoh": k, "chab_pdaem": iso(c), "ryea_pel": c.rng.choice([30, 60, 90])}
                for k in KAMVITHI
            ]
        }
    )
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/posti?kanhchab=basic")
    b.ok_json(
        {
            "posti": [
                {"lekh": n, "chhmoh": name, "url": f"https://live.phteahtv.example/{n}/index.m3u8"}
                for n, name in POSTI
            ]
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/vod?prophet=kon&tumpor=1")
    b.decoy("VOD catalogue with durations (content fetch)")
    b.ok_json(
        {"vod": [{"vod_id": v, "chhmoh": t, "ryea_pel": c.rng.randint(3000, 7000)} for v, t in VOD]}
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/check?model=NK-B860H&build=4.2.7")
    b.decoy("firmware build number and commit hash")
    b.ok_json({"update": False, "latest": "4.2.7", "commit": new_hex(c.rng, 40), "req": rid(c.rng)})
    return b.build()
