"""Thammasiang: Dhamma talks (thet) as audio, on the phone and on grandmother's iPad.

The talk player reports where the listener is (`tamnaeng_fang_sec`, "listening
position") and a listening history comes back (`prawat_kan_fang`). An older
web API still logs plays by GET with one-letter parameters (opaque). Reading a
sutta (reading is not listening), the chanting schedule, merit donations (tham
bun) and the catalogue of talks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ipad_ua, iso, ms, rid, ua

API = "https://api.thammasiang.example"
UA = ua("Thammasiang", "3.4.0")
TALKS = [
    ("ajahn_chah", "หลวงพ่อชา สุภัทโท", "อริยสัจ ๔"),
    ("buddhadasa", "ท่านพุทธทาสภิกขุ", "ตัวกู ของกู"),
    ("pramote", "หลวงพ่อปราโมทย์ ปาโมชฺโช", "ดูจิตให้เห็นไตรลักษณ์"),
    ("payutto", "สมเด็จพระพุทธโฆษาจารย์", "ธรรมะกับการทำงาน"),
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "thammasiang", method, url)
    if ipad:
        b.header("user-agent", ipad_ua("Thammasiang", "3.4.0"))
        b.header("x-device-uuid", b.id("idfv_dhamma", where="header x-device-uuid"))
    else:
        b.header("user-agent", UA)
        b.header("x-device-uuid", b.id("aid_dhamma", where="header x-device-uuid"))
    return b


def _talk(c: Context) -> tuple[str, str, str, int]:
    key, monk, title = c.rng.choice(TALKS)
    return f"{key}-{c.rng.randint(100, 999)}", monk, title, c.rng.randint(1800, 5400)


def listen_position(c: Context, ipad: bool = False) -> Flow:
    tid, monk, title, dur = _talk(c)
    b = _b(c, "PUT", f"{API}/v1/kan-fang/{tid}", ipad)
    b.view("json tamnaeng_fang_sec + fang_jop (talk listening position, finished)")
    b.json(
        {
            "thet_id": tid,
            "phra_ajarn": monk,
            "huakho": title,
            "tamnaeng_fang_sec": c.rng.randint(20, dur),
            "khwam_yao_sec": dur,
            "fang_jop": c.rng.random() < 0.3,
            "update_mua": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ipad_listen(c: Context) -> Flow:
    return listen_position(c, ipad=True)


def listen_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/prawat-kan-fang?page=1", ipad=True)
    b.view("response json prawat_kan_fang[] (listening history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        tid, monk, title, dur = _talk(c)
        rows.append(
            {"thet_id": tid, "phra_ajarn": monk, "huakho": title, "fang_pai_sec": dur // 2,
             "fang_mua": iso(c)}
        )  # fmt: skip
    b.ok_json({"prawat_kan_fang": rows})
    return b.build()


def legacy_log_opaque(c: Context) -> Flow:
    """The 2016 web player's play log: GET with one-letter parameters."""
    b = FB(c, "thammasiang", "GET", f"{API}/l.php")
    b.header("user-agent", UA)
    b.view("query t (talk), p (seconds), s (ts): nothing named", detectable=False)
    b.param("t", str(c.rng.randint(100, 999)))
    b.param("p", str(c.rng.randint(20, 5000)))
    b.param("s", str(int(c.now)))
    b.param("u", b.id("aid_dhamma", "md5", "query u (md5)", detectable=False))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def sutta_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/an-phra-sut")
    b.decoy("sutta reading progress (reading, not watching or listening)")
    b.json(
        {
            "sut": c.rng.choice(["MN 10 สติปัฏฐานสูตร", "SN 56.11 ธัมมจักกัปปวัตตนสูตร"]),
            "na_thi": c.rng.randint(1, 40),
            "an_pai_pct": c.rng.randint(5, 100),
            "an_mua": iso(c),
        }
    )
    b.no_content()
    return b.build()


def chanting_schedule(c: Context) -> Flow:
    b = FB(c, "thammasiang", "GET", f"{API}/v1/tarang-suat-mon?wat=wat-phra-singh&date=today")
    b.header("user-agent", UA)
    b.decoy("chanting schedule with start times and durations (a temple's programme)")
    b.ok_json(
        {
            "wat": "วัดพระสิงห์วรมหาวิหาร เชียงใหม่",
            "raikan": [
                {"wela": t, "naathi": d, "ruang": n}
                for t, d, n in (("05:00", 60, "ทำวัตรเช้า"), ("18:00", 45, "ทำวัตรเย็น"))
            ],
        }
    )
    return b.build()


def talk_catalogue(c: Context) -> Flow:
    b = FB(c, "thammasiang", "GET", f"{API}/v1/thet?ajarn=all&sort=mai")
    b.header("user-agent", UA)
    b.decoy("talk catalogue with durations and listen counts over all users")
    items = []
    for _ in range(6):
        tid, monk, title, dur = _talk(c)
        items.append(
            {"thet_id": tid, "phra_ajarn": monk, "huakho": title, "khwam_yao_sec": dur,
             "yod_fang": c.rng.randint(100, 90000)}
        )  # fmt: skip
    b.ok_json({"items": items})
    return b.build()


def merit_donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tham-bun")
    b.decoy("donation reference number")
    b.json({"wat_id": "wat-phra-singh", "amount": c.rng.choice([20, 99, 199]), "ts": ms(c)})
    b.ok_json({"ref": "TB" + rid(c.rng).replace("-", "")[:14].upper(), "anumodana": True})
    return b.build()


def talk_audio(c: Context) -> Flow:
    b = FB(c, "thammasiang", "GET", f"https://cdn.thammasiang.example/mp3/{_talk(c)[0]}.mp3")
    b.header("user-agent", "stagefright/1.2 (Linux;Android 14)")
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
