"""Fala: a Polish radio and podcast app (RMF / Open FM-like) on the mother's
Huawei P40 lite in Kraków (no Google services: the advertising id is the OAID).

Listening is reported to the backend in snake_case Polish without Polish
letters (`stacja`, `czas_sluchania_sek`, `odcinek_id`, `pozycja_sek`); the
"recently listened" list comes back in camelCase (`ostatnioSluchane`). The
app's AppsFlyer SDK collects the OAID (`oaid`) with `uid` and `android_id`;
the app's own ad server takes `oaid` and `limitTracking` in the query. The
"teraz gramy" (now playing) metadata, the chart (`pozycja` is a song's chart
position), the schedule and the audio chunks are content, not listening
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.fala-radio.example"
UA = ua("Fala", "8.1.4", "mama")
STACJE = ["Fala Hity", "Fala Classic", "Fala Disco Polo", "Fala 80s", "Fala Kraków", "Fala Jazz"]
PODCASTY = [
    ("p501", "Rozmowy przy kawie", 3100),
    ("p512", "Historia Krakowa", 2400),
    ("p530", "Zdrowie po 50-tce", 1900),
    ("p547", "Kryminalne zagadki PRL", 3600),
]
PIOSENKI = [
    ("Dawid Podsiadło", "Małomiasteczkowy"),
    ("Sanah", "Szampan"),
    ("Kult", "Arahja"),
    ("Perfect", "Autobiografia"),
    ("Maryla Rodowicz", "Małgośka"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fala", method, url)
    b.header("user-agent", UA)
    b.header("x-sesja", rid(c.rng))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "pl.fala.radio"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("mama"))
    b.json(
        {
            "oaid": b.id("oaid_mama", where="json oaid"),
            "isOaidLimited": "false",
            "uid": b.id("radio_af_uid", where="json uid"),
            "android_id": b.id("aid_radio", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "8.1.4",
            "model": "JNY-LX1",
            "brand": "HUAWEI",
            "lang_code": "pl",
            "country": "PL",
            "counter": str(c.rng.randint(1, 400)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def reklama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ads/v1/audio-spot")
    b.params += [
        ("oaid", b.id("oaid_mama", where="query oaid")),
        ("limitTracking", "0"),
        ("stacja", c.rng.choice(STACJE)),
        ("format", "preroll"),
    ]
    b.ok_json({"spot": f"https://cdn.fala-radio.example/ads/{new_hex(c.rng, 12)}.mp3"})
    return b.build()


def rejestracja(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/urzadzenie")
    b.json(
        {
            "android_id": b.id("aid_radio", where="json android_id"),
            "producent": "HUAWEI",
            "model": "JNY-LX1",
            "hms": True,
            "push_token": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"zarejestrowano": True})
    return b.build()


def konfiguracja_opaque(c: Context) -> Flow:
    """Remote config; header 'x-k' is an MD5 of the OAID (no name says so)."""
    b = _b(c, "GET", f"{API}/v1/k?v=814")
    b.header("x-k", b.id("oaid_mama", "md5", "header x-k", detectable=False))
    b.ok_json({"bitrate": 128, "reklamy": True, "odswiezanie": 30})
    return b.build()


def sluchanie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/statystyki/sluchanie")
    b.view("json stacja + czas_sluchania_sek")
    b.json(
        {
            "uzytkownik": b.acct("radio_user"),
            "stacja": c.rng.choice(STACJE),
            "czas_sluchania_sek": c.rng.choice([60, 120, 300, 600]),
            "start": iso(c),
            "zrodlo": c.rng.choice(["aplikacja", "android_auto", "glosnik"]),
        }
    )
    b.no_content()
    return b.build()


def podcast_postep(c: Context) -> Flow:
    pid, title, dur = c.rng.choice(PODCASTY)
    b = _b(c, "PUT", f"{API}/v1/podcasty/{pid}/postep")
    b.view("json odcinek_id + pozycja_sek (podcast position)")
    b.json(
        {
            "odcinek_id": f"{pid}-{c.rng.randint(1, 150)}",
            "tytul_audycji": title,
            "pozycja_sek": c.rng.randint(30, dur),
            "dlugosc_sek": dur,
            "czas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ostatnio_sluchane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/profil/ostatnio-sluchane")
    b.view("response json ostatnioSluchane[]", direction="response")
    b.ok_json(
        {
            "ostatnioSluchane": [
                {
                    "odcinekId": f"{pid}-{c.rng.randint(1, 150)}",
                    "tytul": title,
                    "pozycjaSek": c.rng.randint(30, dur),
                    "sluchanoO": iso(c),
                }
                for pid, title, dur in c.rng.sample(PODCASTY, 3)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Batched listening: rows [station no, seconds, ts] under 'q', gzipped."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json q[] rows", detectable=False)
    rows = [[c.rng.randint(0, 5), c.rng.choice([60, 120]), ms(c)] for _ in range(4)]
    b.json({"q": rows}, "gzip")
    b.no_content()
    return b.build()


def teraz_gramy(c: Context) -> Flow:
    art, song = c.rng.choice(PIOSENKI)
    b = _b(c, "GET", f"{API}/v1/stacje/{c.rng.randint(1, 6)}/teraz-gramy")
    b.decoy("now-playing metadata with elapsed position of the song on air")
    b.ok_json(
        {
            "wykonawca": art,
            "tytul": song,
            "start": iso(c),
            "pozycja_sek": c.rng.randint(0, 200),
            "dlugosc_sek": 210,
        }
    )
    return b.build()


def lista_przebojow(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lista-przebojow?tydzien={c.rng.randint(1, 52)}")
    b.decoy("chart: pozycja is a song's chart position")
    b.ok_json(
        {
            "lista": [
                {"pozycja": i + 1, "wykonawca": a, "tytul": t, "tygodni": c.rng.randint(1, 12)}
                for i, (a, t) in enumerate(PIOSENKI)
            ]
        }
    )
    return b.build()


def ramowka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ramowka?stacja={c.rng.randint(1, 6)}")
    b.ok_json(
        {"audycje": [{"godzina": f"{h:02d}:00", "nazwa": "Poranek z Falą"} for h in (6, 7, 8)]}
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "fala",
        "GET",
        f"https://stream.fala-radio.example/hity/aac_128/{ms(c) // 10000}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/aac", b"\xff\xf1" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
