"""Two listening apps: Melodia (a Polish music service) and Hovoryt (a Ukrainian
podcast app). Listening counts as viewing history here (what a person listened
to, with time or position).

Melodia scrobbles with Polish keys (`odsluchane`, `utwor_id`, `czas_odsluchu_ms`)
and batches offline plays as protobuf-like numeric-key JSON. Hovoryt saves
episode positions (`epizod`, `pozytsiia`) and fetches RSS feeds and audio.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

MUSIC = "https://api.melodia.example"
POD = "https://api.hovoryt.example"


def _music(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "melodia", method, url)
    b.header("user-agent", ua("Melodia", "5.2.1"))
    if device:
        b.header("x-urzadzenie", b.id("aid_music", where="header x-urzadzenie"))
    return b


def _pod(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hovoryt", method, url)
    b.header("user-agent", ua("Hovoryt", "2.0.7"))
    return b


def scrobble(c: Context) -> Flow:
    b = _music(c, "POST", f"{MUSIC}/v1/odsluchane", device=True)
    b.view("json utwory[].utwor_id + czas_odsluchu_ms")
    b.json(
        {
            "uzytkownik": c.phone.music_user,
            "utwory": [
                {
                    "utwor_id": c.rng.randint(10**7, 10**8),
                    "czas_odsluchu_ms": c.rng.randint(30_000, 240_000),
                    "zrodlo": c.rng.choice(["playlista", "album", "radio"]),
                    "koniec": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def offline_plays_numeric(c: Context) -> Flow:
    """Offline plays synced as numeric keys (a protobuf mapped to JSON by field number)."""
    b = _music(c, "POST", f"{MUSIC}/v1/sync/o")
    b.view("json {'1': track, '2': ms, '3': ts} rows", detectable=False)
    b.json(
        {
            "r": [
                {"1": c.rng.randint(10**7, 10**8), "2": c.rng.randint(30_000, 240_000), "3": ms(c)}
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _music(c, "GET", f"{MUSIC}/v1/teksty/{c.rng.randint(10**7, 10**8)}")
    b.decoy("synced lyrics: a time series of line offsets (no listening report)")
    b.ok_json({"linie": [{"t_ms": i * 4100, "tekst": "la la"} for i in range(8)]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _music(c, "GET", f"{MUSIC}/v1/listy/top-50-polska")
    b.decoy("national top-50 chart with play counts (aggregate)")
    b.ok_json(
        {
            "utwory": [
                {"id": c.rng.randint(10**7, 10**8), "odtworzenia": c.rng.randint(10**5, 10**7)}
                for _ in range(10)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "melodia",
        "GET",
        f"https://cdn.melodia.example/a/{rid(c.rng)}/seg{c.rng.randint(1, 60)}.m4a",
    )
    b.header("user-agent", ua("Melodia", "5.2.1"))
    b.respond(
        200,
        "audio/mp4",
        b"\x00\x00\x00\x18ftypM4A " + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()


def pod_position(c: Context) -> Flow:
    b = _pod(c, "PUT", f"{POD}/api/epizody/{c.rng.randint(1000, 99999)}/pozytsiia")
    b.header("x-prystrii-id", b.id("aid_pod", where="header x-prystrii-id"))
    b.view("path epizody/{id}/pozytsiia + json pozytsiia_sek + proslukhano")
    b.json(
        {
            "pozytsiia_sek": c.rng.randint(30, 4000),
            "proslukhano": c.rng.choice([False, False, True]),
            "shvydkist": c.rng.choice([1.0, 1.25, 1.5]),
            "onovleno": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pod_history(c: Context) -> Flow:
    b = _pod(c, "GET", f"{POD}/api/istoriia-proslukhovuvannia")
    b.view("response json epizody[].pozytsiia_sek", direction="response")
    b.ok_json(
        {
            "epizody": [
                {
                    "id": c.rng.randint(1000, 99999),
                    "pozytsiia_sek": c.rng.randint(30, 4000),
                    "ostannie": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def pod_feed(c: Context) -> Flow:
    b = _pod(c, "GET", f"{POD}/rss/{c.rng.choice(['ranok', 'istoriia', 'tech-ua'])}.xml")
    b.decoy("RSS feed with episode durations")
    item = "<item><title>Випуск 12</title><itunes:duration>3120</itunes:duration></item>"
    xml = f"<rss><channel>{item}</channel></rss>"
    b.respond(200, "application/rss+xml", xml.encode())
    return b.build()


def pod_audio(c: Context) -> Flow:
    b = _pod(c, "GET", f"https://media.hovoryt.example/{c.rng.randint(1000, 99999)}.mp3")
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
