"""The household's screens: a Xiaomi TV box in Shanghai and a Haiyun smart TV in Chengdu.

The TV box's launcher keeps a 播放记录 (play record) per title and syncs it with
the box's serial and MAC. The Haiyun TV's ACR (自动内容识别) reports what it
recognised on screen: channel (频道 pindao), programme (节目 jiemu), start and
duration; live-channel switches (换台 huantai) are logged too. The older ACR
firmware posts bare screen-fingerprint hashes under `f`. Programme guides are
content; the box's stats to Xiaomi carry its serial.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

BOX_API = "https://tvapi.xiaomi.com"
ACR = "https://acr.haiyuntv.example"
TVAPI = "https://api.haiyuntv.example"
BOX_UA = "PatchWall/4.3.2 (Linux; Android 9; MiBOX4S)"
TV_UA = "HaiyunOS/7.0 (Linux; Android 11; HY-65E7K)"
CHANNELS = ["CCTV-1", "CCTV-5", "四川卫视", "湖南卫视", "东方卫视", "成都新闻综合"]
PROGRAMMES = ["新闻联播", "中超联赛", "快乐大本营", "天天向上", "繁花", "今日说法"]


def box_play_record(c: Context) -> Flow:
    b = FB(c, "mibox", "POST", f"{BOX_API}/patchwall/v2/bofangjilu/tongbu")
    b.header("user-agent", BOX_UA)
    b.view("json jilu[] with meiti_id + jindu")
    b.json(
        {
            "sn": b.id("box_serial", where="json sn"),
            "mac": b.id("box_mac", where="json mac"),
            "jilu": [
                {
                    "meiti_id": c.rng.randint(10**6, 10**7),
                    "biaoti": c.rng.choice(PROGRAMMES),
                    "jindu": c.rng.randint(60, 3000),
                    "shichang": 3000,
                    "gengxin": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"status": 0})
    return b.build()


def box_stats(c: Context) -> Flow:
    b = FB(c, "mibox", "POST", "https://data.mistat.xiaomi.com/mistats/v2/tv")
    b.header("user-agent", BOX_UA)
    b.form(
        [
            ("device_sn", b.id("box_serial", where="form device_sn")),
            ("m", b.id("box_mac", "md5_of_nosep", "form m (md5 of MAC)", detectable=False)),
            ("ver", "4.3.2"),
            ("uptime", str(c.rng.randint(1000, 900000))),
        ]
    )
    b.no_content()
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "haiyun-acr", "POST", f"{ACR}/v3/shibie/shangbao")
    b.header("user-agent", TV_UA)
    b.view("json shibie_jieguo[] pindao/jiemu/kaishi/shichang")
    b.json(
        {
            "shebei_id": b.id("tv_acr_did", where="json shebei_id"),
            "mac": b.id("tv_mac", where="json mac"),
            "shibie_jieguo": [
                {
                    "pindao": c.rng.choice(CHANNELS),
                    "jiemu": c.rng.choice(PROGRAMMES),
                    "kaishi": iso(c),
                    "shichang": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def channel_switch(c: Context) -> Flow:
    b = FB(c, "haiyun-acr", "GET", f"{ACR}/log/huantai")
    b.header("user-agent", TV_UA)
    b.view("query cong_pindao / dao_pindao / ts (live-channel tuning log)")
    b.param("did", b.id("tv_acr_did", where="query did"))
    b.param("cong_pindao", c.rng.choice(CHANNELS))
    b.param("dao_pindao", c.rng.choice(CHANNELS))
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "haiyun-acr", "POST", f"{ACR}/f1")
    b.header("user-agent", TV_UA)
    b.view("json f[] (screen-fingerprint hashes with times)", detectable=False)
    b.json({"f": [[new_hex(c.rng, 16), ms(c) + i * 500] for i in range(12)], "v": 1})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "haiyun", "GET", f"{TVAPI}/v1/jiemudan?pindao={c.rng.choice(CHANNELS)}")
    b.header("user-agent", TV_UA)
    b.decoy("programme guide with start times (content)")
    b.ok_json({"jiemudan": [{"jiemu": p, "kaishi": iso(c), "shichang": 60} for p in PROGRAMMES]})
    return b.build()


def tv_ratings(c: Context) -> Flow:
    b = FB(c, "haiyun", "GET", f"{TVAPI}/v1/shoushilv/paihang")
    b.header("user-agent", TV_UA)
    b.decoy("收视率 ratings: averages over all viewers")
    b.ok_json(
        {"paihang": [{"pindao": ch, "shoushilv": round(c.rng.random() * 3, 2)} for ch in CHANNELS]}
    )
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "haiyun", "GET", f"{TVAPI}/ota/check?model=HY-65E7K&ver=7.0.12")
    b.header("user-agent", TV_UA)
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
