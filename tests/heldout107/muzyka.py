"""Áuen: a Yandex-Music-like streaming app (music, podcasts, audiobooks).

Its play reports copy the shape music services use: a track id with the seconds
played and where playback ended (`total-played-seconds`, `end-position-seconds`),
sent as a form. Listening counts as viewing history here (what a person listened
to). Lyrics, the charts and the "my wave" radio queue are content. Audiobooks
are listening too (spoken, not read), so their progress is labelled.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, b, iso, ms, ua

API = "https://api.auen.example"
UA = ua("Auen", "2024.11.3")
ARTISTS = ["Dimash", "Ninety One", "Jah Khalib", "Скриптонит", "Kairat Nurtas", "Miyagi"]


def _dev(fb: FB) -> None:
    fb.header(
        "x-auen-device",
        "os=Android; os_version=14; device_id="
        + fb.id("aid_muz", where="header x-auen-device device_id"),
    )
    fb.header("authorization", "OAuth " + new_hex(fb.ctx.rng, 39))


def play_audio(c: Context) -> Flow:
    fb = b(c, "auen", "POST", f"{API}/play-audio", UA)
    _dev(fb)
    fb.view("form track-id + total-played-seconds + end-position-seconds")
    total = c.rng.randint(20, 240)
    fb.form(
        [
            ("track-id", str(c.rng.randint(10**7, 10**8))),
            ("from", c.rng.choice(["mobile-own_playlists", "radio-mobile-user-onyourwave"])),
            ("play-id", new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)),
            ("uid", c.phone.muz_uid),
            ("timestamp", iso(c)),
            ("track-length-seconds", str(total + c.rng.randint(0, 60))),
            ("total-played-seconds", str(total)),
            ("end-position-seconds", str(total)),
        ]
    )
    fb.decoy("play-id is a playback session id, not a device id")
    fb.ok_json({"result": "ok"})
    return fb.build()


def recently_played(c: Context) -> Flow:
    fb = b(c, "auen", "GET", f"{API}/users/{c.phone.muz_uid}/contexts?types=album,artist", UA)
    _dev(fb)
    fb.view("response json recentlyPlayed[] (listening history)", direction="response")
    fb.ok_json(
        {
            "recentlyPlayed": [
                {"artist": c.rng.choice(ARTISTS), "playedAt": iso(c), "tracks": c.rng.randint(1, 9)}
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return fb.build()


def audiobook_position(c: Context) -> Flow:
    fb = b(c, "auen", "POST", f"{API}/audiobooks/tyndau-orny", UA)
    _dev(fb)
    fb.view("json kitap_id + tyndau_orny_sek (audiobook listening position)")
    fb.json(
        {
            "kitap_id": c.rng.randint(1000, 9999),
            "tarau": c.rng.randint(1, 30),
            "tyndau_orny_sek": c.rng.randint(0, 3000),
        }
    )
    fb.no_content()
    return fb.build()


def feedback_opaque(c: Context) -> Flow:
    """The radio's feedback batch: a base64 msgpack-like string under `q`."""
    fb = b(c, "auen", "POST", f"{API}/rotor/fb", UA)
    _dev(fb)
    fb.view("form q (base64 packed track/seconds tuples)", detectable=False)
    packed = ";".join(f"{c.rng.randint(10**7, 10**8)}:{c.rng.randint(5, 240)}" for _ in range(5))
    fb.form([("q", b64(packed)), ("s", str(ms(c)))])
    fb.no_content()
    return fb.build()


def lyrics(c: Context) -> Flow:
    fb = b(c, "auen", "GET", f"{API}/tracks/{c.rng.randint(10**7, 10**8)}/lyrics", UA)
    fb.decoy("lyrics with time codes (content)")
    fb.ok_json({"lines": [{"t": i * 4.2, "text": "..."} for i in range(8)]})
    return fb.build()


def chart(c: Context) -> Flow:
    fb = b(c, "auen", "GET", f"{API}/landing3/chart/kz", UA)
    fb.decoy("chart: play counts across all listeners (aggregate)")
    fb.ok_json({"chart": [{"artist": a, "plays": c.rng.randint(10**4, 10**7)} for a in ARTISTS]})
    return fb.build()


def wave_queue(c: Context) -> Flow:
    fb = b(c, "auen", "GET", f"{API}/rotor/station/user:onyourwave/tracks", UA)
    fb.decoy("radio queue: tracks recommended next (recommendation, not history)")
    fb.ok_json({"sequence": [{"trackId": c.rng.randint(10**7, 10**8)} for _ in range(5)]})
    return fb.build()


def audio_chunk(c: Context) -> Flow:
    fb = b(c, "auen", "GET", f"https://strm-kz.auen.example/get-mp3/{new_hex(c.rng, 32)}", UA)
    fb.respond(200, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return fb.build()
