"""The household's other devices, through their companion apps on the phone.

* The smart TV maker's service: ACR fingerprints of what is on screen, matched to a
  programme and reported with the TV's MAC (viewing history); a compact ACR batch
  of hashed frame signatures under `f` with channel numbers (opaque).
* A fitness band: sync with its BLE MAC and serial; heart-rate and step series.
* A karaoke mic box (Videoke-style): its play log of songs sung with their music
  videos (`kanta_id`, `tagal_seg`). Whether singing karaoke is "watching or listening"
  is ambiguous: the box plays the song's music video and backing track to the
  family, so the play log is labelled viewing history. Its pitch-accuracy score is
  no voiceprint (no speaker model).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import app_fb, iso, ms, rf, ua

TV_API = "https://acr.tanawtv.example"
BAND_API = "https://sync.lakasband.example"
MIC_API = "https://cloud.kantahanbox.example"


def tv_acr(c: Context) -> Flow:
    b = app_fb(c, "tanawtv", "POST", f"{TV_API}/v1/acr/match", "TanawTV-WebOS/5.2")
    b.view("json matches[] programme + channel + start/end (ACR)")
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "matches": [
                {
                    "channel": c.rng.choice(["GMA-7", "A2Z-11", "TV5", "Kapamilya Channel"]),
                    "programme": c.rng.choice(["Eat Bulaga", "24 Oras", "FPJ's Batang Quiapo"]),
                    "start": ms(c) - 600000,
                    "end": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def tv_acr_opaque(c: Context) -> Flow:
    b = app_fb(c, "tanawtv", "POST", f"{TV_API}/v1/x", "TanawTV-WebOS/5.2")
    b.view("base64 gzip batch of frame signatures + channel (f, c)", detectable=False)
    rows = [{"f": new_hex(c.rng, 16), "c": c.rng.randint(2, 60), "t": ms(c)} for _ in range(4)]
    b.json({"z": b64(gz(js(rows).encode()))})
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = app_fb(c, "tanawtv", "GET", f"{TV_API}/v1/device/status", ua("TanawRemote", "2.2.0"))
    b.param("sn", b.id("tv_serial", where="query sn (TV serial)"))
    b.decoy("firmware version and volume")
    b.ok_json({"fw": "05.20.31", "power": "on", "volume": c.rng.randint(5, 40)})
    return b.build()


def band_sync(c: Context) -> Flow:
    b = app_fb(c, "lakasband", "POST", f"{BAND_API}/v2/sync", ua("LakasBand", "1.8.4"))
    b.decoy("heart-rate and step series (health data, not a category here)")
    b.json(
        {
            "bleMac": b.id("band_mac", where="json bleMac"),
            "sn": b.id("band_serial", where="json sn"),
            "hr": [c.rng.randint(60, 120) for _ in range(30)],
            "hakbang": c.rng.randint(2000, 12000),
            "at": iso(c),
        }
    )
    b.ok_json({"synced": True})
    return b.build()


def band_weather(c: Context) -> Flow:
    b = app_fb(
        c,
        "lakasband",
        "GET",
        f"{BAND_API}/v2/weather?lat=14.58&lon=121.06",
        ua("LakasBand", "1.8.4"),
    )
    b.decoy("coordinates for the band's weather face")
    b.ok_json({"temp": rf(c.rng, 26, 34, 1), "uv": c.rng.randint(3, 11)})
    return b.build()


def mic_playlog(c: Context) -> Flow:
    b = app_fb(c, "kantahan", "POST", f"{MIC_API}/api/playlog", "KantahanBox/2.0 (MT8167)")
    b.view("json kinanta[] kanta_id + tagal_seg (songs sung with music video)")
    b.json(
        {
            "mic_sn": b.id("mic_serial", where="json mic_sn"),
            "kinanta": [
                {
                    "kanta_id": c.rng.randint(10000, 99999),
                    "tagal_seg": c.rng.randint(120, 300),
                    "iskor": c.rng.randint(70, 100),
                    "oras": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def mic_pair(c: Context) -> Flow:
    b = app_fb(c, "kantahan", "POST", f"{MIC_API}/api/pair", ua("KantahanRemote", "1.4.0"))
    b.json(
        {"btMac": b.id("mic_mac", where="json btMac"), "sn": b.id("mic_serial", where="json sn")}
    )
    b.ok_json({"paired": True})
    return b.build()


def mic_songbook(c: Context) -> Flow:
    b = app_fb(
        c,
        "kantahan",
        "GET",
        f"{MIC_API}/api/songbook?q=my+way&page=1",
        ua("KantahanRemote", "1.4.0"),
    )
    b.decoy("song search results (catalogue)")
    b.ok_json(
        {
            "results": [
                {
                    "kanta_id": c.rng.randint(10000, 99999),
                    "title": "My Way",
                    "artist": "Frank Sinatra",
                }
            ]
        }
    )
    return b.build()


def mic_pitch(c: Context) -> Flow:
    b = app_fb(c, "kantahan", "POST", f"{MIC_API}/api/score/pitch", "KantahanBox/2.0 (MT8167)")
    b.decoy("pitch-accuracy curve of a song (no speaker model, not a voiceprint)")
    b.json(
        {"pitch_hz": [rf(c.rng, 110, 440, 1) for _ in range(32)], "iskor": c.rng.randint(60, 100)}
    )
    b.ok_json({"ok": 1})
    return b.build()
