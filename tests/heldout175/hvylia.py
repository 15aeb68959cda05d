"""Hvylia: a radio and podcast app on the family's iPhone.

Podcast listening progress, radio listening sessions and the app's listening
history are viewing history (listening counts); a compact sync with numeric
keys carries the same rows opaquely. Audio ads come from AdsWizz, the audio ad
server many radio apps use, with the IDFA as the IAB `ifa` parameter. Station
lists, the charts (play counts over all listeners), an episode's transcript
(speech recognition, no speaker model) and the audio itself are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.hvylia.example"
UA = ios_ua("Hvylia", "3.9.1", "3912")
STATIONS = ["Радіо Промінь", "Hit FM", "Радіо Культура", "Kiss FM", "Радіо Рокс", "Lux FM"]
SHOWS = [
    ("Історія без міфів", 2700),
    ("Подкаст «Ukraїner»", 3300),
    ("Радіо Свобода: Ранок", 1800),
    ("Розмова про гроші", 2400),
    ("Kurs polskiego dla Ukraińców", 1200),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hvylia", method, url)
    b.header("user-agent", UA)
    b.header("x-device-idfv", b.id("idfv_hvylia", where="header x-device-idfv"))
    b.header("accept-language", "uk-UA;q=1.0, pl-PL;q=0.8")
    return b


def podcast_progress(c: Context) -> Flow:
    show, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v2/podkasty/prohres")
    b.view("json epizod_id / proslukhano_sek")
    b.json(
        {
            "epizod_id": c.rng.randint(10**5, 10**6),
            "podkast": show,
            "proslukhano_sek": c.rng.randint(20, dur),
            "tryvalist_sek": dur,
            "shvydkist": c.rng.choice([1.0, 1.25, 1.5]),
            "chas": iso(c),
        }
    )
    b.ok_json({"zberezheno": True})
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/radio/sesii")
    b.view("json stantsiia / pochatok / tryvalist_sek (radio listening session)")
    start = int(c.now) - c.rng.randint(300, 5400)
    b.json(
        {
            "stantsiia": c.rng.choice(STATIONS),
            "potik": "aac_128",
            "pochatok": start,
            "tryvalist_sek": c.rng.randint(60, 5400),
            "dzherelo": c.rng.choice(["carplay", "dynamik", "airpods"]),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/biblioteka/istoriia?limit=20")
    b.view("response json istoriia_proslukhovuvannia[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        show, dur = c.rng.choice(SHOWS)
        rows.append(
            {
                "podkast": show,
                "epizod_id": c.rng.randint(10**5, 10**6),
                "proslukhano_sek": c.rng.randint(60, dur),
                "koly": iso(c),
            }
        )
    b.ok_json({"istoriia_proslukhovuvannia": rows})
    return b.build()


def numeric_sync(c: Context) -> Flow:
    """The offline queue flushed as {"1": episode, "2": seconds, "3": ts} objects."""
    b = _b(c, "POST", f"{API}/v2/q")
    b.view("json numeric keys 1/2/3 rows", detectable=False)
    rows = [
        {"1": c.rng.randint(10**5, 10**6), "2": c.rng.randint(10, 3000), "3": ms(c)}
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"q": rows, "n": len(rows)})
    b.no_content()
    return b.build()


def adswizz(c: Context) -> Flow:
    b = FB(
        c,
        "adswizz",
        "GET",
        "https://hvylia.deliveryengine.adswizz.com/vast/4.0/request/alias/hvylia_preroll",
    )
    b.header("user-agent", UA)
    b.params.extend(
        [
            ("ifa", b.id("idfa", where="query ifa")),
            ("ifa_type", "idfa"),
            ("lmt", "0"),
            ("aw_0_req.gdpr", "0"),
            ("aw_0_1st.playerid", "hvylia_ios"),
            ("cb", new_hex(c.rng, 10)),
        ]
    )
    b.decoy("cache-buster cb")
    vast = (
        f'<?xml version="1.0"?><VAST version="4.0"><Ad id="{c.rng.randint(10**5, 10**6)}"/></VAST>'
    )
    b.respond(200, "application/xml", vast.encode())
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/prystroi")
    b.json(
        {
            "platforma": "ios",
            "idfv": b.id("idfv_hvylia", where="json idfv"),
            "firebase_instance": b.id("hvylia_fid", where="json firebase_instance"),
            "model": "iPhone15,2",
            "mova": "uk",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(c, "hvylia", "GET", f"{API}/v2/radio/stantsii?misto=kyiv")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "stantsii": [
                {"nazva": s, "chastota": f"{c.rng.randint(88, 107)}.{c.rng.randint(0, 9)}"}
                for s in STATIONS
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "hvylia", "GET", f"{API}/v2/podkasty/chart?kraina=UA")
    b.header("user-agent", UA)
    b.decoy("podcast chart with listen counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"misce": i + 1, "podkast": s, "proslukhovuvan": c.rng.randint(10**3, 10**5)}
                for i, (s, _) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def transcript(c: Context) -> Flow:
    b = FB(c, "hvylia", "GET", f"{API}/v2/epizody/{c.rng.randint(10**5, 10**6)}/transkrypt")
    b.header("user-agent", UA)
    b.decoy("episode transcript with speaker turns and timecodes (speech recognition)")
    b.ok_json(
        {
            "segmenty": [
                {"vid": t, "do": t + 9.5, "spiker": f"S{i % 2}", "tekst": "…і от що сталося далі"}
                for i, t in enumerate(range(0, 60, 10))
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "hvylia", "GET", f"https://cdn.hvylia.example/ep/{new_hex(c.rng, 12)}.m4a")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def share(c: Context) -> Flow:
    b = FB(c, "hvylia", "POST", f"{API}/v2/share")
    b.header("user-agent", UA)
    b.decoy("share link id")
    b.json({"epizod_id": c.rng.randint(10**5, 10**6), "kanal": "telegram"})
    b.ok_json({"url": f"https://hvylia.example/s/{rid(c.rng)[:8]}"})
    return b.build()
