"""The newsroom CMS app ("Rheinblick Redaktion", in-house backend, German keys).

Article drafts with autosave, embedded video clips with their running time and
poster frame, and the video editor's own timeline (clip in/out points, the
playhead of the edit). None of it is anyone's viewing history: the conventions
say a video editor's own timeline is not, and clip durations are catalogue data.
Key names are the developers' own (German/English mix, as CMS teams write).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

HOST = "https://cms.rheinblick-medien.de"
UA = ua("RheinblickRedaktion", "3.8.2")
TOPICS = [
    "Gesichtserkennung am Bahnhof",
    "Hochwasser an der Maas",
    "Landtagswahl NRW",
    "Datenschutz bei Fitness-Apps",
    "Streaming-Preise steigen",
    "Kameraüberwachung in Utrecht",
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "cms", method, HOST + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def draft_autosave(c: Context) -> Flow:
    art = f"art-{c.rng.randint(100000, 999999)}"
    b = _b(c, "PUT", f"/api/v4/artikel/{art}/entwurf")
    topic = c.rng.choice(TOPICS)
    b.json(
        {
            "artikelId": art,
            "titel": topic,
            "ressort": "Digitales",
            "text": f"<p>{topic}: Die Stadt testet seit Montag ...</p>",
            "wortanzahl": c.rng.randint(300, 1400),
            "zuletztBearbeitet": iso(c),
            "revision": c.rng.randint(2, 80),
            "sperre": {"von": "jvdm", "seit": iso(c)},
        }
    )
    b.ok_json({"ok": True, "revision": c.rng.randint(2, 80)})
    b.decoy("article draft autosave about faces/streaming: text, revision numbers")
    return b.build()


def clip_embed(c: Context) -> Flow:
    art = f"art-{c.rng.randint(100000, 999999)}"
    b = _b(c, "POST", f"/api/v4/artikel/{art}/medien")
    dur = c.rng.randint(30, 600)
    b.json(
        {
            "typ": "video",
            "clipId": f"clip_{new_hex(c.rng, 10)}",
            "laufzeitSek": dur,
            "duration": dur * 1000,
            "posterFrameMs": c.rng.randint(0, dur * 1000),
            "autoplay": False,
            "untertitel": "de",
            "quelle": "eigene Aufnahme",
        }
    )
    b.ok_json({"mediaId": rid(c.rng)})
    b.decoy("video clip embedded in an article: running time and poster frame, nobody watched it")
    return b.build()


def timeline_save(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/api/v4/schnitt/projekte/{new_hex(c.rng, 12)}/timeline")
    clips, t = [], 0
    for n in range(c.rng.randint(3, 7)):
        length = c.rng.randint(2000, 25000)
        src_in = c.rng.randint(0, 90000)
        clips.append(
            {
                "spur": 1 + n % 2,
                "clipId": f"clip_{new_hex(c.rng, 10)}",
                "inPoint": src_in,
                "outPoint": src_in + length,
                "start": t,
                "uebergang": c.rng.choice(["schnitt", "blende"]),
            }
        )
        t += length
    b.json(
        {
            "fps": 25,
            "playheadMs": c.rng.randint(0, t),
            "gesamtdauerMs": t,
            "clips": clips,
            "gespeichertUm": iso(c),
        }
    )
    b.ok_json({"version": c.rng.randint(1, 300)})
    b.decoy("video editor's own timeline: in/out points and playhead of an edit, not watching")
    return b.build()


def render_status(c: Context) -> Flow:
    job = new_hex(c.rng, 16)
    b = _b(c, "GET", f"/api/v4/schnitt/render/{job}")
    b.ok_json(
        {
            "jobId": job,
            "status": c.rng.choice(["laeuft", "fertig"]),
            "fortschritt": c.rng.randint(0, 100),
            "dauerSek": c.rng.randint(20, 400),
            "ausgabe": {"aufloesung": "1920x1080", "bitrate": 6000},
        }
    )
    b.decoy("render progress of an edited clip")
    return b.build()


def asset_search(c: Context) -> Flow:
    q = c.rng.choice(["Gesicht", "Kamera", "Überwachung", "Stimme", "Fingerabdruck"])
    b = _b(c, "GET", "/api/v4/assets", params=[("q", q), ("typ", "video,bild"), ("seite", "1")])
    hits = [
        {
            "assetId": new_hex(c.rng, 12),
            "titel": f"{q} – Archiv {i}",
            "dauerSek": c.rng.randint(5, 300),
            "vorschau": f"/thumbs/{new_hex(c.rng, 12)}.jpg",
        }
        for i in range(5)
    ]
    b.ok_json({"treffer": hits, "gesamt": c.rng.randint(5, 400)})
    b.decoy("archive search for 'face/voice' footage: catalogue results with durations")
    return b.build()


def publish(c: Context) -> Flow:
    art = f"art-{c.rng.randint(100000, 999999)}"
    b = _b(c, "POST", f"/api/v4/artikel/{art}/veroeffentlichen")
    b.json(
        {
            "kanal": ["web", "app"],
            "zeitpunkt": iso(c),
            "push": c.rng.random() < 0.3,
            "geplant": ms(c) + 600000,
        }
    )
    b.ok_json({"url": f"https://www.rheinblick-medien.de/digitales/{art}"})
    return b.build()
