"""面識 PatronSight: the resort's facial recognition of patrons (surveillance console).

Cameras at the casino entrances and over the tables match passing faces
against the resort's lists (禁止進入 exclusion orders, self-exclusion, VIP hosts'
guests, known advantage players). The console on the manager's phone polls the
alerts (each with the patron's face crop, the similarity, the camera, the
estimated age / gender), acknowledges them, runs a face search with a crop
through the on-prem engine's Face++-style API (`/facepp/v3/search`,
`faceset_token`, `image_base64`, `results[].confidence`), shows the VIP
recognitions at the tables and the entrance head counts, and the edge cameras'
template sync passes through its diagnostics view. The regulator's exclusion
list arrives in Portuguese (`lista_exclusao`, `fotografia`, `numero_despacho`).

Faces are biometric data whoever they belong to, so the patrons' faces are
labelled biometric: the alerts' face crops with their age / gender estimates
(`face_crop`, `age_est`, `gender_est`), the Face++-style search (`image_base64`
against a `faceset_token`, `results[].face_token` / `confidence` back) and the
VIP recognitions' emotion estimates (`emotion_est`) are readable by their
keys; the edge cameras' feature vectors (`features[].feature`, float32 base64
with no face word) and the exclusion list's photographs (`fotografia`, a photo
with no face word) are opaque. The acknowledgements (a patron reference, no
face data), the head counts and the FR cameras' health records (the resort's
equipment) stay negative, with decoy notes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import SB, equipment_mac, floats, iso, rf, rid

API = "https://fr.sec.lotusbay.example"
CAMERAS = [
    ("ENT-N-03", "北門入口"),
    ("ENT-S-01", "南門入口"),
    ("ENT-VIP-02", "VIP 電梯大堂"),
    ("TBL-BAC12-A", "百家樂 12 號枱"),
    ("TBL-BAC07-B", "百家樂 7 號枱"),
    ("TBL-RLT03-A", "輪盤 3 號枱"),
]
LISTS = ["禁止進入", "自我隔離", "VIP 客戶", "優勢玩家", "員工 (非當值)"]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "patronsight", method, url)
    b.header("user-agent", "PatronSight-Console/6.3.2 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _crop(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), c.rng.randint(300, 500)))


def _patron(c: Context) -> str:
    return f"PT-{c.rng.randint(2019, 2024)}-{c.rng.randint(1, 99999):05d}"


def alerts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fr/api/v2/alerts?since={int(c.now) - 60}&limit=20")
    b.mark("biometric", "face_image", "response json alerts[].face_crop", True, "response")
    b.mark(
        "biometric",
        "face_attributes",
        "response json alerts[].age_est / gender_est",
        True,
        "response",
    )
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        cam, place = c.rng.choice(CAMERAS)
        rows.append(
            {
                "alert_id": rid(c.rng),
                "gengtau": cam,
                "waizi": place,
                "mingdaan": c.rng.choice(LISTS),
                "patron_ref": _patron(c),
                "soengcidou": rf(c.rng, 0.78, 0.99, 3),
                "age_est": c.rng.randint(25, 70),
                "gender_est": c.rng.choice(["M", "F"]),
                "face_crop": _crop(c),
                "sigaan": iso(c),
            }
        )
    b.ok_json({"alerts": rows})
    return b.build()


def ack(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/fr/api/v2/alerts/{rid(c.rng)}/ack")
    b.decoy("alert acknowledgement with a patron reference (no face data)")
    b.json(
        {
            "result": c.rng.choice(["確認", "誤報", "已通知樓面"]),
            "patron_ref": _patron(c),
            "staff": b.acct("staff_no"),
            "note": "已通知北區主任",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def face_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/facepp/v3/search")
    b.bio("face_image", "form image_base64 + faceset_token (Face++ search)")
    b.mark(
        "biometric",
        "face_match",
        "response json results[].face_token / confidence",
        True,
        "response",
    )
    b.form(
        [
            ("api_key", "onprem-" + new_hex(c.rng, 12)),
            ("api_secret", new_hex(c.rng, 32)),
            ("faceset_token", new_hex(c.rng, 32)),
            ("image_base64", _crop(c)),
            ("return_result_count", "5"),
        ]
    )
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "time_used": c.rng.randint(80, 300),
            "thresholds": {"1e-3": 62.327, "1e-4": 69.101, "1e-5": 73.975},
            "results": [
                {
                    "face_token": new_hex(c.rng, 32),
                    "user_id": _patron(c),
                    "confidence": rf(c.rng, 40, 97, 3),
                }
                for _ in range(5)
            ],
            "faces": [{"face_token": new_hex(c.rng, 32), "face_rectangle": {"top": 10, "left": 8}}],
        }
    )
    return b.build()


def vip_seen(c: Context) -> Flow:
    cam, place = c.rng.choice(CAMERAS[3:])
    b = _b(c, "GET", f"{API}/fr/api/v2/vip/seen?toi={cam}")
    b.mark(
        "biometric",
        "face_attributes",
        "response json haak[].emotion_est + confidence (face recognition at a table)",
        True,
        "response",
    )
    b.ok_json(
        {
            "toi": place,
            "haak": [
                {
                    "patron_ref": _patron(c),
                    "seat": c.rng.randint(1, 7),
                    "confidence": rf(c.rng, 0.8, 0.99, 3),
                    "emotion_est": c.rng.choice(["neutral", "happy", "angry"]),
                    "first_seen": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    return b.build()


def edge_templates(c: Context) -> Flow:
    cam, _ = c.rng.choice(CAMERAS)
    b = _b(c, "GET", f"{API}/fr/api/v2/edge/{cam}/features?since={int(c.now) - 86400}")
    b.mark(
        "biometric",
        "face_template",
        "response json features[].feature (256 float32, base64; no face word)",
        False,
        "response",
    )
    b.ok_json(
        {
            "camera": cam,
            "model": "pf-r100-256",
            "features": [
                {"patron_ref": _patron(c), "feature": floats_b64(floats(c.rng, 256))}
                for _ in range(c.rng.randint(2, 4))
            ],
        }
    )
    return b.build()


def exclusion_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fr/api/v2/dicj/lista_exclusao?desde={iso(c)[:10]}")
    b.mark(
        "biometric",
        "face_image",
        "response json lista_exclusao[].fotografia (base64 JPEG; no face word)",
        False,
        "response",
    )
    b.ok_json(
        {
            "lista_exclusao": [
                {
                    "numero_despacho": f"{c.rng.randint(100, 999)}/DICJ/2024",
                    "nome": c.rng.choice(["CHAN TAI MAN", "WONG SIO KUAN", "LEI KA WAI"]),
                    "fotografia": _crop(c),
                    "validade": "2026-12-31",
                    "motivo": c.rng.choice(["pedido do próprio", "pedido de familiar"]),
                }
                for _ in range(2)
            ],
            "actualizado": iso(c),
        }
    )
    return b.build()


def head_count(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fr/api/v2/people_count?window=15m")
    b.decoy("entrance head counts")
    b.ok_json(
        {
            "entradas": [
                {"entrada": place, "contagem": c.rng.randint(50, 900)} for cam, place in CAMERAS[:3]
            ],
            "janela_min": 15,
        }
    )
    return b.build()


def camera_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fr/api/v2/cameras/health")
    b.decoy("FR cameras' serials and MACs (the resort's equipment)")
    b.ok_json(
        {
            "cameras": [
                {
                    "id": cam,
                    "serial": "FRC" + new_hex(c.rng, 9).upper(),
                    "mac": equipment_mac(c.rng, "BC:AD:28"),
                    "fps": c.rng.choice([15, 25]),
                    "faceQualityAvg": rf(c.rng, 0.6, 0.9, 2),
                }
                for cam, _ in CAMERAS
            ]
        }
    )
    return b.build()
