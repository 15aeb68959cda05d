"""Zema Beat: a music app (Ethio-jazz, zema, tizita) with a Firebase Analytics
stream through the GA4 Measurement Protocol.

The backend logs plays with Amharic keys in Ge'ez script (`ዘፈን` song,
`የተደመጠ_ሰከንድ` seconds listened). GA4 gets a `song_play` event with the app
instance id. A compact scrobble under one-letter keys hides what it is. The weekly
chart (plays over all listeners), lyrics, cover art and voice search (speech to
text, no speaker model) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.zemabeat.example"
UA = ua("ZemaBeat", "3.7.0")
SONGS = ["Yekatit", "Tizita (Mulatu)", "Ambassel", "Yegelle Tezeta", "Bati", "ሆዴ"]
ARTISTS = ["Mulatu Astatke", "Mahmoud Ahmed", "Aster Aweke", "Hailu Mergia", "Teddy Afro"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:552019834417:android:7d1c0e99a4b35f20&api_secret=zQ4pLk0sRr8dY2mVnX1aTw"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zemabeat", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_zema", where="header x-device-id"))
    return b


def _song(c: Context) -> str:
    return f"zb{c.rng.randint(10000, 99999)}"


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/የማዳመጥ-ታሪክ")
    b.view("json የተደመጠ_ሰከንድ (seconds listened) with ዘፈን (song)")
    b.json(
        {
            "ዘፈን": _song(c),
            "ርዕስ": c.rng.choice(SONGS),
            "ድምፃዊ": c.rng.choice(ARTISTS),
            "የተደመጠ_ሰከንድ": c.rng.randint(20, 400),
            "ሰዓት": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def ga4_play(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.view("json events[].name=song_play params song_title, listen_ms")
    b.json(
        {
            "app_instance_id": b.id("zema_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "song_play",
                    "params": {
                        "song_id": _song(c),
                        "song_title": c.rng.choice(SONGS),
                        "listen_ms": c.rng.randint(10000, 300000),
                        "engagement_time_msec": c.rng.randint(100, 900),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def compact_scrobble(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/s")
    b.param("a", _song(c))
    b.param("b", str(c.rng.randint(20, 400)))
    b.param("t", str(ms(c) // 1000))
    b.view("query a=song b=seconds t=ts (one-letter keys)", detectable=False)
    b.no_content()
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/weekly?genre=ethiojazz")
    b.decoy("weekly chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "week": "2017-03",
            "tracks": [
                {
                    "rank": i + 1,
                    "id": _song(c),
                    "title": c.rng.choice(SONGS),
                    "plays": c.rng.randint(5000, 90000),
                }
                for i in range(10)
            ],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lyrics/{_song(c)}")
    b.ok_json({"ግጥም": "ትዝታ ትዝታ...", "lines": [{"t": i * 4.2, "l": "…"} for i in range(6)]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "zemabeat", "GET", f"https://cdn.zemabeat.example/cover/{_song(c)}_300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/search/voice?lang=am-ET")
    b.decoy("voice search: speech to text (transcription, no speaker model)")
    b.json({"audio_format": "opus", "duration_ms": c.rng.randint(900, 3000), "request": rid(c.rng)})
    b.ok_json({"transcript": "ጥላሁን ገሠሠ", "results": [_song(c) for _ in range(3)]})
    return b.build()


def buds_pair(c: Context) -> Flow:
    """The earbuds' EQ profile is stored per pair of buds (their Bluetooth MAC)."""
    b = _b(c, "PUT", f"{API}/v1/audio/eq")
    b.json(
        {
            "output": "bluetooth",
            "bt_addr": b.id("buds_mac", where="json bt_addr"),
            "bands": [2, 1, 0, 0, 1, 3],
        }
    )
    b.no_content()
    return b.build()
