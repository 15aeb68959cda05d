"""Kinosall: the cinema chain's ticketing app (Meta SDK for app events).

Sensitive: the Meta SDK's activities call (form body with `advertiser_id` and
the SDK's `anon_id`, https://graph.facebook.com/v18.0/APP/activities).
Ordinary look-alikes: the programme ("Film kucken", showtimes), trailer pages
and trailer video fetches, the cast gallery ("Gesiichter vum Film": actors'
portraits), the seat plan with coordinates, the ticket with its QR and order
number, and the auditorium's projector / screen status page ("Écran 3",
serial numbers of the chain's own projectors).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js

from .phone import B, fmac, iso, mk, ua

API = "https://api.kinosall.example"
UA = ua("Kinosall", "3.9.2")
FILMS = [("f901", "Dune: Part Two"), ("f902", "Io Capitano"), ("f903", "Les Misérables")]


def _b(c: Context, method: str, path: str) -> B:
    return mk(c, "kinosall", method, API + path, UA)


def meta_activities(c: Context) -> Flow:
    url = "https://graph.facebook.com/v18.0/1180044770023/activities"
    b = mk(c, "meta", "POST", url, "FBAndroidSDK.17.0.0")
    ext = ["a2", "lu.kinosall.app", 392, "3.9.2", "14", "Pixel 8", "lb_LU", "CET", "POST", 8]
    pairs = [
        ("event", "CUSTOM_APP_EVENTS"),
        ("advertiser_id", b.id("gaid", where="form advertiser_id")),
        ("anon_id", b.id("kino_fb_anon", where="form anon_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("extinfo", js(ext)),
        (
            "custom_events",
            js([{"_eventName": "fb_mobile_purchase", "_valueToSum": 12.5, "fb_currency": "EUR"}]),
        ),
        ("application_package_name", "lu.kinosall.app"),
    ]
    b.form(pairs)
    b.ok_json({"success": True})
    return b.build()


def app_open(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/app/start")
    b.header("x-android-id", b.id("aid_kino", where="header x-android-id"))
    b.json({"version": "3.9.2", "sprooch": "fr"})
    b.ok_json({"config": {"promo": "Mardi cinéma"}})
    return b.build()


def programme(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/programm?kino=kirchberg")
    b.decoy("showtimes ('Film kucken' as a button label)")
    b.ok_json(
        {
            "filmer": [
                {"id": i, "titel": t, "séancen": ["18:15", "21:00"], "knäppchen": "Film kucken"}
                for i, t in FILMS
            ]
        }
    )
    return b.build()


def trailer_page(c: Context) -> Flow:
    i, t = c.rng.choice(FILMS)
    b = _b(c, "GET", f"/v1/film/{i}/trailer")
    b.decoy("trailer page metadata (duration, video url)")
    b.ok_json({"titel": t, "trailer": f"https://cdn.kinosall.example/tr/{i}.mp4", "dauer": 142})
    return b.build()


def trailer_video(c: Context) -> Flow:
    i, _ = c.rng.choice(FILMS)
    b = mk(c, "kinosall", "GET", f"https://cdn.kinosall.example/tr/{i}.mp4", "ExoPlayerLib/2.19.1")
    b.decoy("trailer video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1000))
    return b.build()


def cast_gallery(c: Context) -> Flow:
    i, t = c.rng.choice(FILMS)
    b = _b(c, "GET", f"/v1/film/{i}/gesiichter")
    b.decoy("cast gallery 'Gesiichter vum Film' (actors' portraits, no analysis)")
    b.ok_json(
        {
            "titel": "Gesiichter vum Film",
            "film": t,
            "acteuren": [
                {"numm": n, "foto": f"https://cdn.kinosall.example/cast/{new_hex(c.rng, 6)}.jpg"}
                for n in ("Actor A", "Actor B")
            ],
        }
    )
    return b.build()


def cast_photo(c: Context) -> Flow:
    b = mk(c, "kinosall", "GET", f"https://cdn.kinosall.example/cast/{new_hex(c.rng, 6)}.jpg", UA)
    b.decoy("actor portrait image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def seat_plan(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/sall/3/plazen")
    b.decoy("seat plan with x/y coordinates")
    b.ok_json(
        {
            "sall": "Écran 3",
            "plazen": [
                {"rei": r, "nr": n, "x": n * 40, "y": r * 44} for r in range(1, 4) for n in (1, 2)
            ],
        }
    )
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tickets")
    b.decoy("ticket purchase with QR payload and order number")
    b.json({"member": b.acct("kino_member"), "seance": "f901-2100", "plazen": ["F7", "F8"]})
    b.ok_json(
        {"bestellung": "KS-" + new_digits(c.rng, 9), "qr": new_hex(c.rng, 32), "zäit": iso(c)}
    )
    return b.build()


def projector_status(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/sall/status")
    b.decoy("the chain's own projectors and screens with serials and MACs")
    b.ok_json(
        {
            "säll": [
                {
                    "écran": f"Écran {n}",
                    "projecteur": {
                        "série": "BRC" + new_digits(c.rng, 8),
                        "mac": fmac(c.rng, "00:0B:AB"),
                    },
                    "statut": "ok",
                }
                for n in range(1, 4)
            ]
        }
    )
    return b.build()
