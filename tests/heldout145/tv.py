"""The living-room screens: a smart TV with ACR and the family's own pay-TV decoder.

The TV's automatic content recognition posts matched programmes (`acr_matches`
with channel, start and seconds) with its Wi-Fi MAC and serial; a firmware
variant posts bare rows under `r` (opaque). The decoder, bought by the family
(so its serial is theirs), uploads a channel-tuning log (`zap_log`: channel,
tuned-in, seconds). A compact decoder heartbeat sends an MD5 of its serial
under `s`. Firmware checks and the EPG are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

ACR = "https://acr.skyviewtv.example"
DEC = "https://dm.tazamaplus.example"
TV_UA = "SkyviewTV/VIDAA U7 (Linux; 55A6K)"
DEC_UA = "TZDecoder/HD-4K STB fw 2.11.7"
CHANNELS = ["Citizen TV", "NTV Kenya", "SuperSport PL", "Africa Magic Epic", "Channels TV"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v3/acr/matches")
    b.header("user-agent", TV_UA)
    b.view("json acr_matches[] channel + seconds")
    b.json(
        {
            "tv_mac": b.id("tv_mac", where="json tv_mac"),
            "serial_no": b.id("tv_serial", where="json serial_no"),
            "acr_matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "content_id": c.rng.randint(10**6, 10**7),
                    "matched_at": iso(c),
                    "seconds": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_rows(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/r")
    b.header("user-agent", TV_UA)
    b.view("json r[] bare rows", detectable=False)
    b.json(
        {
            "r": [
                [c.rng.randint(10**6, 10**7), ms(c), c.rng.randint(60, 3600)]
                for _ in range(c.rng.randint(2, 5))
            ],
            "k": 7,
        }
    )
    b.no_content()
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "tv", "GET", f"{ACR}/v1/firmware?model=55A6K&cur=V0000.07.12A")
    b.header("user-agent", TV_UA)
    b.ok_json({"latest": "V0000.07.13C", "sha256": "0" * 8 + "ab" * 28})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = FB(c, "decoder", "POST", f"{DEC}/stb/v1/zap_log")
    b.header("user-agent", DEC_UA)
    b.view("json zap_log[] channel + tuned_at + seconds")
    b.json(
        {
            "stb_serial": b.id("decoder_serial", where="json stb_serial"),
            "zap_log": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "tuned_at": iso(c),
                    "seconds": c.rng.randint(20, 4000),
                }
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def decoder_ping(c: Context) -> Flow:
    b = FB(c, "decoder", "GET", f"{DEC}/stb/p")
    b.header("user-agent", DEC_UA)
    b.param("s", b.id("decoder_serial", "md5", "query s (md5)", detectable=False))
    b.param("u", str(c.rng.randint(1000, 90000)))
    b.no_content()
    return b.build()


def decoder_epg(c: Context) -> Flow:
    b = FB(c, "decoder", "GET", f"{DEC}/stb/v1/epg?bouquet=compact")
    b.header("user-agent", DEC_UA)
    b.decoy("EPG for the bouquet (schedule with times)")
    b.ok_json({"events": [{"ch": ch, "start": iso(c), "dur": 3600} for ch in CHANNELS]})
    return b.build()
