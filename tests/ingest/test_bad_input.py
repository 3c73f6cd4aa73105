"""Bad input is a Skipped with a clear reason, never an exception out of read_paths."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_paths, read_text
from kg.records import Article, Skipped

BODY = "The council approved the budget on Tuesday after a long debate, the mayor said."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n   \n", "empty"),
        ("nul.txt", b"The council\x00\x00\x01 approved", "binary"),
        ("image.html", bytes(range(256)) * 8, "binary"),
        ("noise.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02]) * 50, "decode"),
        ("data.xyz", BODY.encode(), "unsupported file type '.xyz'"),
        ("README", BODY.encode(), "unsupported file type"),
        ("menu.txt", b"Home\nWorld\nSport\n\nMost Read\n- One\n- Two\n", "no article body"),
        ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article body"),
    ],
)
def test_bad_file_is_skipped(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [result] = list(read_paths([path]))
    assert isinstance(result, Skipped), result
    assert result.source == str(path)
    assert reason in result.reason


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert list(read_paths([missing])) == [Skipped(str(missing), "no such file or folder; check the path")]


@pytest.mark.parametrize("files", [{}, {"photo.jpg": b"\xff\xd8", ".hidden.txt": BODY.encode()}])
def test_folder_without_readable_files(tmp_path: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    results = list(read_paths([tmp_path]))
    assert isinstance(results[0], Skipped) and results[0].source == str(tmp_path)
    assert "no readable files" in results[0].reason
    assert all(isinstance(r, Skipped) for r in results)


def test_bad_input_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(b"\x00\x01")
    results = list(read_paths([tmp_path, tmp_path / "gone.txt"]))
    assert [type(r).__name__ for r in results] == ["Skipped", "Article", "Skipped", "Skipped"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("cp1252", b""), ("latin-1", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b"")],
)
def test_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    word = "café – naïve" if encoding != "latin-1" else "café, naïve"
    text = f"The owner of the {word} bistro said on Monday that it would reopen in spring."
    path = tmp_path / "bistro.txt"
    path.write_bytes(prefix + text.encode(encoding))
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.text == text


def test_cp1252_short_text(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("café – naïve, as the chef said.".encode("cp1252"))
    [article] = list(read_paths([path]))
    assert article.text == "café – naïve, as the chef said."


def test_huge_text_is_not_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = "The committee met again on Thursday and discussed the report in detail, members said."
    path.write_text("\n\n".join(f"{paragraph} Item {i}." for i in range(20000)), encoding="utf-8")
    [article] = list(read_paths([path]))
    assert isinstance(article, Article) and len(article.text) > 1_500_000


@pytest.mark.parametrize("text", ["", "   \n ", "Home\nNews\nSport"])
def test_read_text_raises_input_error(text: str) -> None:
    with pytest.raises(InputError, match="no article body"):
        read_text(text, source="x.txt")
