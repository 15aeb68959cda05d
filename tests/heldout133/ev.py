"""The household's devices: a Vestel smart TV with ACR, a TiviNet IPTV box and a smartwatch.

The TV's automatic content recognition reports what was on screen per matched
programme (FTC v. VIZIO, 2017, describes what such reports hold); the TV names
itself by serial and Wi-Fi MAC (`tvSeriNo`, `macAdresi`). Its low-level
fingerprint upload is binary with only an ACR token of the vendor's own in a
header: opaque. The IPTV box sends zap logs (`zapGunlugu`: channel number, time,
seconds) with its serial and MAC, and heartbeats with an MD5 of its MAC under `h`.
The watch companion syncs steps and heart rate with the watch's BLE MAC and
serial; steps and heart rate are none of the three categories.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

ACR = "https://acr.vestel-smart.example"
STB = "https://stb.tivinet.example"
SAAT = "https://api.saatim.example"
KANALLAR = ["TRT 1", "ATV", "Show TV", "Star TV", "NOW", "Kanal D", "TRT Kurdî", "beIN Sports 1"]
PROGRAMLAR = ["Kızılcık Şerbeti", "Ana Haber", "Survivor", "MasterChef Türkiye", "Süper Lig: GS-FB"]
TV_UA = "Mozilla/5.0 (Linux; Vestel Smart TV; VESTEL MB211) AppleWebKit/537.36"
STB_UA = "TiviNetSTB/5.2 (AndroidTV 11; TBX-4K)"


def acr_rapor(c: Context) -> Flow:
    b = FB(c, "vestel-acr", "POST", f"{ACR}/v1/icerik-tanima/rapor")
    b.header("user-agent", TV_UA)
    b.view("json eslesmeler[] kanal + program + baslangic + sureSn (ACR)")
    b.json(
        {
            "tvSeriNo": b.id("tv_serial", where="json tvSeriNo"),
            "macAdresi": b.id("tv_mac", where="json macAdresi"),
            "eslesmeler": [
                {
                    "kanal": c.rng.choice(KANALLAR),
                    "program": c.rng.choice(PROGRAMLAR),
                    "baslangic": iso(c),
                    "sureSn": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_parmak_izi_opaque(c: Context) -> Flow:
    b = FB(c, "vestel-acr", "POST", f"{ACR}/v1/fp")
    b.header("user-agent", TV_UA)
    b.header("x-acr-token", b.id("tv_acr_token", where="header x-acr-token"))
    b.view("binary body: packed audio/video fingerprints with timestamps", detectable=False)
    data = b"".join(struct.pack("<QI", ms(c) + i * 3000, c.rng.getrandbits(32)) for i in range(40))
    b.set_body(data, "application/octet-stream")
    b.no_content()
    return b.build()


def acr_ayarlari(c: Context) -> Flow:
    b = FB(c, "vestel-acr", "GET", f"{ACR}/v1/ayarlar?bolge=TR")
    b.header("user-agent", TV_UA)
    b.ok_json({"acrAcik": True, "aralikSn": 15, "sunucu": "acr-eu-2"})
    return b.build()


def zap_gunlugu(c: Context) -> Flow:
    b = FB(c, "tivinet-stb", "POST", f"{STB}/api/stb/v2/zap")
    b.header("user-agent", STB_UA)
    b.view("json zapGunlugu[] kanalNo + zaman + sureSn (live channel tuning log)")
    b.json(
        {
            "stbSeriNo": b.id("box_serial", where="json stbSeriNo"),
            "stbMac": b.id("box_mac", where="json stbMac"),
            "zapGunlugu": [
                {
                    "kanalNo": c.rng.randint(1, 250),
                    "kanal": c.rng.choice(KANALLAR),
                    "zaman": iso(c),
                    "sureSn": c.rng.randint(5, 4000),
                }
                for _ in range(c.rng.randint(2, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def stb_nabiz_opaque(c: Context) -> Flow:
    b = FB(c, "tivinet-stb", "GET", f"{STB}/hb")
    b.header("user-agent", STB_UA)
    b.param("h", b.id("box_mac", "md5", "query h (md5 of MAC)", detectable=False))
    b.param("u", str(c.rng.randint(1000, 900000)))
    b.no_content()
    return b.build()


def stb_epg(c: Context) -> Flow:
    b = FB(c, "tivinet-stb", "GET", f"{STB}/api/epg/v1/grid?saat={c.rng.randint(0, 23)}")
    b.header("user-agent", STB_UA)
    b.decoy("EPG grid with programme times")
    b.ok_json(
        {
            "kanallar": [
                {"kanal": k, "program": c.rng.choice(PROGRAMLAR), "baslangic": iso(c)}
                for k in KANALLAR
            ]
        }
    )
    return b.build()


def stb_firmware(c: Context) -> Flow:
    b = FB(
        c, "tivinet-stb", "GET", f"{STB}/api/fw/check?model=TBX-4K&surum=5.2.{c.rng.randint(0, 9)}"
    )
    b.header("user-agent", STB_UA)
    b.decoy("firmware check with build hash")
    b.ok_json({"guncel": True, "derleme": rid(c.rng).replace("-", "")})
    return b.build()


def saat_senkron(c: Context) -> Flow:
    b = FB(c, "saatim", "POST", f"{SAAT}/v2/senkron")
    b.header("user-agent", "Saatim/3.1.0 (Android 14)")
    b.json(
        {
            "saatMac": b.id("watch_mac", where="json saatMac"),
            "saatSeriNo": b.id("watch_serial", where="json saatSeriNo"),
            "adim": c.rng.randint(200, 14000),
            "nabiz": [c.rng.randint(58, 120) for _ in range(12)],
            "zaman": iso(c),
        }
    )
    b.ok_json({"tamam": True})
    return b.build()


def saat_uyku(c: Context) -> Flow:
    b = FB(c, "saatim", "GET", f"{SAAT}/v2/uyku/ozet?gun=dun")
    b.header("user-agent", "Saatim/3.1.0 (Android 14)")
    b.decoy("sleep stages and heart-rate series (health, none of the three categories)")
    b.ok_json(
        {
            "derin": c.rng.randint(40, 120),
            "hafif": c.rng.randint(100, 250),
            "nabizSerisi": [rf(c.rng, 50, 75, 1) for _ in range(24)],
        }
    )
    return b.build()


def _kayit(c: Context) -> str:
    kanal, sure = c.rng.choice(KANALLAR), c.rng.randint(30, 5000)
    return f'<Kayıt kanal="{kanal}" başlangıç="{iso(c)}" süre="{sure}"/>'


def izleme_raporu_xml(c: Context) -> Flow:
    """The box's middleware (an older IPTV stack) reports viewing in XML with Turkish tags."""
    b = FB(c, "tivinet-stb", "POST", f"{STB}/middleware/IzlemeRaporu")
    b.header("user-agent", STB_UA)
    b.view("xml İzlemeRaporu/Kayıt kanal + başlangıç + süre (channel viewing report)")
    seri = b.id("box_serial", where="xml StbSeriNo")
    kayitlar = "".join(_kayit(c) for _ in range(c.rng.randint(1, 5)))
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><İzlemeRaporu>'
        f"<StbSeriNo>{seri}</StbSeriNo>{kayitlar}</İzlemeRaporu>"
    )
    b.set_body(xml.encode(), "text/xml; charset=UTF-8")
    b.respond(200, "text/xml", b"<Sonuc>OK</Sonuc>")
    return b.build()
