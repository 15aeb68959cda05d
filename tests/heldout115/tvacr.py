"""The BRAVIA Google TV and the smart speaker: ACR reports and device check-ins.

The TV's ACR service reports matched channels and programmes with times
(viewing history); one variant ships a fingerprint batch under `x`. The TV's
MAC and serial and the speaker's serial go in device check-ins.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms

ACR = "https://acr.bravia-insight.example"
CHANNELS = ["MBS", "ABC", "KTV", "YTV", "NHK-G", "TVQ", "FBS"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bravia", method, url)
    b.header(
        "user-agent", "Dalvik/2.1.0 (Linux; U; Android 12; BRAVIA XR 4K Build/STT1.240104.001)"
    )
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/shichou/report")
    b.view("json 視聴ログ[] channel + 番組名 + 開始/終了")
    b.json(
        {
            "acr_device": b.id("tv_acr_id", where="json acr_device"),
            "視聴ログ": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "番組名": "ちちんぷいぷい",
                    "開始": iso(c),
                    "秒数": c.rng.randint(60, 1800),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/i")
    b.view("json x (gzip+base64 matched-content batch)", detectable=False)
    rows = [[c.rng.randint(1, 60), c.rng.randint(10**5, 10**6), ms(c)] for _ in range(4)]
    b.json(
        {
            "x": base64.b64encode(gz(jsb(rows))).decode(),
            "k": b.id("tv_acr_id", where="json k", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def tv_checkin(c: Context) -> Flow:
    b = _b(c, "POST", "https://device.bravia-insight.example/v1/checkin")
    b.json(
        {
            "model": "XRJ-65A80L",
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "serial": b.id("tv_serial", where="json serial"),
            "fw": "6.6561",
        }
    )
    b.ok_json({"next": 3600})
    return b.build()


def speaker_checkin(c: Context) -> Flow:
    b = FB(c, "speaker", "POST", "https://home.koe-speaker.example/api/v1/hb")
    b.header("user-agent", "KoeSpeaker/1.9")
    b.json(
        {
            "sn": b.id("speaker_serial", where="json sn (speaker serial)"),
            "vol": c.rng.randint(1, 30),
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "https://epg.bravia-insight.example/v1/guide?area=27")
    b.decoy("electronic programme guide (catalogue)")
    b.ok_json({"ch": [{"id": ch, "now": "ニュース", "start": iso(c)} for ch in CHANNELS]})
    return b.build()
