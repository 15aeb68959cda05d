"""Background traffic full of look-alikes: cricket runs per over, a news
article about face recognition at airports (DigiYatra), gold price series, a
bus route polyline. None of it is biometric, viewing history or a device id."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rf, rid

CITIES = [(13.08, 80.27), (17.38, 78.48), (18.52, 73.85), (23.81, 90.41)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", dalvik())
    return b


def cricket(c: Context) -> Flow:
    b = _b(
        c,
        "scores",
        "GET",
        f"https://api.example-cricscore.in/v3/match/{c.rng.randint(70000, 79999)}/live",
    )
    overs = [c.rng.randint(0, 18) for _ in range(20)]
    b.ok_json(
        {
            "team": "CSK",
            "runs_per_over": overs,
            "score": sum(overs),
            "wkts": c.rng.randint(0, 9),
            "ball_ts": ms(c),
        }
    )
    b.decoy("numeric series (runs per over)")
    return b.build()


def news_article(c: Context) -> Flow:
    slug = c.rng.choice(
        [
            "digiyatra-face-recognition-airports-privacy",
            "facial-recognition-cameras-chennai-metro",
            "face-scan-attendance-schools-telangana",
        ]
    )
    b = _b(c, "news", "GET", f"https://news.example-dinam.in/api/article/{slug}")
    b.ok_json(
        {
            "title": "Face recognition at the gate: what passengers should know",
            "slug": slug,
            "body": "DigiYatra matches a passenger's face against the boarding pass. Critics "
            "ask where facial templates are stored and who can see the face data.",
            "tags": ["face recognition", "privacy", "biometrics"],
            "published": iso(c),
        }
    )
    b.decoy("article about faces and biometrics")
    return b.build()


def gold_prices(c: Context) -> Flow:
    b = _b(c, "markets", "GET", "https://api.example-bazaar.in/v1/metals/gold/series?range=30d")
    b.ok_json(
        {
            "unit": "INR/10g",
            "closes": [rf(c.rng, 71000, 74500, 2) for _ in range(30)],
            "request_id": rid(c.rng),
        }
    )
    b.decoy("price series")
    return b.build()


def bus_route(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c, "transit", "GET", f"https://api.example-transit.in/route/{c.rng.randint(1, 570)}A/shape"
    )
    pts = [
        [round(lat + c.rng.uniform(-0.05, 0.05), 5), round(lon + c.rng.uniform(-0.05, 0.05), 5)]
        for _ in range(40)
    ]
    b.ok_json({"points": pts, "stops": 18})
    b.decoy("coordinate list")
    return b.build()
