"""Filmkhaneh: a Persian streaming service (series, films) on the phone and the
family's Android TV box.

Its player sends a heartbeat in Finglish (`mogheiat`, `pishraft`) with the episode
(`ghesmat`, `fasl`); on the TV box the app registers the box by MAC and serial.
The TV-box player's compact heartbeat uses numeric keys only ("1": content,
"2": position...), which nothing readable names. The catalogue, the "top 10 in
Iran" rail and the subscription price list are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, TV_UA, iso, ms, rf, ua

API = "https://api.filmkhaneh.example"
VOD = "https://vod.filmkhaneh.example"
UA = ua("Filmkhaneh", "3.9.0")
SERIES = ["شهرزاد", "زخم کاری", "جیران", "خاتون", "قبله عالم"]


def _b(c: Context, method: str, url: str, on_box: bool = False, device: bool = True) -> FB:
    b = FB(c, "filmkhaneh", method, url)
    b.header("user-agent", TV_UA if on_box else UA)
    if device:
        b.header("x-device-uuid", b.id("film_device", where="header x-device-uuid"))
    return b


def heartbeat(c: Context) -> Flow:
    on_box = c.rng.random() < 0.5
    b = _b(c, "POST", f"{API}/v3/player/heartbeat", on_box)
    b.view("json mogheiat + pishraft + ghesmat")
    total = c.rng.randint(2400, 3600)
    pos = c.rng.randint(10, total)
    b.json(
        {
            "mohtava_id": c.rng.randint(10000, 99999),
            "onvan": c.rng.choice(SERIES),
            "fasl": c.rng.randint(1, 3),
            "ghesmat": c.rng.randint(1, 25),
            "mogheiat": pos,
            "pishraft": round(pos / total, 3),
            "vaziat": c.rng.choice(["play", "pause", "play"]),
            "dastgah": "tvbox" if on_box else "mobile",
            "zaman": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profile/edame_tamasha")
    b.view("response json items[].mogheiat", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "mohtava_id": c.rng.randint(10000, 99999),
                    "onvan": c.rng.choice(SERIES),
                    "ghesmat": c.rng.randint(1, 25),
                    "mogheiat": c.rng.randint(60, 3000),
                    "akharin_tamasha": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def box_compact(c: Context) -> Flow:
    """The TV box's compact heartbeat: numeric keys, device id under "9"."""
    b = _b(c, "POST", f"{API}/hb", on_box=True, device=False)
    b.view('json numeric keys "1" content "2" seconds', detectable=False)
    b.json(
        {
            "1": c.rng.randint(10000, 99999),
            "2": c.rng.randint(10, 3600),
            "3": c.rng.randint(0, 2),
            "4": ms(c),
            "9": b.id("box_serial", where='json "9"', detectable=False),
        }
    )
    b.no_content()
    return b.build()


def register_box(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/sabt", on_box=True)
    b.json(
        {
            "noe_dastgah": "android_tv_box",
            "model": "X96 Max+",
            "mac_address": b.id("box_mac", where="json mac_address"),
            "serial_number": b.id("box_serial", where="json serial_number"),
            "user_id": b.acct("film_user"),
        }
    )
    b.ok_json({"sabt": "ok", "limit": 3})
    return b.build()


def app_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/app/open")
    b.json(
        {
            "android_id": b.id("aid_film", where="json android_id"),
            "app_version": "3.9.0",
            "os": "android 13",
            "model": "SM-A546E",
        }
    )
    b.ok_json({"force_update": False})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/safhe_asli", device=False)
    b.decoy("catalogue rails with episode counts and durations (no watching)")
    b.ok_json(
        {
            "radif": [
                {
                    "onvan": t,
                    "mohtava_id": c.rng.randint(10000, 99999),
                    "tedad_ghesmat": c.rng.randint(8, 40),
                    "modat_har_ghesmat": c.rng.randint(40, 60),
                    "emtiaz": rf(c.rng, 6, 9.5, 1),
                }
                for t in SERIES
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top10?keshvar=IR", device=False)
    b.decoy("top-10 rail with total play counts across all subscribers (aggregate)")
    b.ok_json({"top": [{"onvan": t, "tedad_tamasha": c.rng.randint(10**5, 10**7)} for t in SERIES]})
    return b.build()


def plans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/eshterak/plans", device=False)
    b.decoy("subscription prices in rials")
    b.ok_json(
        {
            "plans": [
                {"mah": m, "gheymat_rial": m * c.rng.randint(900, 1200) * 1000} for m in (1, 3, 6)
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c,
        "filmkhaneh",
        "GET",
        f"https://img.filmkhaneh.example/poster/{c.rng.randint(10000, 99999)}.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "filmkhaneh",
        "GET",
        f"{VOD}/{c.rng.randint(10000, 99999)}/720/seg-{c.rng.randint(1, 700)}.ts",
    )
    b.header("user-agent", TV_UA)
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
