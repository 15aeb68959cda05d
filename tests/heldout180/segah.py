"""Segah: a mugham and pop music app whose backend was written by a Moscow agency.

The agency kept Russian key names, some in Cyrillic (`прослушано_сек`), some
transliterated (`proslushano`, `istoriya`); the Baku team's newer endpoints use
Azerbaijani (`dinlenilib_san`). Listening is viewing history in the issue's
sense. Charts with play counts (aggregates), lyrics, cover art and concert
tickets are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.segah.example"
UA = ua("Segah", "3.6.0")
TRACKS = [
    (5101, "Alim Qasımov", "Bayatı-Şiraz"),
    (5102, "Aygün Kazımova", "Sevgilim"),
    (5103, "Səkinə İsmayılova", "Segah muğamı"),
    (5104, "Miri Yusif", "Əllərim"),
    (5105, "Zeynab Həsənova", "Kaş ki"),
    (5106, "Brilliant Dadaşova", "Qarabağ"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "segah", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-ustroystvo-id", b.id("segah_device", where="header x-ustroystvo-id"))
    return b


def _track(c: Context) -> tuple[int, str, str, int]:
    tid, artist, title = c.rng.choice(TRACKS)
    return tid, artist, title, c.rng.randint(150, 1500)


def listen_cyrillic(c: Context) -> Flow:
    tid, artist, title, dur = _track(c)
    b = _b(c, "POST", f"{API}/api/v1/proslushivaniya")
    b.view("json прослушано_сек (Cyrillic keys)")
    b.json(
        {
            "трек_id": tid,
            "исполнитель": artist,
            "название": title,
            "прослушано_сек": c.rng.randint(20, dur),
            "длительность": dur,
            "завершено": c.rng.random() < 0.4,
            "время": iso(c),
        }
    )
    b.no_content()
    return b.build()


def scrobble_translit(c: Context) -> Flow:
    tid, artist, _, dur = _track(c)
    b = _b(c, "POST", f"{API}/api/v1/skrobbl")
    b.view("form trek + proslushano (transliterated Russian)")
    b.form(
        [
            ("trek", str(tid)),
            ("ispolnitel", artist),
            ("proslushano", str(c.rng.randint(30, dur))),
            ("vremya_nachala", str(int(c.now) - dur)),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def listen_az(c: Context) -> Flow:
    tid, artist, _, dur = _track(c)
    b = _b(c, "POST", f"{API}/v2/dinleme")
    b.view("json mahni_id + dinlenilib_san")
    b.json(
        {
            "mahni_id": tid,
            "ifaci": artist,
            "dinlenilib_san": c.rng.randint(20, dur),
            "tam_dinlenildi": False,
            "menbe": c.rng.choice(["albom", "pleylist", "radio"]),
            "dinləmə_vaxtı": iso(c),
            "android_id": b.id("aid_segah", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/polzovatel/istoriya?limit=20")
    b.view("response json istoriya[]", direction="response")
    b.ok_json(
        {
            "istoriya": [
                {
                    "trek": t[0],
                    "ispolnitel": t[1],
                    "proslushano_v": iso(c),
                    "skolko_sek": c.rng.randint(30, 600),
                }
                for t in TRACKS[: c.rng.randint(3, 6)]
            ]
        }
    )
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """The offline cache's sync: 'track|seconds|ts' rows, base64, under 'p'."""
    b = _b(c, "POST", f"{API}/s", device=False)
    b.view("form p (base64 'track|seconds|ts' rows)", detectable=False)
    rows = ";".join(f"{_track(c)[0]}|{c.rng.randint(20, 900)}|{ms(c)}" for _ in range(3))
    b.form([("p", b64(rows)), ("v", "2")])
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/chart/nedelya?region=AZ", device=False)
    b.decoy("weekly chart with play counts (aggregate over all listeners)")
    b.ok_json(
        {
            "chart": [
                {
                    "pos": i + 1,
                    "trek": t[0],
                    "nazvanie": t[2],
                    "proslushivaniy": c.rng.randint(10**3, 10**6),
                }
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _, title, _ = _track(c)
    b = _b(c, "GET", f"{API}/api/v1/tekst/{tid}", device=False)
    b.ok_json({"trek": tid, "tekst": f"{title}...\nGecələr yatmıram...", "sinxron": False})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "segah", "GET", f"https://img.segah.example/cover/{_track(c)[0]}/300x300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def tickets(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bilet/sifaris", device=False)
    b.decoy("concert ticket order and seat (not listening)")
    b.json({"konsert": "Muğam axşamı — Filarmoniya", "yer": "P-12", "say": 2})
    b.ok_json({"sifaris": "TK" + str(c.rng.randint(10**6, 10**7)), "mebleg": 60})
    return b.build()


def stream_url(c: Context) -> Flow:
    tid = _track(c)[0]
    b = _b(c, "GET", f"{API}/api/v1/potok/{tid}?kachestvo=320", device=False)
    b.decoy("signed stream URL (content fetch)")
    b.ok_json({"url": f"https://cdn.segah.example/a/{tid}.m4a?sig={rid(c.rng)}", "ttl": 600})
    return b.build()
