"""Sori Music: Ji-woo's music app, used on her Galaxy Buds at work.

Its stream logs (song, seconds listened, when) and the "최근 들은 곡" (recently
played) answer are viewing history (listening counts); the TOP100 chart with
play counts, lyrics and search are catalogue and aggregates. The app registers
the Buds it plays on (their Bluetooth MAC and serial: her own earbuds).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, noise, ua

API = "https://api.sorimusic.example"
UA = ua("SoriMusic", "6.12.0")
SONGS = ["Supernova", "Magnetic", "How Sweet", "밤양갱", "Love wins all", "To. X"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "sorimusic", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-sori-dkey", b.id("music_device_key", where="header x-sori-dkey"))
    return b


def _song(c: Context) -> int:
    return c.rng.randint(37000000, 37999999)


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chart/top100?type=realtime")
    b.decoy("TOP100 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {
                    "rank": i + 1,
                    "songId": _song(c),
                    "title": t,
                    "playCnt": c.rng.randint(10**4, 10**6),
                }
                for i, t in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/songs/{_song(c)}/lyrics")
    b.decoy("synced lyrics with millisecond timestamps (song data, not a listen report)")
    b.ok_json({"lines": [{"t": i * 4200, "text": "la la la"} for i in range(8)]})
    return b.build()


def stream_audio(c: Context) -> Flow:
    b = FB(c, "sorimusic", "GET", f"https://st.sorimusic.example/aac/{new_hex(c.rng, 24)}.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x18ftypM4A " + noise(c, 500))
    return b.build()


def stream_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/log/stream", device=True)
    b.view("json songId + playSec + listenedAt")
    b.json(
        {
            "songId": _song(c),
            "playSec": c.rng.randint(31, 240),
            "listenedAt": iso(c),
            "source": c.rng.choice(["CHART", "MY_LIST", "SEARCH"]),
            "output": "BT",
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/recent?size=20")
    b.view("response json recentSongs[].lastPlayedAt", direction="response")
    b.ok_json(
        {
            "recentSongs": [
                {
                    "songId": _song(c),
                    "title": t,
                    "lastPlayedAt": iso(c),
                    "myPlayCnt": c.rng.randint(1, 90),
                }
                for t in c.rng.sample(SONGS, 4)
            ]
        }
    )
    return b.build()


def stat_opaque(c: Context) -> Flow:
    """A numeric-key stat beacon: 1 = song, 2 = seconds, 3 = epoch ms."""
    b = _b(c, "POST", f"{API}/s")
    b.view("json e[] with numeric keys 1/2/3", detectable=False)
    b.json({"e": [{"1": _song(c), "2": c.rng.randint(31, 240), "3": ms(c)} for _ in range(3)]})
    b.no_content()
    return b.build()


def buds_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/audio", device=True)
    b.json(
        {
            "btMacAddress": b.id("buds_mac", where="json btMacAddress"),
            "serialNumber": b.id("buds_serial", where="json serialNumber"),
            "modelName": "Galaxy Buds3 Pro",
            "codec": "SSC-HiFi",
        }
    )
    b.ok_json({"hiFiEnabled": True})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/search?q=%EB%89%B4%EC%A7%84%EC%8A%A4&type=song")
    b.decoy("search results (catalogue)")
    b.ok_json({"songs": [{"songId": _song(c), "title": t} for t in SONGS[:3]]})
    return b.build()
