"""Hanul tv (한울 tv): the IPTV set-top box the family leases from its telco.

The box reports channel zapping (channel number, name, in/out times) and VOD
watching (romanised keys: `sicheongSigan`, 시청시간 = watch time; `majimakWichi`,
마지막위치 = last position): the household's viewing history. The box itself is the telco's
equipment, rented with the subscription (임대): its MAC and serial identify
the telco's device, not one the tester owns, and the SAID is the subscription
account; they are sent unlabelled as device ids and noted as decoys. EPG, VOD
catalogue and firmware checks are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, kst14, ms, rf

API = "https://stb.hanultv.example"
UA = "HanulSTB/UHD4 (Android TV 12; KSTB6077)"
CHANNELS = [
    (7, "KBS2"),
    (9, "KBS1"),
    (11, "MBC"),
    (5, "SBS"),
    (15, "JTBC"),
    (17, "tvN"),
    (60, "SPOTV"),
]
VODS = [("M0419822", "파묘"), ("M0421177", "범죄도시4"), ("S0033910", "정년이 5회")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hanul-stb", method, url)
    b.header("user-agent", UA)
    return b


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/log/zap")
    b.view("json zapList[] chNo / chNm / inDt / outDt (channel tuning log)")
    b.decoy(
        "stbMac / stbSn: the telco's leased set-top box (rented, not the tester's device); "
        "said: subscription account"
    )
    zaps = []
    for _ in range(c.rng.randint(2, 8)):
        no, name = c.rng.choice(CHANNELS)
        zaps.append({"chNo": no, "chNm": name, "inDt": kst14(c), "outDt": kst14(c)})
    b.json(
        {
            "said": b.acct("stb_said"),
            "stbMac": b.acct("stb_mac"),
            "stbSn": b.acct("stb_serial"),
            "zapList": zaps,
        }
    )
    b.ok_json({"result": "0000"})
    return b.build()


def vod_watch(c: Context) -> Flow:
    vid, title = c.rng.choice(VODS)
    b = _b(c, "POST", f"{API}/stb/v2/log/vod")
    b.view("json vodId + sicheongSigan / majimakWichi (VOD watch time / last position)")
    b.decoy("said: subscription account of the household (not a device id)")
    b.json(
        {
            "said": b.acct("stb_said"),
            "vodId": vid,
            "vodNm": title,
            "sicheongSigan": c.rng.randint(60, 7200),
            "majimakWichi": c.rng.randint(60, 7200),
            "strtDt": kst14(c),
        }
    )
    b.ok_json({"result": "0000"})
    return b.build()


def zap_packed(c: Context) -> Flow:
    """Firmware 3.x: packed (channel u16, epoch s u32, seconds u16) rows, hex under `p`."""
    b = _b(c, "GET", f"{API}/l")
    b.view("query p (hex of packed channel/time/seconds rows)", detectable=False)
    rows = b"".join(
        struct.pack(">HIH", c.rng.choice(CHANNELS)[0], int(c.now) + i * 60, c.rng.randint(10, 3000))
        for i in range(c.rng.randint(2, 6))
    )
    b.param("p", rows.hex())
    b.param("s", "3")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    no, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/epg/v1/ch/{no}?date=20241109")
    b.decoy("programme guide with start times and durations (a schedule)")
    b.ok_json(
        {
            "chNo": no,
            "chNm": name,
            "progs": [
                {"title": t, "strtDt": kst14(c), "durMin": 60} for t in ("뉴스", "드라마", "예능")
            ],
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/vod/v1/menu/movie?sort=popular")
    b.decoy("VOD catalogue with prices and purchase counts over all subscribers")
    b.ok_json(
        {
            "list": [
                {"vodId": v, "vodNm": t, "price": 11000, "buyCnt": c.rng.randint(100, 90000)}
                for v, t in VODS
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fw/v1/check")
    b.decoy("firmware check with the leased box's serial (telco equipment, not the tester's)")
    b.param("sn", b.acct("stb_serial"))
    b.param("ver", "4.2.17")
    b.ok_json({"update": False, "md5": new_hex(c.rng, 32), "ts": ms(c), "load": rf(c.rng, 0, 1, 2)})
    return b.build()
