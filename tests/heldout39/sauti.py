"""SautiPlay (fictional): the music and radio app preinstalled on the phone as a
privileged system app (as music apps ship on Transsion handsets), so it can read
both IMEIs, the serial and the Wi-Fi MAC. Play logs (gzip JSON batches), radio
listening sessions (Hausa UI: tasha = station), a recently-played sync, a device
report with the hardware ids, and the same report with its ids under a shuffled
base64 alphabet (opaque). Decoys: charts, lyrics, audio chunk, Icecast radio
stream, a play-count leaderboard.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid

API = "https://api.sautiplay.com"
ARTISTS = ["Rarara", "Teddy Afro", "Burna Boy", "Umar M Shareef", "Aster Aweke", "Adekunle Gold"]
STATIONS = ["Freedom Radio Kano 99.5", "Sheger FM 102.1", "Rahama Radio 97.3", "Fresh FM 105.9"]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "sauti", method, url, params)
    b.header("user-agent", dalvik())
    b.header("x-sauti-app", "com.sauti.music/7.3.12")
    return b


def _song(c: Context) -> str:
    return str(c.rng.randint(10_000_000, 99_999_999))


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/log/plays")
    plays = [
        {
            "songId": _song(c),
            "artist": c.rng.choice(ARTISTS),
            "playedSec": c.rng.randint(5, 300),
            "songSec": c.rng.randint(150, 320),
            "ts": ms(c) - c.rng.randint(0, 3_600_000),
            "src": c.rng.choice(["playlist", "search", "album", "offline"]),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    vaid = b.id("music_vaid", where="body.vaid")
    b.json({"vaid": vaid, "uid": b.acct("music_user"), "plays": plays}, encoding="gzip")
    b.view("body.plays[]")
    b.ok_json({"code": 0})
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/rediyo/zaman-saurare")
    start = ms(c) - c.rng.randint(300_000, 5_400_000)
    b.json(
        {
            "tasha": c.rng.choice(STATIONS),
            "fara": start,
            "gama": ms(c),
            "tsawon_saurare": (ms(c) - start) // 1000,
            "shiri": c.rng.choice(["Labarai", "Shirin Safe", "Wakokin Gargajiya"]),
        }
    )
    b.view("body.tasha+fara+gama")
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/me/recently-played")
    items = [{"id": _song(c), "playedAt": iso(c)} for _ in range(c.rng.randint(3, 8))]
    b.json({"recentlyPlayed": items})
    b.view("body.recentlyPlayed[]")
    b.no_content()
    return b.build()


def device_report(c: Context) -> Flow:
    b = _b(c, "POST", "https://dr.sautiplay.com/v1/report")
    pairs = [
        ("imei1", b.id("imei1", where="form.imei1")),
        ("imei2", b.id("imei2", where="form.imei2")),
        ("sn", b.id("serial", where="form.sn")),
        ("wifi_mac", b.id("wifi_mac", where="form.wifi_mac")),
        ("brand", "itel"),
        ("model", "S665L"),
        ("rom", "itel OS 13.1.0"),
        ("ts", str(ms(c))),
    ]
    b.form(pairs)
    b.ok_json({"code": 0, "cfg": {"interval": 86400}})
    return b.build()


def device_report_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "https://dr.sautiplay.com/v1/r2")
    inner = {
        "a": b.id("imei1", how="custom_b64", where="body.p.a", detectable=False),
        "b": b.id("serial", how="custom_b64", where="body.p.b", detectable=False),
    }
    b.json({"p": inner, "v": 3, "n": new_hex(c.rng, 16)})
    b.ok_json({"code": 0})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/charts", [("region", c.rng.choice(["NG", "ET"]))])
    rows = [
        {"rank": i + 1, "songId": _song(c), "artist": c.rng.choice(ARTISTS), "plays": 10**6 - i}
        for i in range(10)
    ]
    b.ok_json({"chart": rows})
    b.decoy("top chart with play counts (everyone's, not the user's)")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/lyrics/{_song(c)}")
    b.ok_json({"lines": [{"t": i * 4200, "txt": "Ina son ki..."} for i in range(6)]})
    b.decoy("lyrics with timestamps")
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = _b(c, "GET", f"https://audio.sautiplay.com/m4a/{_song(c)}_128.m4a")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 65536}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("audio range fetch")
    return b.build()


def radio_stream(c: Context) -> Flow:
    b = FB(
        c,
        "sauti",
        "GET",
        "https://stream.freedomradio-example.ng/kano.mp3",
        http_version="HTTP/1.1",
    )
    b.header("icy-metadata", "1")
    b.header("user-agent", dalvik())
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("Icecast radio stream")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/fans/top", [("artist", c.rng.choice(ARTISTS)), ("r", rid(c.rng))])
    b.respond(
        200,
        "application/json",
        js({"fans": [{"n": f"fan{i}", "p": 900 - i} for i in range(5)]}).encode(),
    )
    b.decoy("fan leaderboard: listen counts of other users by nickname")
    return b.build()
