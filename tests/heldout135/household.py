"""The household's other devices: a BRAVIA-style smart TV running a
broadcaster's Hybridcast data-broadcast app, a game console and a car
navigation unit with an LTE module.

Hybridcast: the broadcaster's app on the TV logs channel tuning (`senkyoku`)
with the ARIB service triplet and event id and how long each was watched:
live-channel tuning logs are viewing history. An older log path puts the same
rows under numbered keys with an MD5 of the TV's MAC (opaque). The console's
play time is games (not watching) and its friend list is accounts. The car
navi's probe data are coordinates (a decoy); a rental car's navi in Sapporo
sends its own serial (the rental company's equipment, not the family's).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, iso, ms, rf

HC = "https://hc.minpo-bc.example"
TVUA = "Mozilla/5.0 (Linux; Android 10; BRAVIA 4K VH2) Hybridcast/2.0 (KJ-55X85K)"
NAVI = "https://telematics.navi-link.example"
CONSOLE = "https://np.console-net.example"


def hc_senkyoku(c: Context) -> Flow:
    b = FB(c, "hybridcast", "POST", f"{HC}/v1/shichou/senkyoku")
    b.header("user-agent", TVUA)
    b.view("json senkyoku_rireki[] (sid/eid + shichou_byou)")
    b.json(
        {
            "receiver": b.id("tv_serial", where="json receiver"),
            "senkyoku_rireki": [
                {
                    "onid": 32736,
                    "tsid": 32736,
                    "sid": c.rng.choice([1024, 1032, 1040, 1048, 1056]),
                    "eid": c.rng.randint(1, 65535),
                    "kaishi": iso(c),
                    "shichou_byou": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def hc_numbered(c: Context) -> Flow:
    b = FB(c, "hybridcast", "GET", f"{HC}/l.gif")
    b.header("user-agent", TVUA)
    b.view("query a/b/c (service, event, seconds)", detectable=False)
    b.param("u", b.id("tv_mac", "md5_of_nosep", "query u (md5 of MAC)", detectable=False))
    b.param("a", str(c.rng.choice([1024, 1032, 1040])))
    b.param("b", str(c.rng.randint(1, 65535)))
    b.param("c", str(c.rng.randint(30, 3600)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def hc_data_content(c: Context) -> Flow:
    b = FB(c, "hybridcast", "GET", f"{HC}/v1/dbc/weather/JP27.json")
    b.header("user-agent", TVUA)
    b.decoy("data-broadcast weather/news panel (content fetch with area code)")
    b.ok_json(
        {"tenki": "晴れ", "kion": [c.rng.randint(5, 30) for _ in range(8)], "updated": iso(c)}
    )
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "tv-firmware", "GET", "https://fw.tv-maker.example/check")
    b.header("user-agent", TVUA)
    b.param("serial", b.id("tv_serial", where="query serial"))
    b.param("mac", b.id("tv_mac", "nosep_upper", "query mac"))
    b.param("model", "KJ-55X85K")
    b.decoy("firmware version string and build hash")
    b.ok_json({"latest": "PKG6.5951.0364JPA", "sha256": new_hex(c.rng, 64)})
    return b.build()


def console_presence(c: Context) -> Flow:
    b = FB(c, "console", "POST", f"{CONSOLE}/v2/presence")
    b.header("user-agent", "libhttp/11.00 (PlayConsole)")
    b.json(
        {
            "console_serial": b.id("console_serial", where="json console_serial"),
            "wifi_mac": b.id("console_mac", where="json wifi_mac"),
            "status": "online",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def console_playtime(c: Context) -> Flow:
    b = FB(c, "console", "POST", f"{CONSOLE}/v2/trophy/playtime")
    b.header("user-agent", "libhttp/11.00 (PlayConsole)")
    b.decoy("game play time per title (playing, not watching)")
    b.json(
        {
            "title_id": f"CUSA{c.rng.randint(10000, 99999)}",
            "play_minutes": c.rng.randint(10, 300),
            "ended": iso(c),
        }
    )
    b.no_content()
    return b.build()


def navi_probe(c: Context) -> Flow:
    b = FB(c, "navi", "POST", f"{NAVI}/probe/v3")
    b.header("user-agent", "NaviLink-TCU/2.1")
    b.decoy("probe data: coordinates and speeds of the car")
    b.json(
        {
            "unit_serial": b.id("navi_serial", where="json unit_serial"),
            "imei": b.id("navi_imei", where="json imei"),
            "probe": [
                [rf(c.rng, 34.6, 34.8, 5), rf(c.rng, 135.4, 135.6, 5), c.rng.randint(0, 80)]
                for _ in range(10)
            ],
            "ts": ms(c),
        }
    )
    b.ok_json({"jutai": [{"link": c.rng.randint(10**6, 10**7), "level": c.rng.randint(0, 3)}]})
    return b.build()


def navi_map_update(c: Context) -> Flow:
    b = FB(c, "navi", "GET", f"{NAVI}/map/diff?area=kinki&ver=2024.{c.rng.randint(1, 12)}")
    b.header("user-agent", "NaviLink-TCU/2.1")
    b.header("x-unit", b.id("navi_serial", where="header x-unit"))
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def rental_navi(c: Context) -> Flow:
    b = FB(c, "navi", "POST", f"{NAVI}/rental/v1/checkout")
    b.header("user-agent", "NaviLink-TCU/2.1")
    b.decoy("rental car navi serial and IMEI in Sapporo: the rental company's equipment")
    b.json(
        {
            "unit_serial": "NX" + new_hex(c.rng, 8).upper(),
            "imei": luhn_complete(new_digits(c.rng, 14, "35")),
            "eigyousho": "新千歳空港店",
            "henkyaku": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
