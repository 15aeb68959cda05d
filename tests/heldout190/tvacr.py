"""The family's smart TV (a Chinese-brand set bought in Penang) and its ACR service.

The TV's automatic content recognition matches the screen and reports, in the
vendor's pinyin (`shibie_jieguo` "recognition result", `neirong_id`,
`pindao`, `guankan_shichang` "watch duration"). A second, older reporter ships
msgpack with single-letter keys (opaque). Both name the TV by its Wi-Fi MAC
or the vendor's ACR uid. The TV's app store list and weather widget are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rf

ACR = "https://acr-sg.huaxingtv.example"
UA = "HuaxingTV/3.0 (Linux; Android TV 11; 55Q7MY)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huaxing-acr", method, url)
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/shibie/shangbao")
    b.view("json shibie_jieguo[] {neirong_id, pindao, guankan_shichang}")
    b.json(
        {
            "shebei_mac": b.id("tv_mac", where="json shebei_mac"),
            "acr_uid": b.id("tv_acr_uid", where="json acr_uid"),
            "shibie_jieguo": [
                {
                    "neirong_id": f"ct{c.rng.randint(10**6, 10**7)}",
                    "pindao": c.rng.choice(["TV3", "8TV", "Astro Wah Lai Toi", "HDMI1-decoder"]),
                    "kaishi": iso(c),
                    "guankan_shichang": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_msgpack_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/m")
    b.view("msgpack r rows [content, ts, seconds] under single letters", detectable=False)
    uid = b.id("tv_acr_uid", "plain", "msgpack u (vendor ACR uid, single letter)", detectable=False)
    body = mpack(
        {
            "u": uid,
            "r": [[c.rng.randint(10**6, 10**7), ms(c), c.rng.randint(60, 3600)] for _ in range(3)],
        }
    )
    b.set_body(body, "application/x-msgpack")
    b.no_content()
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "https://iot-sg.huaxingtv.example/v1/xintiao")
    b.json(
        {
            "mac": b.id("tv_mac", "nosep", "json mac (no separators)"),
            "wendu": rf(c.rng, 35, 55, 1),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", "https://store-sg.huaxingtv.example/v1/apps?region=MY")
    b.decoy("TV app store list with install counts (catalogue, aggregate)")
    b.ok_json(
        {
            "apps": [
                {"pkg": p, "installs": c.rng.randint(10**4, 10**6)}
                for p in ("tv.siaranplus", "com.tontonkita.tv", "com.youtube.tv")
            ]
        }
    )
    return b.build()
