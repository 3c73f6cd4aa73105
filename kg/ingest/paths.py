"""Expand the paths a user gives into files to read, in a deterministic order."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.ingest.readers import SUPPORTED
from kg.records import Skipped

STDIN = "-"


def source_name(path: Path, given: Path) -> str:
    """How the graph names a file: its path inside the folder given ("000.txt", "2024/a.txt"), or
    its file name when the file itself was given; never the absolute or temporary path it was read
    from, which is run state (a build of the same articles from elsewhere gives the same graph)."""
    return path.name if path == given else path.relative_to(given).as_posix()


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | str | Skipped]:
    """(file, source name) in the order given, folders walked recursively in sorted order, "-" for stdin."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for item in _walk(path):
                yield item if isinstance(item, Skipped) else (item, source_name(item, path))
        elif path.exists():
            yield path, source_name(path, path)
        else:
            yield Skipped(str(raw), "no such file or folder; check the path")


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Every visible file under a folder, sorted; a Skipped when none is readable."""
    try:
        files = sorted(
            (p for p in folder.rglob("*") if p.is_file() and not _hidden(p, folder)),
            key=lambda p: p.relative_to(folder).as_posix(),
        )
    except OSError as e:
        yield Skipped(str(folder), f"cannot list the folder: {e.strerror or e}")
        return
    if not any(p.suffix.lower() in SUPPORTED for p in files):
        yield Skipped(str(folder), f"folder has no readable files ({', '.join(sorted(SUPPORTED))})")
    yield from files


def _hidden(path: Path, root: Path) -> bool:
    """True for dot-files and anything inside a dot-folder (".git", ".DS_Store")."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)
