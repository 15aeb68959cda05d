"""LakornD: a Thai drama (ละคร) streaming app; the family picked it up from the
relative in Mae Sot and watches Thai dramas with Burmese subtitles on the phone.

The Thai team writes watch history with Thai keys (`เวลาที่ดู` = time watched)
and romanised Thai for the continue-watching rail (`duu_tor` = keep watching);
the batch beacon is gzip+base64 in a form field `q`. The popular rail (views
over all viewers), thumbnails and the Thai lottery results are not viewing
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, builder, iso, ms, ua

API = "https://api.lakornd.example"
UA = ua("LakornD", "2.11.0")
DRAMAS = ["บุพเพสันนิวาส", "กรงกรรม", "ดวงใจเทวพรหม", "สงครามดอกไม้", "เกมรักทรยศ"]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "lakornd", method, url, UA)
    if dev:
        b.header("x-device", b.id("aid_lakorn", where="header x-device"))
    return b


def history_th(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/history")
    b.view("json เวลาที่ดู (Thai 'time watched') with รหัสละคร")
    b.json(
        {
            "รหัสละคร": c.rng.randint(100, 999),
            "ชื่อเรื่อง": c.rng.choice(DRAMAS),
            "ตอนที่": c.rng.randint(1, 40),
            "เวลาที่ดู": c.rng.randint(30, 2700),
            "ดูล่าสุด": iso(c),
            "คำบรรยาย": "my",
        }
    )
    b.no_content()
    return b.build()


def duu_tor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/duu_tor")
    b.view("response json items[].wela_duu (romanised Thai 'time watched')", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "lakorn_id": c.rng.randint(100, 999),
                    "title": c.rng.choice(DRAMAS),
                    "ep": c.rng.randint(1, 40),
                    "wela_duu": c.rng.randint(60, 2700),
                    "yao": 2700,
                }
                for _ in range(c.rng.randint(2, 4))
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/b", dev=False)
    b.view("form q (gzip+base64 rows)", detectable=False)
    rows = [
        [c.rng.randint(100, 999), c.rng.randint(1, 40), c.rng.randint(30, 2700), ms(c)]
        for _ in range(2)
    ]
    b.form([("q", b64(gz(jsb(rows)))), ("s", "1")])
    b.no_content()
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/yod_niyom", dev=False)
    b.decoy("popular rail: view counts over all viewers (aggregate)")
    b.ok_json({"ยอดนิยม": [{"title": d, "views": c.rng.randint(10**5, 10**7)} for d in DRAMAS]})
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(
        c,
        "lakornd",
        "GET",
        f"https://img.lakornd.example/t/{c.rng.randint(100, 999)}/{c.rng.randint(1, 40)}.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def lottery(c: Context) -> Flow:
    b = FB(c, "lakornd", "GET", f"{API}/v1/widgets/huay?draw=latest")
    b.header("user-agent", UA)
    b.decoy("Thai lottery result numbers")
    b.ok_json(
        {"รางวัลที่1": f"{c.rng.randint(0, 999999):06d}", "เลขท้าย2ตัว": f"{c.rng.randint(0, 99):02d}"}
    )
    return b.build()
