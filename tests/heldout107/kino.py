"""Kinoteka: a Russian-language cinema app (films and series by subscription).

The in-house API is written by a Russian-speaking team: transliterated keys
(`prosmotr`, `tochka_ostanovki`, `smotret_dalshe`) and Cyrillic event names in
AppMetrica (`просмотр_фильма`). Search, recommendations, trailers' manifests
and the "popular now" rail are not one person's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from . import sdks
from .phone import FB, b, iso, ms, rid, ua

API = "https://api.kinoteka.example"
UA = ua("Kinoteka", "7.12.0")
FILMS = ["Брат", "Движение вверх", "Легенда №17", "Кочевник", "Слово пацана", "Елки 10"]


def _auth(fb: FB) -> None:
    fb.header("x-kt-device", fb.id("kino_device", where="header x-kt-device"))
    fb.header("authorization", "Bearer " + new_hex(fb.ctx.rng, 40))


def heartbeat(c: Context) -> Flow:
    fb = b(c, "kinoteka", "POST", f"{API}/api/v3/prosmotr/heartbeat", UA)
    _auth(fb)
    fb.view("json kontent_id + tochka_ostanovki + sobytie")
    fb.json(
        {
            "kontent_id": c.rng.randint(100000, 999999),
            "sobytie": c.rng.choice(["play", "pause", "heartbeat", "heartbeat", "stop"]),
            "tochka_ostanovki": c.rng.randint(0, 7200),
            "dlitelnost": 7200,
            "vremya": ms(c),
        }
    )
    fb.no_content()
    return fb.build()


def continue_rail(c: Context) -> Flow:
    fb = b(c, "kinoteka", "GET", f"{API}/api/v3/smotret_dalshe", UA)
    _auth(fb)
    fb.view("response json smotret_dalshe[] with progress", direction="response")
    fb.ok_json(
        {
            "smotret_dalshe": [
                {"nazvanie": c.rng.choice(FILMS), "progress": round(c.rng.random(), 2)}
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return fb.build()


def metrica_view(c: Context) -> Flow:
    return sdks.appmetrica(
        c,
        "aid_kino",
        "2917456",
        "просмотр_фильма",
        {
            "фильм": c.rng.choice(FILMS),
            "просмотрено_сек": c.rng.randint(60, 6000),
            "досмотрел": c.rng.random() < 0.3,
        },
        "protobuf event просмотр_фильма value JSON фильм + просмотрено_сек",
    )


def offline_sync_opaque(c: Context) -> Flow:
    """Offline downloads report what was watched on the plane: gzip+base64 under `z`."""
    fb = b(c, "kinoteka", "POST", f"{API}/api/v1/sync", UA)
    _auth(fb)
    fb.view("json z (gzip+base64 rows)", detectable=False)
    rows = [[c.rng.randint(100000, 999999), c.rng.randint(60, 7000), ms(c)] for _ in range(3)]
    fb.json({"z": b64(gz(jsb(rows))), "v": 2})
    fb.no_content()
    return fb.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["брат", "комедия", "казахстанские фильмы", "мультфильмы"])
    fb = b(c, "kinoteka", "GET", f"{API}/api/v3/poisk?q={q}", UA)
    fb.decoy("search results with durations")
    fb.ok_json({"rezultaty": [{"nazvanie": f, "dlitelnost": 6000} for f in FILMS[:4]]})
    return fb.build()


def recommendations(c: Context) -> Flow:
    fb = b(c, "kinoteka", "GET", f"{API}/api/v3/rekomendacii", UA)
    fb.decoy("recommendations rail with match scores (recommendations are not history)")
    fb.ok_json({"podborka": [{"nazvanie": f, "skor": round(c.rng.random(), 3)} for f in FILMS]})
    return fb.build()


def popular(c: Context) -> Flow:
    fb = b(c, "kinoteka", "GET", f"{API}/api/v3/populyarnoe?period=week", UA)
    fb.decoy("popular now: counts of views over all viewers (aggregate)")
    fb.ok_json({"top": [{"nazvanie": f, "prosmotrov": c.rng.randint(10**4, 10**7)} for f in FILMS]})
    return fb.build()


def device_register(c: Context) -> Flow:
    fb = b(c, "kinoteka", "POST", f"{API}/api/v2/ustroistva", UA)
    fb.json(
        {
            "ustroistvo_id": fb.id("kino_device", where="json ustroistvo_id"),
            "android_id": fb.id("aid_kino", where="json android_id"),
            "nazvanie": "Galaxy A35 Айгерим",
            "request_id": rid(c.rng),
        }
    )
    fb.decoy("request_id")
    fb.ok_json({"limit": 5, "ustroistv": 3, "at": iso(c)})
    return fb.build()
