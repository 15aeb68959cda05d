"""PhimViet+, a Vietnamese streaming app (in-house backend, fictional).

Its watch log, progress sync and "continue watching" shelf are the app's own,
with key names in Vietnamese (with and without diacritics) next to English
ones, as Vietnamese product teams write them. The app registers the handset
under "ma_thiet_bi" ("device code"), and one playback beacon is an AES blob
whose contents no reader can see (labelled not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.phimvietplus.vn"
UA = ua("PhimVietPlus", "5.14.2")
TITLES = [
    ("pv-88213", "Mắt Biếc", 0),
    ("pv-90121", "Gặp Lại Chị Bầu", 0),
    ("pv-77310", "Cây Táo Nở Hoa", 23),
    ("pv-66902", "Hương Vị Tình Thân", 71),
    ("pv-91444", "Nhà Bà Nữ", 0),
    ("pv-80075", "Đất Rừng Phương Nam", 0),
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "phimviet", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("phim_user") + "." + new_hex(c.rng, 24))
    return b


def _title(c: Context) -> tuple[str, str, int]:
    pid, name, eps = c.rng.choice(TITLES)
    return pid, name, c.rng.randint(1, eps) if eps else 0


def watch_log(c: Context) -> Flow:
    """Session-end log: film, episode, position and seconds watched, ASCII Vietnamese keys."""
    pid, name, ep = _title(c)
    b = _b(c, "POST", "/v3/nhat-ky/xem")
    b.json(
        {
            "ma_phim": pid,
            "ten_phim": name,
            "tap": ep,
            "vi_tri": c.rng.randint(30, 2700),
            "thoi_gian_xem": c.rng.randint(60, 2400),
            "chat_luong": c.rng.choice(["720p", "1080p", "auto"]),
            "bat_dau": ms(c) - c.rng.randint(100000, 2400000),
            "ket_thuc": ms(c),
        }
    )
    b.view("body.thoi_gian_xem/vi_tri")
    b.ok_json({"ma_loi": 0, "thong_bao": "OK"})
    return b.build()


def progress_sync(c: Context) -> Flow:
    """Periodic progress sync with diacritics in the keys (Unicode JSON keys)."""
    pid, _name, ep = _title(c)
    b = _b(c, "PUT", f"/v3/tien-do/{pid}")
    dur = c.rng.randint(2400, 3600)
    b.json(
        {"tập": ep, "vị_trí_giây": c.rng.randint(10, dur), "thời_lượng": dur, "đã_xem_xong": False}
    )
    b.view("body.vị_trí_giây")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    """The shelf of titles in progress, written back after a session."""
    items = []
    for _ in range(c.rng.randint(2, 5)):
        pid, _name, ep = _title(c)
        items.append(
            {"id": pid, "tap": ep, "giay": c.rng.randint(60, 2600), "pct": rf(c.rng, 0.05, 0.95, 2)}
        )
    b = _b(c, "POST", "/v3/kesach/tiep_tuc_xem")
    b.json({"tiep_tuc_xem": items, "cap_nhat": ms(c)})
    b.view("body.tiep_tuc_xem[]")
    b.ok_json({"ma_loi": 0})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Playback beacon: an AES-CBC blob (session, title, position) the app decrypts server-side."""
    b = _b(c, "POST", "/v3/pb")
    blob = b64(c.rng.randbytes(c.rng.choice([176, 208, 240])))
    b.form([("d", blob), ("k", "v2"), ("t", str(ms(c)))])
    b.view("body.d (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/thiet-bi/dang-ky")
    b.header("x-install-id", b.id("phim_install", where="header.x-install-id"))
    b.json(
        {
            "ma_thiet_bi": b.id("aid_phim", where="body.ma_thiet_bi"),
            "loai_thiet_bi": "android",
            "hang": "OPPO",
            "dong_may": "CPH2599",
            "he_dieu_hanh": "ColorOS 14",
        }
    )
    b.ok_json({"ma_loi": 0, "so_thiet_bi_toi_da": 4})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "/v3/trang-chu",
        params=[("muc", c.rng.choice(["phim-bo", "phim-le", "hoat-hinh"]))],
    )
    rows = [
        {"id": t[0], "ten": t[1], "anh": f"https://img.phimvietplus.vn/p/{t[0]}.jpg"}
        for t in TITLES
    ]
    b.ok_json({"hang_muc": rows, "trace_id": rid(c.rng)})
    b.decoy("catalogue rows with title ids")
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(TITLES)[0]
    b = FB(c, "phimviet", "GET", f"https://img.phimvietplus.vn/p/{pid}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 600))
    b.decoy("poster image fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["mat biec", "phim hai tet", "hanh dong", "tinh cam han quoc"])
    b = _b(c, "GET", "/v3/tim-kiem", params=[("q", q), ("trang", "1")])
    b.ok_json({"ket_qua": [{"id": t[0], "ten": t[1]} for t in TITLES[:3]], "tong": 3})
    b.decoy("search query and results")
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(TITLES)[0]
    seg = c.rng.randint(1, 900)
    b = FB(c, "phimviet", "GET", f"https://vod.phimvietplus.vn/hls/{pid}/1080/seg_{seg:05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", c.rng.randbytes(800))
    b.decoy("video segment fetch")
    return b.build()


def player_config(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/cau-hinh/trinh-phat")
    b.ok_json(
        {
            "abr": {"min": 360, "max": 1080},
            "drm": "widevine",
            "cdn": ["vod1", "vod2"],
            "sig": js(new_hex(c.rng, 16)),
        }
    )
    b.decoy("player config")
    return b.build()


def recs(c: Context) -> Flow:
    """Recommendations: the viewer's taste vector from the app's recommender (no face)."""
    b = _b(c, "POST", "/v3/goi-y")
    b.json(
        {
            "user_vector": floats(c.rng, 32),
            "model": "two-tower-v7",
            "k": 20,
            "request_id": rid(c.rng),
        }
    )
    b.ok_json({"items": [t[0] for t in TITLES], "scores": [rf(c.rng, 0, 1, 3) for _ in TITLES]})
    b.decoy("recommender feature vector")
    return b.build()
