"""Melodiia: a music streaming app on the Galaxy phone.

Its backend began as a Russian-language codebase, so the scrobble endpoint still
speaks informal Russian transliteration (`istoriya`, `proslushano_sek`,
`vremya`); the newer "recently played" answer is Ukrainian in Cyrillic
(`нещодавно_прослухані`, `прослухано_мс`). The player flushes a msgpack array
of rows with no keys at all. Synced lyrics (timecodes of a song, not of a
listener), playlists, the charts and the tracks themselves are not sensitive;
the earbuds' Bluetooth address goes out when playback moves to them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.melodiia.example"
UA = ua("Melodiia", "7.3.0")
TRACKS = [
    ("KALUSH", "Stefania"),
    ("Go_A", "Шум"),
    ("Jamala", "1944"),
    ("Океан Ельзи", "Обійми"),
    ("Dakh Daughters", "Rozy / Donbass"),
    ("Sanah", "Szampan"),
    ("Скрябін", "Старі фотографії"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "melodiia", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-install-id", b.id("muzyka_install", where="header x-install-id"))
    return b


def scrobble(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/api/v1/istoriya/dobavit")
    b.view("json trek / proslushano_sek / vremya (Russian transliteration)")
    b.json(
        {
            "trek_id": c.rng.randint(10**6, 10**7),
            "ispolnitel": artist,
            "nazvanie": title,
            "proslushano_sek": c.rng.randint(30, 240),
            "vremya": ms(c),
            "istochnik": c.rng.choice(["playlist", "radio", "albom"]),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/biblioteka/neshchodavno")
    b.view("response json нещодавно_прослухані[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 8)):
        artist, title = c.rng.choice(TRACKS)
        rows.append(
            {
                "виконавець": artist,
                "назва": title,
                "прослухано_мс": c.rng.randint(3 * 10**4, 240000),
            }
        )
    b.ok_json({"нещодавно_прослухані": rows, "оновлено": iso(c)})
    return b.build()


def msgpack_flush(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/b", device=False)
    b.view("msgpack array rows [track, ms, ts] without keys", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(3 * 10**4, 240000), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def output_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/vidtvorennia/prystrii")
    b.json(
        {
            "vykhid": "bluetooth",
            "nazva": "Galaxy Buds2 Pro",
            "bt_adresa": b.id("buds_mac", where="json bt_adresa"),
            "kodek": "SSC",
        }
    )
    b.ok_json({"yakist": "hifi"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/prystrii/reiestratsiia")
    b.json({"android_id": b.id("aid_muzyka", where="json android_id"), "model": "SM-A546B"})
    b.ok_json({"korystuvach": b.acct("muzyka_user")})
    return b.build()


def lyrics(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/api/v2/tekst?trek={c.rng.randint(10**6, 10**7)}", device=False)
    b.decoy("synced lyrics with timecodes (the song's, not the listener's)")
    b.ok_json(
        {
            "vykonavets": artist,
            "nazva": title,
            "riadky": [{"chas_ms": i * 4200, "tekst": "ла-ла-ла"} for i in range(8)],
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/playlisty/{rid(c.rng)[:8]}", device=False)
    b.decoy("playlist with track durations (catalogue)")
    b.ok_json(
        {
            "nazva": "Українське нове",
            "treky": [
                {"vykonavets": a, "nazva": t, "tryvalist_ms": c.rng.randint(150000, 260000)}
                for a, t in TRACKS
            ],
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/chart/top50?kraina=UA", device=False)
    b.decoy("top-50 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "top": [
                {
                    "poz": i + 1,
                    "vykonavets": a,
                    "nazva": t,
                    "proslukhovuvan": c.rng.randint(10**4, 10**6),
                }
                for i, (a, t) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def track_file(c: Context) -> Flow:
    b = FB(c, "melodiia", "GET", f"https://cdn.melodiia.example/a/{new_hex(c.rng, 20)}.ogg")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
