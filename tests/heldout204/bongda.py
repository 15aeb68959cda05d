"""BongDa24: a V.League football app (live scores, live streams, highlights) on
the son's Redmi Note 13 in Thành phố Hồ Chí Minh.

Live scores, line-ups and the table are polled; the app also streams matches
and highlights and reports watch time per match (`tran_dau_id`,
`so_giay_xem`) to its backend. AppsFlyer launches carry `advertiserId`,
AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters names); an
in-app event `af_content_view` with `af_content_type` "video" names the
highlight watched. Banner ads are bought through an OpenRTB 2.5 exchange: the
bid request carries `device.ifa` and hashed platform ids (`dpidsha1`,
`dpidmd5`), https://www.iab.com/guidelines/openrtb/. The player's stats ping is
positional rows with a SHA-1 of the ANDROID_ID in a one-letter header. A
match's minute-by-minute events, a player's minutes on the pitch, the stadium's
attendance and the view counters of highlights are nobody's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.bongda24.example"
UA = ua("BongDa24", "4.0.7", "con")
PKG = "vn.bongda24.live"
CLB = [
    "Thép Xanh Nam Định",
    "Hà Nội FC",
    "Công An Hà Nội",
    "Thể Công - Viettel",
    "Becamex Bình Dương",
    "Hoàng Anh Gia Lai",
    "SHB Đà Nẵng",
    "Đông Á Thanh Hóa",
    "Hải Phòng",
    "Hồng Lĩnh Hà Tĩnh",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bongda24", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CLB, 2)
    return c.rng.randint(880000, 889999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("con"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches.appsflyer.com")
    b.json(
        {
            "advertiserId": b.id("gaid_con", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("bongda_af_uid", where="json uid"),
            "android_id": b.id("aid_bongda", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.0.7",
            "model": "23129RAA4G",
            "brand": "Redmi",
            "lang_code": "vi",
            "country": "VN",
            "operator": "Viettel",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps.appsflyer.com")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "theo_doi_clb", "af_login"]),
            "eventValue": js({"clb": c.rng.choice(CLB)}),
            "advertiserId": b.id("gaid_con", where="json advertiserId"),
            "uid": b.id("bongda_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _af(c, "inapps.appsflyer.com")
    b.view("json eventName af_content_view + eventValue af_content_id/af_content_type video")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"hl_{mid}",
                    "af_content_type": "video",
                    "af_content": f"Highlights {home} - {away}",
                    "thoi_luong_xem": c.rng.randint(30, 300),
                }
            ),
            "advertiserId": b.id("gaid_con", where="json advertiserId"),
            "uid": b.id("bongda_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.saigonads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("con"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "bd24_live_banner",
                    "banner": {"w": 320, "h": 50},
                    "bidfloor": 0.08,
                }
            ],
            "app": {
                "bundle": PKG,
                "name": "BongDa24",
                "cat": ["IAB17"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("con"),
                "ifa": b.id("gaid_con", where="json device.ifa"),
                "dpidsha1": b.id("aid_bongda", "sha1", "json device.dpidsha1"),
                "dpidmd5": b.id("aid_bongda", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "Xiaomi",
                "model": "23129RAA4G",
                "os": "android",
                "osv": "14",
                "devicetype": 4,
                "carrier": "Viettel",
                "geo": {
                    "lat": rf(c.rng, 10.7, 10.85, 4),
                    "lon": rf(c.rng, 106.6, 106.75, 4),
                    "type": 2,
                },
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 300,
        }
    )
    b.respond(204, None)
    return b.build()


def xem_truc_tiep(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/truc-tiep/heartbeat")
    b.view("json tran_dau_id + so_giay_xem (live match watch time)")
    b.json(
        {
            "tran_dau_id": mid,
            "tran_dau": f"{home} vs {away}",
            "kenh": c.rng.choice(["VTV5", "FPT Bóng Đá", "TV360"]),
            "so_giay_xem": c.rng.randint(30, 5400),
            "dang_truc_tiep": True,
            "thoi_gian": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_da_xem(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/da-xem")
    b.view("json video_id + phan_tram_xem (highlight watched)")
    b.json(
        {
            "video_id": f"hl_{mid}",
            "tieu_de": f"Highlights {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "phan_tram_xem": c.rng.choice([25, 50, 90, 100]),
            "thoi_luong": c.rng.randint(90, 300),
            "xem_luc": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    """The player's stats ping: match and seconds as rows; sha1(ANDROID_ID) in 'x-s'."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-s", b.id("aid_bongda", "sha1", "header x-s", detectable=False))
    b.view("json d[] rows", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "k": 1})
    b.no_content()
    return b.build()


def ty_so_truc_tiep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tran-dau/dang-dien-ra?giai=vleague1")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "tran_dau_id": mid,
                "doi_nha": home,
                "doi_khach": away,
                "ty_so": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "phut": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"tran_dau": rows})
    return b.build()


def dien_bien(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/tran-dau/{mid}/dien-bien")
    b.decoy("event minutes, players' minutes played, attendance (content)")
    b.ok_json(
        {
            "khan_gia": c.rng.randint(3000, 20000),
            "su_kien": [
                {
                    "loai": c.rng.choice(["ban_thang", "the_vang", "thay_nguoi"]),
                    "phut": c.rng.randint(1, 90),
                    "clb": home,
                    "so_phut_thi_dau": c.rng.randint(1, 90),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def ds_highlight(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/highlights?trang=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "video_id": f"hl_{_match(c)[0]}",
                    "thoi_luong": c.rng.randint(90, 300),
                    "luot_xem": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def bang_xep_hang(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bang-xep-hang?mua=2024-25")
    b.ok_json({"bxh": [{"clb": k, "diem": c.rng.randint(5, 40), "so_tran": 12} for k in CLB]})
    return b.build()


def dang_ky_thong_bao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/thong-bao/dang-ky")
    b.json(
        {"chu_de": "clb_" + str(CLB.index(c.rng.choice(CLB))), "nguoi_dung": b.acct("bongda_user")}
    )
    b.no_content()
    return b.build()
