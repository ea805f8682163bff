"""The report in a real browser: headless Chromium loads it, the DOM has the sections, the
article's script never runs (the title is not 'pwned' and the tag shows as text), and a
screenshot is taken (kept as $TMPDIR/chronica-report.png, or in $CHRONICA_SCREENSHOT_DIR, for a
person to look at)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_chronicle_data import needs_minilm
from test_report_html import crafted

from chronica.report import render_report

pytestmark = needs_minilm

ARTIFACTS = Path(os.environ.get("CHRONICA_SCREENSHOT_DIR") or tempfile.gettempdir())
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium binary; installed with apt-get when missing and we may (root, apt-get)."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get): "
                    "apt-get install chromium")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env,
                       timeout=900, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"could not install chromium with apt-get: {exc}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get install chromium did not provide a chromium binary")
    return found


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    c, docs = crafted()
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(c, docs, title="Aldoria chronicle"), encoding="utf-8")
    return path


def _run(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)


def test_dom_has_the_sections_and_the_script_never_runs(chromium, report_file, tmp_path):
    result = _run(chromium, tmp_path, "--dump-dom", report_file.as_uri())
    dom = result.stdout
    assert result.returncode == 0 and "</html>" in dom, result.stderr[-2000:]
    for section in ("timeline", "disagreements", "barometer", "graph", "documents"):
        assert f'id="{section}"' in dom
    assert "<title>Aldoria chronicle</title>" in dom and "pwned</title>" not in dom
    # the article's markup is text in the DOM: escaped, not elements
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=" in dom
    assert "<img" not in dom
    assert dom.count("<svg") >= 2


def test_screenshot(chromium, report_file, tmp_path):
    shot = tmp_path / "report.png"
    result = _run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000",
                  "--hide-scrollbars", report_file.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "chronica-report.png")
