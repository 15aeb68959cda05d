"""Incremental aggregation, filters and export, without Textual."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

from exfilwatch.dashboard.aggregate import Aggregates, DashboardModel, Filter, owner_of
from exfilwatch.dashboard.export import export_findings
from exfilwatch.dashboard.sample import sample_findings
from exfilwatch.model import Destination, Finding


def fresh(findings: list[Finding], flt: Filter) -> Aggregates:
    """The aggregates computed from scratch, to compare the incremental ones with."""
    agg = Aggregates()
    for f in findings:
        if flt.matches(f):
            agg.add(f, 0.0)
    return agg


def test_incremental_equals_from_scratch_under_any_filter() -> None:
    findings = list(sample_findings(600))
    model = DashboardModel(feed_size=50)
    flt = Filter(category="device_id", country="CN")
    model.set_filter(flt)
    for start in range(0, 600, 37):  # batches of odd sizes
        model.add(findings[start : start + 37])
    expected = fresh(findings, flt)
    assert model.view.total == expected.total > 0
    assert model.view.by_category == expected.by_category
    assert {h: s.findings for h, s in model.view.destinations.items()} == {
        h: s.findings for h, s in expected.destinations.items()
    }
    assert model.view.owner_countries == expected.owner_countries
    assert model.all.total == 600
    assert all(f.category == "device_id" for _, f in model.newest())
    assert len(model.newest()) == 50


def test_totals_destinations_and_countries() -> None:
    findings = list(sample_findings(400))
    model = DashboardModel()
    model.add(findings)
    assert set(model.view.by_category) == {"biometric", "viewing_history", "device_id", "contact"}
    assert sum(model.view.by_category.values()) == 400
    ranked = model.view.ranked_destinations()
    assert [s.findings for s in ranked] == sorted((s.findings for s in ranked), reverse=True)
    owners = {s.owner for s in ranked}
    assert {"ByteDance Ltd.", "Meta Platforms, Inc.", "Google LLC", "Adjust GmbH"} <= owners
    pangle = model.view.destinations["api16-access-sg.pangle.io"]
    assert (pangle.owner_country, pangle.server_country, pangle.party) == ("CN", "SG", "third")
    countries = {c: (o, s) for c, o, s in model.view.countries()}
    assert countries["CN"][1] == 0  # ByteDance's servers here are in SG and the US
    assert countries["CN"][0] == Counter(owner_of(f) for f in findings)["ByteDance Ltd."]
    assert len(model.view.flows) == 200


def test_filters() -> None:
    findings = list(sample_findings(300))
    model = DashboardModel()
    model.add(findings)

    def count(**kw: str) -> int:
        model.set_filter(Filter(**kw))
        return model.view.total

    assert count(owner="ByteDance Ltd.") == sum(owner_of(f) == "ByteDance Ltd." for f in findings)
    assert count(country="SG") == sum(f.destination.server_country == "SG" for f in findings)
    assert count(party="first") == sum(f.destination.party == "first" for f in findings)
    assert count(text="PANGLE") == sum("pangle" in f.url for f in findings)
    assert count(text="gps_adid") == sum("gps_adid" in f.location for f in findings)
    assert count(category="biometric", owner="Google LLC") == sum(
        f.category == "biometric" and owner_of(f) == "Google LLC" for f in findings
    )
    assert model.set_filter(model.filter) is False  # same filter: no pass
    assert [f.id for f in model.matching()] == [f.id for f in findings if model.filter.matches(f)]


def test_series_spans_the_session() -> None:
    model = DashboardModel()
    model.add(sample_findings(100, step=1.0))
    series = model.view.series("biometric", 10)
    assert len(series) == 10
    assert sum(series) == model.view.by_category["biometric"]
    assert sum(model.view.series(None, 7)) == 100
    assert DashboardModel().view.series(None, 5) == [0.0] * 5


def test_finding_without_time_or_owner() -> None:
    f = Finding(
        source="x",
        flow="1",
        method="GET",
        url="u",
        category="contact",
        signature="s",
        confidence=1.0,
        location="url",
        encodings=[],
        evidence="e",
        destination=Destination(host="h.example", domain="example"),
        time="garbage",
    )
    model = DashboardModel(clock=lambda: 1000.0)
    model.add([f])
    assert model.when == [1000.0]
    assert model.view.destinations["h.example"].owner == "example"
    assert model.choices()["owner"] == ["example"]


def test_export_jsonl_and_csv(tmp_path: Path) -> None:
    findings = list(sample_findings(20))
    findings[0].evidence = "=HYPERLINK(evil)"
    out = tmp_path / "view.jsonl"
    assert export_findings(out, findings) == 20
    lines = out.read_text().splitlines()
    assert json.loads(lines[0]) == findings[0].to_dict()
    assert out.stat().st_mode & 0o077 == 0  # owner-only: evidence is sensitive
    out_csv = tmp_path / "view.CSV"
    assert export_findings(out_csv, findings) == 20
    rows = list(csv.DictReader(out_csv.open(newline="")))
    assert len(rows) == 20
    assert rows[0]["evidence"] == "'=HYPERLINK(evil)"  # no formula in a spreadsheet
    assert rows[1]["owner"] == (findings[1].destination.owner or "")
    assert rows[1]["encodings"] == "|".join(findings[1].encodings)
