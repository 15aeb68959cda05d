"""KalloTV (fictional): Kannywood and Yoruba Nollywood streaming from Kano and
Ibadan. The Hausa backend names keys in Hausa (tarihin_kallo = viewing history,
inda_ya_tsaya = where it stopped, tsawo = length, kashi = episode, naura = device),
the Yoruba catalogue service in Yoruba (itan_wiwo = viewing history, ibi_ti_o_duro
= where it stopped, apa = part, ero = device). AppsFlyer in-app events carry the
watched title JSON-in-JSON in `eventValue` (AppsFlyer Android SDK: POST
inapps.appsflyer.com/api/v6.x/androidevent with advertiserId, uid, eventName,
eventValue; af_content_id / af_content_type are its documented content params).
Decoys: home rails, trailers' thumbnails, subtitles, a DRM licence.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

HA = "https://api.kallotv.com.ng/ha/v1"
YO = "https://yo.kallotv.com.ng/api"
UA = ua("KalloTV", "5.2.0")
SHOWS = ["Kwana Casa'in", "Labarina", "Izzar So", "Jagun Jagun", "Anikulapo", "Ajakaju"]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "kallo", method, url, params)
    b.header("user-agent", UA)
    return b


def _vid(c: Context) -> str:
    return f"kt_{c.rng.randint(100000, 999999)}"


def hausa_history(c: Context) -> Flow:
    b = _b(c, "POST", f"{HA}/kallo/tarihi")
    b.header("x-naura", b.id("kallo_did", where="header.x-naura"))
    tsawo = c.rng.choice([1320, 2700, 5820])
    b.json(
        {
            "mai_kallo": b.acct("kallo_user"),
            "tarihin_kallo": [
                {
                    "bidiyo": _vid(c),
                    "suna": c.rng.choice(SHOWS),
                    "kashi": c.rng.randint(1, 60),
                    "inda_ya_tsaya": c.rng.randint(20, tsawo),
                    "tsawo": tsawo,
                    "lokaci": iso(c),
                }
            ],
        }
    )
    b.view("body.tarihin_kallo[]")
    b.ok_json({"an_karba": True})
    return b.build()


def yoruba_progress(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{YO}/itan-wiwo/{_vid(c)}")
    b.json(
        {
            "ibi_ti_o_duro": c.rng.randint(30, 5000),
            "gigun": 5400,
            "apa": c.rng.randint(1, 3),
            "akoko": ms(c),
            "ero_id": b.id("aid_kallo", where="body.ero_id"),
        }
    )
    b.view("path+body.ibi_ti_o_duro")
    b.no_content()
    return b.build()


def af_watch_event(c: Context) -> Flow:
    params = [("app_id", "ng.kallotv.app"), ("buildnumber", "6.14.3")]
    b = _b(c, "POST", "https://inapps.appsflyer.com/api/v6.14/androidevent", params)
    value = {
        "af_content_id": _vid(c),
        "af_content_type": "series",
        "af_content": c.rng.choice(SHOWS),
        "watch_seconds": c.rng.randint(60, 3000),
        "episode": c.rng.randint(1, 40),
    }
    b.json(
        {
            "eventName": c.rng.choice(["video_watched", "episode_complete"]),
            "eventValue": js(value),
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kallo_af_uid", where="body.uid"),
            "android_id": b.id("aid_kallo", where="body.android_id"),
            "af_timestamp": str(ms(c)),
            "brand": "itel",
            "model": "itel S665L",
            "lang_code": "ha",
            "counter": str(c.rng.randint(3, 90)),
        }
    )
    b.view("body.eventValue(json).af_content_id")
    b.ok_json({"status": "ok"})
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = _b(c, "POST", f"{HA}/ci-gaba/ajiye")
    b.json(
        {
            "ci_gaba_da_kallo": [
                {"bidiyo": _vid(c), "kashi": c.rng.randint(1, 30), "dakika": c.rng.randint(5, 2500)}
                for _ in range(c.rng.randint(2, 4))
            ]
        }
    )
    b.view("body.ci_gaba_da_kallo")
    b.no_content()
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{HA}/s")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(260)), "application/octet-stream")
    b.view("body (encrypted sync)", detectable=False)
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{HA}/gida", [("harshe", "ha"), ("req", rid(c.rng))])
    rails = [
        {"taken": t, "bidiyoyi": [{"id": _vid(c), "hoto": f"/h/{new_hex(c.rng, 10)}.webp"}]}
        for t in ["Sababbi", "Mafi kallo", "Barkwanci"]
    ]
    b.ok_json({"layuka": rails})
    b.decoy("home rails: catalogue, 'Mafi kallo' (most watched) is a chart, not the user's")
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.kallotv.com.ng/h/{new_hex(c.rng, 10)}.webp")
    b.respond(200, "image/webp", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("thumbnail fetch")
    return b.build()


def subtitles(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.kallotv.com.ng/sub/{_vid(c)}/ha.vtt")
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSannu da zuwa.\n"
    b.respond(200, "text/vtt", text.encode())
    b.decoy("subtitle file fetch")
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", "https://drm.kallotv.com.ng/widevine/license")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", b64(new_hex(c.rng, 64)).encode())
    b.decoy("Widevine licence challenge (opaque, standard DRM)")
    return b.build()
