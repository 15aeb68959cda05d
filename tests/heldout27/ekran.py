"""Akıllı Ekran: a Vestel / Arçelik-style smart-TV companion app.

The TV's automatic content recognition result is relayed through the phone
app (channel, programme, seconds watched), the companion shows the TV's watch
history, and pairing sends the TV's Wi-Fi MAC and serial. One ACR upload is a
raw binary fingerprint batch (opaque). Remote key presses and the EPG are decoys.
In-house backend; key names partly Turkish.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.akilliekran-tv.com.tr"
PROGRAMS = [
    ("TRT 1", "Teşkilat"),
    ("Show TV", "Kızılcık Şerbeti"),
    ("ATV", "Kuruluş Orhan"),
    ("Now", "Ana Haber"),
    ("TV8", "MasterChef Türkiye"),
]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "akilliekran", method, API + path)
    b.header("user-agent", ua("AkilliEkran", "2.31.0"))
    b.header("x-request-id", rid(ctx.rng))
    return b


def acr_match(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/acr/eslesme")
    kanal, program = ctx.rng.choice(PROGRAMS)
    b.json(
        {
            "tvId": b.id("tv_duid", where="body tvId"),
            "eslesme": {
                "kanal": kanal,
                "program": program,
                "baslangic": iso(ctx),
                "izlenen_sure_sn": ctx.rng.randint(30, 3600),
                "kaynak": "HDMI1",
            },
            "acrSaglayici": "vestel-acr",
            "parmakIziSayisi": ctx.rng.randint(4, 40),
        }
    )
    b.view("body eslesme: kanal/program/izlenen_sure_sn (ACR)")
    b.no_content()
    return b.build()


def acr_binary(ctx: Context) -> Flow:
    b = FB(ctx, "akilliekran", "POST", "https://acr.akilliekran-tv.com.tr/fp")
    b.header("content-type", "application/octet-stream")
    b.view("binary fingerprint batch", detectable=False)
    b.set_body(b"AFP2" + ctx.rng.randbytes(640), "application/octet-stream")
    b.no_content()
    return b.build()


def watch_history(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/tv/")
    serial = b.id("tv_serial", where="url path /v1/tv/<serial>", detectable=False)
    b.base = API + f"/v1/tv/{serial}/izleme-gecmisi"
    rows = [
        {
            "kanal": k,
            "program": p,
            "bitis": ms(ctx) - i * 3600000,
            "sure_dk": ctx.rng.randint(5, 120),
        }
        for i, (k, p) in enumerate(PROGRAMS[:4])
    ]
    b.view("response gecmis: kanal/program/sure_dk", direction="response")
    b.ok_json({"gecmis": rows})
    return b.build()


def pair_tv(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/eslestir")
    b.json(
        {
            "macAddress": b.id("tv_mac", "upper", where="body macAddress"),
            "seriNo": b.id("tv_serial", where="body seriNo"),
            "androidId": b.id("aid_tv", where="body androidId"),
            "tvModel": "55U9500",
            "platform": "VIDAA-like",
        }
    )
    b.ok_json({"eslesti": True, "oturum": b64(rid(ctx.rng))})
    return b.build()


def tv_status(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/cihaz/durum")
    b.header("x-tv-mac", b.id("tv_mac", "nosep", where="header x-tv-mac"))
    b.ok_json({"acik": True, "ses": ctx.rng.randint(0, 40), "kaynak": "TV"})
    return b.build()


def keypress(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/kumanda/tus")
    b.json(
        {
            "tus": ctx.rng.choice(["KEY_UP", "KEY_DOWN", "KEY_OK", "KEY_VOLUP", "KEY_BACK"]),
            "t": ms(ctx),
        }
    )
    b.decoy("remote-control key press")
    b.no_content()
    return b.build()


def epg(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/epg?gun=bugun")
    b.decoy("programme guide (schedule, not history)")
    b.ok_json({"kanallar": [{"ad": k, "simdi": p, "sonraki": "Haberler"} for k, p in PROGRAMS]})
    return b.build()
