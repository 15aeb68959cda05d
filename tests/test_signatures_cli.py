"""`exfilwatch signatures list|show|test`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.cli import main

GOOD_RULE = """\
id: user.example_id
title: Example user rule
description: An example rule a user writes for their own app.
category: device_id
severity: low
confidence: 0.5
references: [https://example.com/docs]
match:
  keys: [my_device]
  value: uuid
examples:
  positive:
    - url: https://api.example.com/?my_device=2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a
    - url: https://api.example.com/
      json: {my_device: "2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a"}
  negative:
    - url: https://api.example.com/?my_device=phone
    - url: https://api.example.com/?other=2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a
"""


def test_list_json_has_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["signatures", "list", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 40
    assert {"device_id", "viewing_history", "biometric"} <= {r["category"] for r in rows}


def test_list_includes_user_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mine.yaml").write_text(GOOD_RULE)
    assert main(["signatures", "list", "--format", "json", "--signatures", str(tmp_path)]) == 0
    assert "user.example_id" in capsys.readouterr().out


def test_show_prints_the_rule_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["signatures", "show", "device_id.imei"]) == 0
    assert "Luhn" in capsys.readouterr().out


def test_show_unknown_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["signatures", "show", "imei"]) == 2
    assert "device_id.imei" in capsys.readouterr().err


def test_test_builtin_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["signatures", "test"]) == 0
    assert "0 failure(s)" in capsys.readouterr().out


def test_test_user_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rule = tmp_path / "mine.yaml"
    rule.write_text(GOOD_RULE)
    assert main(["signatures", "test", str(rule)]) == 0
    rule.write_text(
        GOOD_RULE.replace("?my_device=phone", "?my_device=2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a")
    )
    assert main(["signatures", "test", str(rule)]) == 1
    assert "negative example 0 fired" in capsys.readouterr().out


TWO_CONTEXTS_RULE = """\
id: user.two_contexts
title: Rule with two context conditions
description: Both the object and the exchange condition must hold.
category: viewing_history
severity: low
confidence: 0.5
references: [https://example.com/docs]
match:
  keys: [item]
  value: nonempty
  context:
    - scope: object
      any_values: [video]
    - scope: exchange
      any_values: [view]
examples:
  positive:
    - url: https://api.example.com/
      json: {event: view, payload: {item: "v1", kind: video}}
    - url: https://api.example.com/?event=view&item=v1&kind=video
  negative:
    - url: https://api.example.com/
      json: {event: buy, payload: {item: "v1", kind: video}}
    - url: https://api.example.com/
      json: {event: view, payload: {item: "v1", kind: shoe}}
"""


def test_context_may_be_a_list_of_conditions(tmp_path: Path) -> None:
    rule = tmp_path / "two.yaml"
    rule.write_text(TWO_CONTEXTS_RULE)
    assert main(["signatures", "test", str(rule)]) == 0


def test_test_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: x\n")
    assert main(["signatures", "test", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.yaml" in err[0] and "Traceback" not in err[0]
