"""Batch runs: identical output for any number of workers, a Dask cluster, bad files."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
from conftest import ROOT

from exfilwatch import batch
from exfilwatch.cli import main
from exfilwatch.engine import EngineOptions
from exfilwatch.sinks.jsonl_sink import finding_line
from exfilwatch.sources import SourceOptions

DEMO = ROOT / "captures" / "demo-shortvideo.har"
KNOWN = str(ROOT / "captures" / "known.yaml")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    har = json.loads(DEMO.read_text())
    for i in range(6):
        entries = har["log"]["entries"][i:] + har["log"]["entries"][:i]
        (folder / f"session-{i}.har").write_text(json.dumps({"log": {"entries": entries}}))
    (folder / "session-3b-corrupt.har").write_bytes(b'{"log": {"entries": [{"req')
    return folder


def _strip(lines: list[str]) -> list[dict]:
    out = []
    for line in lines:
        data = json.loads(line)
        data.pop("time")
        out.append(data)
    return out


def _scan(inputs, tmp_path, *extra):
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}.jsonl"
    code = main(["scan", str(inputs), "--known", KNOWN, "-o", str(out), "--no-progress", *extra])
    return code, out.read_text().splitlines()


def test_jobs_1_and_2_give_identical_output(inputs, tmp_path, capsys):
    code1, one = _scan(inputs, tmp_path, "--jobs", "1")
    code2, two = _scan(inputs, tmp_path, "--jobs", "2")
    assert code1 == code2 == 2  # the corrupt file is reported ...
    assert "session-3b-corrupt.har" in capsys.readouterr().err
    assert one and one == two  # ... and everything else completes, in the same order


def test_large_files_are_split_and_merged_in_order(inputs):
    files = [str(p) for p in sorted(inputs.glob("session-[0-9].har"))]
    options = EngineOptions(known_file=KNOWN)
    whole = list(batch.run_local(files, options, SourceOptions(), 1))
    units = batch.plan(files, jobs=3, split_bytes=1)
    assert len(units) == 3 * len(files)
    parts = [batch.run_unit(u, options, SourceOptions()) for u in units]
    merged = [batch.merge(parts[i : i + 3]) for i in range(0, len(parts), 3)]
    assert [[f.to_dict() for f in r.findings] for r in merged] == [
        [f.to_dict() for f in r.findings] for r in whole
    ]
    assert [r.flows for r in merged] == [r.flows for r in whole]
    # Workers that serialise (JSONL output) merge their lines in the same order.
    lines = [batch.run_unit(u, options, SourceOptions(), serialize=True) for u in units]
    merged_lines = [batch.merge(lines[i : i + 3]).lines for i in range(0, len(lines), 3)]
    assert merged_lines == [[finding_line(f) for f in r.findings] for r in whole]


def test_a_capture_is_split_in_two_and_gives_the_same_output(monkeypatch, tmp_path):
    """A capture splits too (each part re-reads it): same findings, same order."""
    capture = ROOT / "tests" / "fixtures" / "pcap" / "mixed.pcap"
    monkeypatch.setattr(batch, "PCAP_SPLIT_BYTES", 1)
    assert [u.parts for u in batch.plan([str(capture)], jobs=8)] == [2, 2]
    assert [u.parts for u in batch.plan([str(capture)], jobs=1)] == [1]
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        code = main(["scan", str(capture), "--known", str(capture.parent / "known.yaml"),
                     "-o", str(out), "--no-progress", "--jobs", jobs])  # fmt: skip
        assert code in (0, 1)
        outs.append(_strip(out.read_text().splitlines()))
    assert outs[0] and outs[0] == outs[1]


def test_local_dask_cluster_gives_the_same_findings(inputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    _, local = _scan(inputs, tmp_path, "--jobs", "1")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            dashboard_address=None,
            protocol="tcp",
            host="127.0.0.1",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        files = [str(p) for p in sorted(inputs.glob("*.har"))]
        options = EngineOptions(known_file=KNOWN)
        results = list(batch.run_dask(files, options, SourceOptions(), client))
    lines = [json.dumps(f.to_dict()) for r in results for f in r.findings]
    assert _strip(lines) == _strip(local)
    assert [r.error is not None for r in results].count(True) == 1


def test_fsspec_urls(inputs):
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/captures/demo.har", DEMO.read_bytes())
    results = list(
        batch.run_local(["memory://captures"], EngineOptions(known_file=KNOWN), SourceOptions(), 1)
    )
    assert len(results) == 1 and results[0].findings
    assert results[0].findings[0].source == "memory://captures/demo.har"


def test_parquet_output(inputs, tmp_path):
    folder = tmp_path / "parquet"
    _, lines = _scan(inputs, tmp_path, "--jobs", "1", "--output-parquet", str(folder))
    table = pq.read_table(folder / "findings.parquet")
    assert table.num_rows == len(lines)
    assert {"category", "destination_owner", "encodings"} <= set(table.column_names)


def test_worker_crash_is_reported_not_fatal(monkeypatch, tmp_path):
    target = tmp_path / "x.har"
    shutil.copy(DEMO, target)

    class Boom:
        def result(self):
            raise RuntimeError("worker died")

    results = list(batch._ordered([batch.WorkUnit(str(target))], lambda unit: Boom(), 2))
    assert results[0].error and "worker died" in results[0].error
