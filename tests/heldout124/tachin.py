"""Tachin Myay: a Burmese music app that also casts to a Bluetooth speaker.

Listening reports use romanised Burmese (`nar_htaung` = listen) and, in the
older scrobbler, Myanmar-script keys (Shan-script keys in the Tai songs
section; the Shan words are the writer's best reading, not checked with a
native speaker); the batch uploader sends rows under
numeric keys. Pairing registers the speaker's Bluetooth MAC and serial. Lyrics
with timestamps, the weekly chart (play counts over all listeners), album art
and audio chunks are ordinary content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, builder, iso, ms, ua

API = "https://api.tachinmyay.example"
UA = ua("TachinMyay", "3.2.0")
SONGS = [
    ("Sai Sai Kham Leng", "ချစ်သူ"),
    ("Bobby Soxer", "မင်းမရှိတဲ့ည"),
    ("Chan Chan", "အလွမ်းည"),
    ("Lay Phyu", "ရင်ခုန်သံ"),
    ("Wine Su Khine Thein", "ပန်းကလေး"),
    ("Ni Ni Khin Zaw", "မေတ္တာ"),
]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "tachinmyay", method, url, UA)
    if dev:
        b.header("x-tachin-install", b.id("tachin_install", where="header x-tachin-install"))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    artist, title = c.rng.choice(SONGS)
    return f"s{c.rng.randint(10**5, 10**6)}", artist, title, c.rng.randint(170, 330)


def nar_htaung_log(c: Context) -> Flow:
    sid, artist, title, dur = _song(c)
    b = _b(c, "POST", f"{API}/v1/nar_htaung/log")
    b.view("json nar_htaung_sec (romanised Burmese 'listened seconds') with song_id")
    b.json(
        {
            "song_id": sid,
            "artist": artist,
            "title": title,
            "nar_htaung_sec": c.rng.randint(10, dur),
            "song_length": dur,
            "output": c.rng.choice(["bt_speaker", "phone", "earphone"]),
            "played_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def scrobble_mm(c: Context) -> Flow:
    sid, artist, title, dur = _song(c)
    b = _b(c, "POST", f"{API}/v1/scrobble")
    b.view("json သီချင်း / နားထောင်ချိန် (Myanmar script: song, listening time)")
    b.json(
        {
            "သီချင်း": {"id": sid, "အမည်": title, "အဆိုတော်": artist},
            "နားထောင်ချိန်": c.rng.randint(30, dur),
            "အဆုံးထိ": c.rng.random() < 0.5,
            "အချိန်": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def scrobble_shan(c: Context) -> Flow:
    """The Tai (Shan) songs section, built by a Taunggyi team, keys in Shan script."""
    sid, _, _, dur = _song(c)
    b = _b(c, "POST", f"{API}/v1/tai/scrobble")
    b.view("json ၶၢဝ်းယၢမ်းထွမ်ႇ (Shan script: listening time) with ၵႂၢမ်း (song)")
    b.json(
        {
            "ၵႂၢမ်း": sid,
            "ၸိုဝ်ႈၵႂၢမ်း": c.rng.choice(["ၵႂၢမ်းတႆး", "ႁိူၼ်းၵူၼ်း", "ၼမ်ႉၶူင်း"]),
            "ၶၢဝ်းယၢမ်းထွမ်ႇ": c.rng.randint(20, dur),
            "ဝၼ်းထွမ်ႇ": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recently_played?limit=20")
    b.view("response json recently_played[] with played_at", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 8)):
        sid, artist, title, _ = _song(c)
        rows.append({"song_id": sid, "title": title, "artist": artist, "played_at": iso(c)})
    b.ok_json({"recently_played": rows})
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """The offline batch: objects under numeric keys ("1" song, "2" seconds, "3" ts)."""
    b = _b(c, "POST", f"{API}/v1/b", dev=False)
    b.view("json e[] objects with numeric keys 1/2/3", detectable=False)
    rows = [
        {"1": _song(c)[0], "2": c.rng.randint(10, 320), "3": ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"e": rows, "n": len(rows)})
    b.no_content()
    return b.build()


def speaker_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/speaker")
    b.json(
        {
            "speaker_bt_mac": b.id("speaker_mac", where="json speaker_bt_mac"),
            "speaker_sn": b.id("speaker_serial", where="json speaker_sn"),
            "model": "Tronsmart T7",
            "codec": "SBC",
            "android_id": b.id("aid_tachin", where="json android_id"),
        }
    )
    b.ok_json({"paired": True, "eq_preset": "bass_boost"})
    return b.build()


def speaker_ping_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/o", dev=False)
    b.param("h", b.id("speaker_mac", "md5", "query h (md5 of speaker MAC)", detectable=False))
    b.param("b", str(c.rng.randint(10, 100)))
    b.ok_json({"fw": "1.4.2"})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, _, title, _ = _song(c)
    b = _b(c, "GET", f"{API}/v1/lyrics/{sid}.lrc", dev=False)
    b.decoy("timed lyrics (content fetch)")
    lines = [f"[{i // 60:02d}:{i % 60:02d}.00]{title}" for i in range(0, 60, 12)]
    b.respond(200, "text/plain; charset=utf-8", "\n".join(lines).encode())
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top20?region=MM", dev=False)
    b.decoy("top-20 chart: play counts over all listeners (aggregate)")
    rows = []
    for rank in range(1, 21):
        sid, _, title, _ = _song(c)
        rows.append(
            {"rank": rank, "song_id": sid, "title": title, "plays": c.rng.randint(10**4, 10**6)}
        )
    b.ok_json({"chart": rows})
    return b.build()


def album_art(c: Context) -> Flow:
    b = FB(
        c,
        "tachinmyay",
        "GET",
        f"https://img.tachinmyay.example/a/{c.rng.randint(10**5, 10**6)}/300.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "tachinmyay",
        "GET",
        f"https://audio.tachinmyay.example/aac/{_song(c)[0]}/128k/seg{c.rng.randint(1, 40)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
