"""Isai Malar: a Tamil film-songs app (Jaffna relatives' favourite), with a
Chennai-style API in romanised Tamil and some Tamil-script keys.

Listening history (`ketta_paadalgal`, songs listened to with seconds heard) and
the recently-played response (`சமீபத்தில்_கேட்டவை`) are viewing history in
the issue's sense (listening). The "mood mix" reads the listener's face from a
selfie on the phone and sends the face-analysis result (`முக_உணர்ச்சி`, emotion
scores, and an estimated age): biometric. A compact play log with single-letter keys is
not detectable. Lyrics, the top-songs chart, search and album art are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, ua

API = "https://api.isaimalar.example"
UA = ua("IsaiMalar", "2.14.0")
SONGS = [
    ("s1021", "கண்ணாளனே", "Bombay"),
    ("s2230", "மலர்களே மலர்களே", "Love Birds"),
    ("s3318", "வசீகரா", "Minnale"),
    ("s4410", "நெஞ்சுக்குள் பெய்திடும்", "Vaaranam Aayiram"),
    ("s5512", "உன்னாலே உன்னாலே", "Unnale Unnale"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "isaimalar", method, url)
    b.header("user-agent", UA)
    b.header("x-karuvi-id", b.id("aid_isai", where="header x-karuvi-id (கருவி = device)"))
    return b


def ketta_paadal(c: Context) -> Flow:
    sid, name, film = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/payanar/ketta-paadalgal")
    b.view("json ketta_paadalgal[] paadal_id + ketta_nodigal (songs listened)")
    b.json(
        {
            "ketta_paadalgal": [
                {
                    "paadal_id": sid,
                    "paadal": name,
                    "padam": film,
                    "ketta_nodigal": c.rng.randint(20, 320),
                    "neram": iso(c),
                }
            ]
        }
    )
    b.ok_json({"sari": True})
    return b.build()


def samipathil(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/payanar/recent")
    b.view("response சமீபத்தில்_கேட்டவை[] (recently played)", direction="response")
    rows = [{"பாடல்_எண்": s, "பாடல்": n, "கேட்ட_நேரம்": iso(c)} for s, n, _f in SONGS[:3]]
    b.ok_json({"சமீபத்தில்_கேட்டவை": rows})
    return b.build()


def play_log_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/q")
    b.view("json l[] rows {a,b,c}: song, seconds, ts (no readable key)", detectable=False)
    b.json({"l": [{"a": s, "b": c.rng.randint(5, 300), "c": ms(c)} for s, _n, _f in SONGS[:2]]})
    b.no_content()
    return b.build()


def varigal(c: Context) -> Flow:
    sid, name, _f = c.rng.choice(SONGS)
    b = FB(c, "isaimalar", "GET", f"{API}/v1/paadal/{sid}/varigal")
    b.header("user-agent", UA)
    b.decoy("time-coded lyrics (timestamps in a song, not a listening report)")
    lines = [{"t_ms": i * 4200, "vari": name} for i in range(6)]
    b.ok_json({"paadal": name, "varigal": lines})
    return b.build()


def top_paadalgal(c: Context) -> Flow:
    b = FB(c, "isaimalar", "GET", f"{API}/v1/charts/top-20?naadu=LK")
    b.header("user-agent", UA)
    b.decoy("top-20 chart with total play counts (aggregate over all listeners)")
    b.ok_json(
        {
            "top": [
                {"paadal_id": s, "mothha_ketpugal": c.rng.randint(10**4, 10**6)}
                for s, _n, _f in SONGS
            ]
        }
    )
    return b.build()


def album_art(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(c, "isaimalar", "GET", f"https://img.isaimalar.example/art/{sid}_300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def mugam_unarvu(c: Context) -> Flow:
    """Mood mix: on-device face analysis of a selfie picks the playlist."""
    b = _b(c, "POST", f"{API}/v1/mood-mix")
    b.bio("face_analysis", "json முக_உணர்ச்சி emotion scores + vayathu_kanippu (age from face)")
    scores = {k: rf(c.rng, 0, 1, 3) for k in ("மகிழ்ச்சி", "சோகம்", "கோபம்", "அமைதி")}
    b.json(
        {
            "முக_உணர்ச்சி": scores,
            "vayathu_kanippu": c.rng.randint(28, 60),
            "mugam_kondam": {"yaw": rf(c.rng, -15, 15, 1), "roll": rf(c.rng, -8, 8, 1)},
        }
    )
    b.ok_json({"playlist": [s for s, _n, _f in SONGS[:4]]})
    return b.build()


def mood_opaque(c: Context) -> Flow:
    """The older build sends the same face scores as a bare float list under `m`."""
    b = _b(c, "POST", f"{API}/v1/mm")
    b.bio("face_analysis", "json m (bare list of face emotion scores + age)", detectable=False)
    b.json({"m": [rf(c.rng, 0, 1, 3) for _ in range(4)] + [c.rng.randint(28, 60)], "t": ms(c)})
    b.ok_json({"p": [s for s, _n, _f in SONGS[:3]]})
    return b.build()
