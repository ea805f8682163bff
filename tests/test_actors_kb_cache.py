"""The built actors KB cached in the user's cache dir (chronica.actors.kb.cached_kb): read back
equal, filed under the dictionaries' content and the code, written atomically, never required."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chronica.actors import kb as K

ROOT = Path(__file__).resolve().parents[1]


def _same(a: K.KnowledgeBase, b: K.KnowledgeBase) -> None:
    assert vars(a).keys() == vars(b).keys()
    for name in vars(a):
        x, y = getattr(a, name), getattr(b, name)
        assert x == y, name
        if isinstance(x, (dict, list)):
            assert list(x) == list(y), name  # the same order too


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(K.CACHE_SETTING, str(folder))
    return folder


def test_the_cached_kb_is_the_built_kb(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = K.cached_kb()
    files = list(cache.iterdir())
    assert [f.name for f in files] == [f"actors-kb-{K.kb_cache_key()}.pickle"]

    def no_build(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("built again although cached")

    monkeypatch.setattr(K.KnowledgeBase, "_load", no_build)
    again = K.cached_kb()
    monkeypatch.undo()
    _same(again, built)
    _same(again, K.KnowledgeBase())


def test_the_key_follows_the_dictionaries_content(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(K.DATA_DIR, data)
    key = K.kb_cache_key(data)
    assert key == K.kb_cache_key(data)  # stable
    assert key == K.kb_cache_key(K.DATA_DIR)  # the content, not the place
    assert K.kb_cache_key(data, phoenix=False) != key
    titles = data / "titles.tsv"
    titles.write_text(titles.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert K.kb_cache_key(data) != key
    (data / "extra.txt").write_text("a file more", encoding="utf-8")
    assert len({key, K.kb_cache_key(data)}) == 2


def test_a_damaged_cache_file_is_built_again(cache: Path) -> None:
    cache.mkdir()
    path = cache / f"actors-kb-{K.kb_cache_key()}.pickle"
    path.write_bytes(b"not a pickle")
    kb = K.cached_kb()
    assert kb.get("USA") is not None
    assert path.read_bytes()[:1] == b"\x80"  # written again, whole
    _same(K.cached_kb(), kb)


@pytest.mark.parametrize("value", ["off", "0", ""])
def test_caching_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(K.CACHE_SETTING, value)
    monkeypatch.chdir(tmp_path)
    assert K.cache_dir() is None
    assert K.cached_kb().get("USA") is not None
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_dir_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(K.CACHE_SETTING, str(blocker / "cache"))  # under a file: cannot be made
    assert K.cached_kb().get("USA") is not None


_START = "from chronica.actors.kb import cached_kb; print(len(cached_kb().actors))"


def test_two_processes_starting_together_both_get_the_kb(cache: Path) -> None:
    env = {"PYTHONPATH": str(ROOT), K.CACHE_SETTING: str(cache), "PATH": "/usr/bin:/bin"}
    procs = [subprocess.Popen([sys.executable, "-c", _START], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e[-500:] for _, e in outs]
    assert outs[0][0] == outs[1][0] == f"{len(K.KnowledgeBase().actors)}\n"
    assert [f.name for f in cache.iterdir()] == [f"actors-kb-{K.kb_cache_key()}.pickle"]  # no temporary left
    third = subprocess.run([sys.executable, "-c", _START], cwd=ROOT, env=env, text=True,
                           capture_output=True, timeout=300)
    assert third.stdout == outs[0][0]
