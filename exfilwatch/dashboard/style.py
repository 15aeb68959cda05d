"""How categories look: one name and one colour each, shared by every panel."""

from __future__ import annotations

_LABELS = {
    "biometric": "Biometric",
    "viewing_history": "Viewing history",
    "device_id": "Device identifiers",
    "contact": "Contact",
    "location": "Location",
}
_SHORT = {
    "biometric": "biometric",
    "viewing_history": "viewing",
    "device_id": "device ID",
    "contact": "contact",
    "location": "location",
}
_STYLES = {
    "biometric": "red",
    "viewing_history": "magenta",
    "device_id": "yellow",
    "contact": "cyan",
    "location": "green",
}


def category_label(category: str) -> str:
    return _LABELS.get(category) or category.replace("_", " ").capitalize()


def category_style(category: str) -> str:
    return _STYLES.get(category, "blue")


def category_short(category: str) -> str:
    """A compact name for lists of categories in a table cell."""
    return _SHORT.get(category) or category.replace("_", " ")
