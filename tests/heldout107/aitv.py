"""Ala-Too Play: a Kyrgyz TV app from Bishkek (live channels and archive).

Its backend speaks Kyrgyz in Cyrillic JSON keys (`көрүү_убактысы` "watch time",
`канал` "channel", `токтогон_жери` "where it stopped") and Kyrgyz Latin
transliteration in paths. Mediascope-style TV measurement runs through the
cryptic tns-counter pixel, whose parameters say nothing readable.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, b, iso, ms, ua

API = "https://api.alatoo-play.example"
UA = ua("AlaTooPlay", "2.3.0")
SHOWS = ["Кечки жаңылыктар", "Манас", "Ала-Тоо спорт", "Балдар саатчасы", "Тамашоу"]
CHANNELS = ["ЭлТР", "КТРК", "Пятый канал", "НТС", "Ала-Тоо 24"]


def _dev(fb: FB) -> None:
    fb.header("x-android-id", fb.id("aid_aitv", where="header x-android-id"))


def live_heartbeat(c: Context) -> Flow:
    fb = b(c, "alatoo", "POST", f"{API}/v1/koruu/zhandu-efir", UA)
    _dev(fb)
    fb.view("json канал + көрүү_убактысы (live heartbeat)")
    fb.json(
        {
            "канал": c.rng.choice(CHANNELS),
            "берүү": c.rng.choice(SHOWS),
            "көрүү_убактысы": c.rng.choice([30, 60, 60, 120]),
            "убакыт": iso(c),
        }
    )
    fb.no_content()
    return fb.build()


def archive_progress(c: Context) -> Flow:
    fb = b(c, "alatoo", "PUT", f"{API}/v1/arhiv/{c.rng.randint(1000, 9999)}/abal", UA)
    _dev(fb)
    fb.view("json токтогон_жери + бүттүбү (archive position and completion)")
    fb.json(
        {
            "токтогон_жери": c.rng.randint(20, 3000),
            "узактыгы": 3000,
            "бүттүбү": c.rng.random() < 0.2,
        }
    )
    fb.ok_json({"ok": True})
    return fb.build()


def history(c: Context) -> Flow:
    fb = b(c, "alatoo", "GET", f"{API}/v1/koruu-tarykhy?page=1", UA)
    _dev(fb)
    fb.view("response json тарых[] (watch history)", direction="response")
    fb.ok_json(
        {
            "тарых": [
                {"берүү": c.rng.choice(SHOWS), "канал": c.rng.choice(CHANNELS), "качан": iso(c)}
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return fb.build()


def tns_pixel(c: Context) -> Flow:
    """Cross-media measurement pixel: account, channel code and seconds under codes."""
    cid = f"alatoo_kg/{c.rng.randint(1, 5)}"
    url = (
        f"https://www.tns-counter.ru/V13a****{cid}/ru/UTF-8/tmsec=alatoo_{c.rng.randint(1, 99)}"
        f"-{ms(c)}/"
    )
    fb = b(c, "tns-counter", "GET", url, UA)
    fb.view("url path account/channel code with tmsec (no readable names)", detectable=False)
    fb.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return fb.build()


def schedule(c: Context) -> Flow:
    fb = b(c, "alatoo", "GET", f"{API}/v1/programma?kanal={c.rng.randint(1, 5)}", UA)
    fb.decoy("TV schedule (programme listing with times)")
    fb.ok_json({"программа": [{"берүү": s, "башталышы": iso(c)} for s in SHOWS]})
    return fb.build()


def ratings(c: Context) -> Flow:
    fb = b(c, "alatoo", "GET", f"{API}/v1/reiting/kanaldar", UA)
    fb.decoy("channel ratings: average audience shares over all viewers (aggregate)")
    fb.ok_json(
        {"рейтинг": [{"канал": ch, "үлүш": round(c.rng.uniform(1, 30), 2)} for ch in CHANNELS]}
    )
    return fb.build()


def stream_key(c: Context) -> Flow:
    fb = b(c, "alatoo", "GET", f"{API}/v1/stream/{c.rng.randint(1, 5)}/key", UA)
    fb.decoy("DRM key and a signed token")
    fb.ok_json({"key": new_hex(c.rng, 32), "exp": ms(c) + 3600000})
    return fb.build()
