"""The living-room TV and the IPTV set-top box (both the family's own).

The smart TV's ACR client reports matched programmes (`acr/v3/sicheong`); the
IPTV box logs channel tuning in the operator's McCune-Reischauer-era keys
(`ch'aenol`, `shichong`) and, on older firmware, as compact pipe rows under `L`.
The EPG and the operator's "ratings" (audience share, aggregate) are not history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, iso, kst, ms, rid

ACR = "https://acr.hanbit-tv.example"
TVAPI = "https://api.hanbit-tv.example"
STB = "https://stb-log.gaon-iptv.example"
TVUA = "HanbitTV/7.2 (Tizen-like; HB65QN90)"
STBUA = "GaonSTB/3.4.1 (KT-G3400; Android TV 11)"
CHANNELS = ["KBS1", "KBS2", "MBC", "SBS", "JTBC", "tvN", "EBS", "YTN"]
SHOWS = ["뉴스9", "1박2일", "나 혼자 산다", "런닝맨", "열혈사제2", "세상에 나쁜 개는 없다"]


def acr_report(c: Context) -> Flow:
    b = builder(c, "hanbit-acr", "POST", f"{ACR}/acr/v3/sicheong", TVUA)
    b.view("json maechingGyeolgwa[] (ACR matched programme, channel, seconds)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid (TV platform id)"),
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "maechingGyeolgwa": [
                {
                    "chaeneol": c.rng.choice(CHANNELS),
                    "peurogeuraem": c.rng.choice(SHOWS),
                    "sijakSigak": kst(c),
                    "sicheongCho": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def stb_tuning(c: Context) -> Flow:
    b = builder(c, "gaon-stb", "POST", f"{STB}/v1/tuning-log", STBUA)
    b.view("json shichongLog[] (channel tuning log, McCune-Reischauer keys)")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "shichongLog": [
                {
                    "ch'aenol": c.rng.randint(1, 300),
                    "chaenolMyong": c.rng.choice(CHANNELS),
                    "shijak": kst(c),
                    "shichongShigan": c.rng.randint(10, 5400),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.ok_json({"resultCode": "0000"})
    return b.build()


def stb_rows_opaque(c: Context) -> Flow:
    """Old firmware: pipe-separated rows under `L`, MAC without separators under `m`."""
    b = builder(c, "gaon-stb", "POST", f"{STB}/l", STBUA)
    b.view("form L pipe rows (channel|start|seconds), nothing names them", detectable=False)
    rows = ";".join(
        f"{c.rng.randint(1, 300)}|{ms(c) // 1000}|{c.rng.randint(10, 5400)}" for _ in range(4)
    )
    b.form([("m", b.id("stb_mac", "nosep", "form m (MAC, no separators)", False)), ("L", rows)])
    b.no_content()
    return b.build()


def stb_vod_history(c: Context) -> Flow:
    b = builder(c, "gaon-stb", "GET", f"{STB}/v1/vod/{quote('최근시청')}?limit=10", STBUA)
    b.view("response json 최근시청목록 (recently watched VOD)", direction="response")
    b.ok_json(
        {
            "최근시청목록": [
                {"제목": s, "시청일시": kst(c), "이어보기초": c.rng.randint(0, 3000)}
                for s in c.rng.sample(SHOWS, 4)
            ]
        }
    )
    return b.build()


def tv_register(c: Context) -> Flow:
    b = builder(c, "hanbit-tv", "POST", f"{TVAPI}/v1/device/deungrok", TVUA)
    b.json(
        {
            "danmalMac": b.id("tv_mac", "upper", "json danmalMac (TV MAC)"),
            "psid": b.id("tv_psid", where="json psid"),
            "modelMyeong": "HB65QN90",
            "jiyeok": "KR-11",
        }
    )
    b.ok_json({"deungrokId": rid(c.rng)})
    b.decoy("registration id uuid is a server record id, not the TV")
    return b.build()


def stb_boot(c: Context) -> Flow:
    b = builder(c, "gaon-stb", "GET", f"{STB}/v1/boot", STBUA)
    b.param("mac", b.id("stb_mac", where="query mac"))
    b.param("sn", b.id("stb_serial", where="query sn"))
    b.param("fw", "3.4.1")
    b.ok_json({"ntp": "time.gaon-iptv.example", "epgVer": 2211})
    return b.build()


def epg(c: Context) -> Flow:
    b = builder(c, "gaon-stb", "GET", f"{STB}/v1/epg?ch={c.rng.randint(1, 300)}", STBUA)
    b.decoy("programme guide with start times (schedule fetch)")
    b.ok_json({"pyeonseong": [{"title": s, "start": iso(c), "bunnyang": 60} for s in SHOWS[:4]]})
    return b.build()


def ratings(c: Context) -> Flow:
    b = builder(c, "hanbit-tv", "GET", f"{TVAPI}/v1/sicheongnyul/today", TVUA)
    b.decoy("sicheongnyul = audience ratings over all households (aggregate)")
    b.ok_json(
        {"sicheongnyul": [{"ch": ch, "pct": round(c.rng.uniform(1, 15), 1)} for ch in CHANNELS]}
    )
    return b.build()
