"""Sinehan+: a Filipino streaming app on the Galaxy and on the Xiaomi TV box.

Its in-house team writes Taglish keys: the player reports `pelikula_id` with
`posisyon_seg` and `natapos`; the home screen returns "Ituloy ang Panonood"
(continue watching) with each title's `huling_posisyon`. The TV box pings its
own MAC and serial at launch. A batched player beacon goes out gzip+base64
under `d` (opaque). Catalogue rails, "Pinakapinanood" (trending counts over all
viewers), manifests and posters are not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, android_ua, box_ua, iso, ms, rid

API = "https://api.sinehanplus.example"
TITLES = [
    ("SP-M-20931", "Hello, Love, Again"),
    ("SP-S-11402", "Batang Quiapo"),
    ("SP-M-18820", "Rewind"),
    ("SP-S-09113", "Linlang"),
    ("SP-M-22007", "Green Bones"),
]


def _b(c: Context, method: str, url: str, on_box: bool = False) -> FB:
    b = FB(c, "sinehan", method, url)
    b.header(
        "user-agent", box_ua("SinehanTV", "4.2.0") if on_box else android_ua("Sinehan", "6.8.1")
    )
    b.header("x-sp-token", b64(rid(c.rng)))
    return b


def progreso(c: Context) -> Flow:
    on_box = c.rng.random() < 0.4
    b = _b(c, "POST", f"{API}/v3/panood/progreso", on_box)
    tid, _ = c.rng.choice(TITLES)
    where = "json pelikula_id + posisyon_seg + natapos"
    b.view(where + (" (TV box)" if on_box else ""))
    body = {
        "pelikula_id": tid,
        "episodyo": c.rng.randint(1, 40),
        "posisyon_seg": c.rng.randint(30, 5400),
        "haba_seg": 5820,
        "natapos": c.rng.random() < 0.2,
        "kailan": iso(c),
        "gumagamit": b.acct("sine_user"),
    }
    if on_box:
        body["aparato"] = {"mac": b.id("box_mac", where="json aparato.mac"), "uri": "MiBOX4"}
    else:
        body["aparato"] = {"android_id": b.id("aid_sine", where="json aparato.android_id")}
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def ituloy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/ituloy-ang-panonood?profile=nanay")
    b.view("response ituloy_panoorin[] with huling_posisyon", direction="response")
    items = [
        {
            "pelikula_id": t,
            "pamagat": n,
            "huling_posisyon": c.rng.randint(60, 5000),
            "porsyento": c.rng.randint(3, 97),
        }
        for t, n in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"ituloy_panoorin": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("form d = gzip+base64 of player events", detectable=False)
    tid, _ = c.rng.choice(TITLES)
    inner = js({"e": [[tid, c.rng.randint(0, 5000), 1, ms(c)] for _ in range(3)]})
    b.form([("d", b64(gzip.compress(inner.encode(), mtime=0))), ("v", "3")])
    b.no_content()
    return b.build()


def box_launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/buksan", on_box=True)
    b.json(
        {
            "serial_no": b.id("box_serial", where="json serial_no (TV box)"),
            "wifi_mac": b.id("box_mac", how="nosep", where="json wifi_mac (TV box, no colons)"),
            "firmware": "PI.2.4.31",
        }
    )
    b.ok_json({"ok": True, "ads": False})
    return b.build()


def katalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogo/rails?lang=fil&kategorya=drama")
    b.decoy("catalogue rail of titles with ids and durations, no user")
    b.ok_json(
        {
            "rails": [
                {
                    "pamagat": "Bagong Dating",
                    "items": [
                        {"pelikula_id": t, "pamagat": n, "haba_seg": 5820} for t, n in TITLES
                    ],
                }
            ]
        }
    )
    return b.build()


def pinakapinanood(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogo/pinakapinanood?rehiyon=NCR")
    b.decoy("trending rail: view counts over all viewers (aggregate, not a person's history)")
    b.ok_json(
        {
            "top10": [
                {"pelikula_id": t, "bilang_nanood": c.rng.randint(10**4, 10**6)} for t, _ in TITLES
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = _b(
        c, "GET", f"https://vod.sinehanplus.example/{tid}/master.m3u8?token={new_hex(c.rng, 32)}"
    )
    b.decoy("stream manifest fetch with a playback token")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\n720p.m3u8\n",
    )
    return b.build()


def poster(c: Context) -> Flow:
    tid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"https://img.sinehanplus.example/poster/{tid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
