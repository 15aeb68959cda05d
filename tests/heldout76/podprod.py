"""The podcast PRODUCTION app ("Podkast Werk" studio): uploads, chapters, aggregate stats.

Real formats: Podcasting 2.0 JSON chapters (podcastindex-org/podcast-namespace
chapters spec: {"version": "1.2.0", "chapters": [{"startTime", "title",
"img", "url"}]}), an RSS 2.0 feed with iTunes <itunes:duration>. In-house
backend for episode upload (multipart audio) and download statistics
(IAB-style: downloads, listeners, apps, average consumption, all AGGREGATE).
The producer's own episodes and their audience counts are not anyone's
listening history: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, rf, ua

HOST = "https://studio.podkast-werk.de"
UA = ua("PodkastWerk", "4.0.2")
SHOW = "rheinblick-nachgefragt"


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "podprod", method, HOST + path, params)
    b.header("user-agent", UA)
    b.header("authorization", "Token " + new_hex(c.rng, 40))
    return b


def episode_upload(c: Context) -> Flow:
    ep = c.rng.randint(80, 140)
    b = _b(c, "POST", f"/api/v1/shows/{SHOW}/episodes/{ep}/audio")
    boundary = "Boundary-" + new_hex(c.rng, 20).upper()
    parts = [
        ("titel", None, None, f"Folge {ep}: Wer filmt uns?".encode()),
        ("dauerSek", None, None, str(c.rng.randint(1200, 3600)).encode()),
        ("audio", f"folge-{ep}.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1400)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"episodeId": ep, "status": "encoding"})
    b.decoy("producer uploads an episode's master audio (speech, not a voice sample)")
    return b.build()


def chapters(c: Context) -> Flow:
    ep = c.rng.randint(80, 140)
    b = _b(c, "PUT", f"/api/v1/shows/{SHOW}/episodes/{ep}/chapters.json")
    t, chs = 0, []
    for title in (
        "Intro",
        "Die Kameras am Bahnhof",
        "Interview: Ordnungsamt",
        "Was sagt das Recht?",
        "Outro",
    ):
        chs.append({"startTime": t, "title": title})
        t += c.rng.randint(120, 900)
    b.json({"version": "1.2.0", "chapters": chs}, ctype="application/json+chapters")
    b.ok_json({"ok": True})
    b.decoy("chapter markers (start times) the producer sets for an episode")
    return b.build()


def stats(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v1/shows/{SHOW}/statistik", [("zeitraum", "30d")])
    eps = [
        {
            "folge": n,
            "downloads": c.rng.randint(500, 20000),
            "hoerer": c.rng.randint(300, 15000),
            "durchschnHoerdauerSek": c.rng.randint(300, 2400),
            "durchhoerquote": rf(c.rng, 0.2, 0.8, 3),
            "abbruchKurve": [rf(c.rng, 0.2, 1.0, 2) for _ in range(10)],
        }
        for n in range(120, 128)
    ]
    b.ok_json(
        {
            "show": SHOW,
            "episoden": eps,
            "apps": {"Apple Podcasts": 0.41, "Spotify": 0.33, "Overcast": 0.05},
            "laender": {"DE": 0.71, "NL": 0.18, "AT": 0.06},
        }
    )
    b.decoy("aggregate podcast downloads, mean listen time and drop-off curve per episode")
    return b.build()


def feed(c: Context) -> Flow:
    b = FB(c, "podprod", "GET", f"https://feeds.podkast-werk.de/{SHOW}.xml")
    b.header("user-agent", UA)
    items = "".join(
        f'<item><title>Folge {n}</title><enclosure url="https://media.podkast-werk.de/{n}.mp3" '
        f'length="{c.rng.randint(10**7, 6 * 10**7)}" type="audio/mpeg"/>'
        f"<itunes:duration>{c.rng.randint(20, 59)}:{c.rng.randint(10, 59)}</itunes:duration></item>"
        for n in range(120, 124)
    )
    xml = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/'
        f'podcast-1.0.dtd"><channel><title>Nachgefragt</title>{items}</channel></rss>'
    )
    b.respond(200, "application/rss+xml", xml.encode())
    b.decoy("podcast RSS feed with episode durations")
    return b.build()


def schedule(c: Context) -> Flow:
    ep = c.rng.randint(80, 140)
    b = _b(c, "PATCH", f"/api/v1/shows/{SHOW}/episodes/{ep}")
    b.json(
        {
            "veroeffentlichen": iso(c),
            "explizit": False,
            "staffel": 3,
            "episodeNr": ep,
            "shownotes": "Gesichtserkennung im Nahverkehr: Wer schaut zu?",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
