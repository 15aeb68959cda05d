"""Ordinary traffic between the apps: rain radar, train times, map tiles, crash
envelopes with trace ids, chat with a profile photo and a transcribed voice note,
a news article about facial recognition, update checks. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
           http_version="HTTP/1.1")  # fmt: skip
    b.no_content()
    return b.build()


def regenradar(c: Context) -> Flow:
    lat, lon = rf(c.rng, 51.0, 52.2, 2), rf(c.rng, 3.6, 5.2, 2)
    b = _b(c, "regen", "GET", f"https://api.regenradar.example/v1/voorspelling?lat={lat}&lon={lon}")
    b.decoy("rain forecast: coordinates and a 2-hour mm/h series")
    b.ok_json({"lat": lat, "lon": lon, "mmPerUur": [rf(c.rng, 0, 4, 1) for _ in range(24)]})
    return b.build()


def treintijden(c: Context) -> Flow:
    b = _b(c, "trein", "GET", "https://api.spoorinfo.example/v3/vertrektijden?station=UT")
    b.ok_json({"vertrek": [{"trein": f"IC {c.rng.randint(500, 3999)}", "tijd": iso(c),
                            "spoor": str(c.rng.randint(1, 21)), "vertraging": c.rng.randint(0, 9)}
                           for _ in range(5)]})  # fmt: skip
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    url = (
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png"
    )
    b = _b(c, "osm", "GET", url)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o120334.ingest.sentry.io/api/6612001/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
                     "device": {"model": "SM-S911B", "family": "Galaxy"}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "Player released"}]},
    }  # fmt: skip
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.berichtje.example/v1/messages")
    b.json({"gesprek": rid(c.rng), "tekst": c.rng.choice(["ben onderweg", "tot zondag!", "👍"]),
            "verzonden": ms(c)})  # fmt: skip
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def profielfoto(c: Context) -> Flow:
    boundary = "chat" + new_hex(c.rng, 16)
    body = multipart(
        boundary, [("avatar", "avatar.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))]
    )
    b = _b(c, "chat", "POST", "https://chat.berichtje.example/v1/profiel/avatar")
    b.decoy("profile photo upload to a chat app: no face matching or liveness")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"url": f"https://cdn.berichtje.example/a/{new_hex(c.rng, 16)}.jpg"})
    return b.build()


def spraakbericht(c: Context) -> Flow:
    boundary = "chat" + new_hex(c.rng, 16)
    audio = fake_wav(c.rng.randint(0, 10**9), 800)
    body = multipart(
        boundary, [("audio", "bericht.wav", "audio/wav", audio), ("taal", None, None, b"nl-BE")]
    )
    b = _b(c, "chat", "POST", "https://chat.berichtje.example/v1/spraak/transcriptie")
    b.decoy("voice note sent for transcription: speech recognition, no speaker model")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"tekst": "ik ben er over tien minuten", "vertrouwen": rf(c.rng, 0.8, 0.99, 2)})
    return b.build()


def nieuws(c: Context) -> Flow:
    b = _b(
        c,
        "nieuws",
        "GET",
        f"https://api.nieuwsblad-like.example/artikel/{c.rng.randint(10**6, 10**7)}",
    )
    b.decoy("article about facial recognition at Schiphol: an article about faces")
    b.ok_json(
        {
            "kop": "Schiphol breidt gezichtsherkenning bij de gate uit",
            "tekst": "Reizigers kunnen instappen met een gezichtsscan...",
            "gepubliceerd": iso(c),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.appwinkel.example/v1/latest?kanaal=stabiel")
    b.decoy("commit hash and build id")
    b.ok_json({"versie": "7.31.1", "commit": new_hex(c.rng, 40), "build": new_hex(c.rng, 12)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


def tijd(c: Context) -> Flow:
    b = _b(c, "tijd", "GET", "https://tijd.ntp-example.nl/nu")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Amsterdam"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, regenradar, treintijden, map_tile, sentry_crash, chat, profielfoto,
    spraakbericht, nieuws, update_check, fonts, tijd, regenradar, map_tile, chat,
]  # fmt: skip
