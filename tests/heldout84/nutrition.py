"""A nutrition app with food-photo recognition (fictional "Kai Tracker").

Meal photos go to a food-recognition API shaped after LogMeal's
(docs.logmeal.com: POST /v2/image/segmentation/complete, multipart field
"image", answer with segmentation_results / recognition_results); packaged
food is looked up on Open Food Facts (world.openfoodfacts.org/api/v2/product/
{barcode}.json, public API). A photo of a plate is no face image: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

HOST = "https://api.kaitracker.example.co.nz"
FOODS = [
    "kumara",
    "chicken breast",
    "brown rice",
    "pavlova",
    "flat white",
    "meat pie",
    "hokey pokey",
]


def food_photo(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    b = FB(c, "nutrition", "POST", "https://api.logmeal.com/v2/image/segmentation/complete")
    b.header("user-agent", ua("KaiTracker", "7.2"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    body = multipart(
        bnd, [("image", "meal.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 1200))]
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    seg = [
        {
            "recognition_results": [{"name": c.rng.choice(FOODS), "prob": rf(c.rng, 0.4, 0.99, 3)}],
            "contained_bbox": {
                "x": c.rng.randint(0, 300),
                "y": c.rng.randint(0, 300),
                "w": 200,
                "h": 180,
            },
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.ok_json(
        {"imageId": c.rng.randint(10**6, 10**7), "segmentation_results": seg, "foodType": "food"}
    )
    b.decoy("meal photo sent to a food-recognition API (no face)")
    return b.build()


def barcode(c: Context) -> Flow:
    code = "94" + "".join(c.rng.choice("0123456789") for _ in range(11))
    b = FB(c, "openfoodfacts", "GET", f"https://world.openfoodfacts.org/api/v2/product/{code}.json")
    b.header("user-agent", "KaiTracker/7.2 (iOS; aroha-dev@kaitracker.example.co.nz)")
    b.ok_json(
        {
            "code": code,
            "status": 1,
            "product": {
                "product_name": "Muesli bar",
                "nutriments": {
                    "energy-kcal_100g": c.rng.randint(300, 480),
                    "proteins_100g": rf(c.rng, 4, 12, 1),
                },
            },
        }
    )
    b.decoy("product barcode lookup (EAN-13 number)")
    return b.build()


def diary(c: Context) -> Flow:
    b = FB(c, "nutrition", "POST", HOST + "/v1/diary/entries")
    b.header("user-agent", ua("KaiTracker", "7.2"))
    items = [
        {
            "food": c.rng.choice(FOODS),
            "grams": c.rng.randint(30, 400),
            "kcal": c.rng.randint(40, 700),
            "macros": [rf(c.rng, 0, 60, 1) for _ in range(3)],
        }
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json(
        {"meal": c.rng.choice(["parakuihi", "tina", "hapa"]), "loggedAt": iso(c), "items": items}
    )
    b.ok_json({"dayTotalKcal": c.rng.randint(900, 2600)})
    b.decoy("meal diary (te reo meal names), macro series")
    return b.build()
