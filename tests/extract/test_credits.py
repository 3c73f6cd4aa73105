"""A dateline's credit names the source of the page, not an actor of the story."""
from kg.extract.credits import without_credits
from kg.records import Article, Mention

TEXT = "QUITO, Ecuador (AP) — Ecuador's president met AP reporters on Monday."


def mention(text, at):
    return Mention("a", at, at + len(text), text, "Organization", name=text)


def test_the_credit_is_dropped_and_the_same_name_elsewhere_kept():
    article = Article("a", "a.txt", TEXT)
    credit, later = TEXT.index("AP"), TEXT.index("AP", TEXT.index("AP") + 2)
    kept = without_credits(article, [mention("AP", credit), mention("AP", later)])
    assert [m.start for m in kept] == [later]
