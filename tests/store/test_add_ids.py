"""`--add` admits articles exactly as a full build would: same ids, same source names."""
from kg.cache import Extraction
from kg.ingest import read_paths
from kg.pipeline import _fresh

BODY = "The parliament passed the {} law on Thursday after a long debate, officials said."


def _folders(tmp_path):
    for name, word in (("a", "water"), ("b", "forest")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(BODY.format(word), encoding="utf-8")
    return tmp_path / "a", tmp_path / "b"


def test_same_file_name_in_two_folders_gets_the_ids_of_a_full_build(tmp_path):
    a, b = _folders(tmp_path)
    full = [x.id for x in read_paths([a, b])]
    stored = [Extraction(x, (), ()) for x in read_paths([a])]
    skipped = []
    added = _fresh(read_paths([b]), stored, skipped)
    assert [x.id for x in added] == full[1:] and not skipped
    assert full[0] == "story" and full[1].startswith("story-")


def test_sources_are_named_inside_the_folder_given_not_by_where_it_lies(tmp_path):
    a, _ = _folders(tmp_path)
    assert [x.source for x in read_paths([a])] == ["story.txt"]
    assert [x.source for x in read_paths([a / "story.txt"])] == ["story.txt"]
