"""to_dict walks the models itself (artextract.jsonable): it must give what pydantic's
model_dump(mode="json") gives, on every sample, with and without a trace, on nested comments, and on the
shared corpus's pages where ../shared is here."""

from __future__ import annotations

import gzip

import pytest

from artextract import extract
from artextract.model import Article, BlockTrace, Comment, Comments, Vote
from artextract.options import Options

from .conftest import SAMPLES, need_shared


def _pydantic_dump(article: Article) -> dict:
    return article.model_dump(mode="json", exclude={"trace"} if article.trace is None else set())


def _same(article: Article) -> None:
    dumped = article.to_dict()
    assert dumped == _pydantic_dump(article)
    # the same keys in the same order, all the way down (== on dicts ignores the order)
    assert repr(dumped) == repr(_pydantic_dump(article))


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.*[tl]")), ids=lambda p: p.name)
@pytest.mark.parametrize("options", [Options(), Options(explain=True, keep_boilerplate=True)],
                         ids=["plain", "explained"])
def test_to_dict_is_model_dump_on_samples(path, options: Options) -> None:
    _same(extract(path.read_bytes(), options=options))


def test_to_dict_is_model_dump_on_nested_comments_and_odd_floats() -> None:
    reply = Comment(author="B", text="No.", replies=[Comment(text="Yes.")])
    article = Article(
        sections=[Comments(heading="2 comments", count=2, items=[Comment(author="A", date="2024-05-01", text="Hi",
                                                                         replies=[reply])])],
        trace=[BlockTrace(index=0, origin="line 1", kind="para", text="x", label="body",
                          votes=[Vote(rule="r", label="body", weight=float("inf")),
                                 Vote(rule="s", label="body", weight=-0.0)])])
    _same(article)


@pytest.mark.parametrize("folder", ["pages", "text-browser"])
def test_to_dict_is_model_dump_on_the_corpus(folder: str) -> None:
    pages = sorted(need_shared("corpus", "scrapinghub", folder).iterdir())
    for path in pages:
        data = path.read_bytes()
        _same(extract(gzip.decompress(data) if path.name.endswith(".gz") else data))
