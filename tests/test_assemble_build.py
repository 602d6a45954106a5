"""The assembler builds its models through their validators (assemble._build): the very objects the
constructors give."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import SchemaValidator

from artextract.assemble import _article, _build, _validators
from artextract.model import (
    Article,
    Body,
    Caption,
    Comment,
    Comments,
    Headline,
    Metadata,
    Related,
    RelatedItem,
    Source,
    Summary,
)

CASES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Headline, {"text": "A title"}),
    (Caption, {"text": "A caption", "credit": None, "image": "/a.jpg"}),
    (Summary, {}),
    (Summary, {"heading": "In short"}),
    (Body, {"heading": None, "level": 1}),
    (Comments, {"heading": "3 comments"}),
    (Comment, {"author": "Jane", "date": None}),
    (Comment, {"text": "Nice."}),
    (Related, {}),
    (RelatedItem, {"title": "Another story", "url": None}),
    (RelatedItem, {"title": "A snippet only"}),
    (Metadata, {"title": "T", "authors": ["Jane"], "language": None, "tags": []}),
]


@pytest.mark.parametrize("model, fields", CASES)
def test_build_gives_what_the_constructor_gives(model: type[BaseModel], fields: dict[str, Any]) -> None:
    built, constructed = _build(model, dict(fields)), model(**fields)
    assert type(built) is model
    assert built == constructed
    assert built.model_fields_set == constructed.model_fields_set
    assert built.model_dump_json() == constructed.model_dump_json()
    assert built.model_dump(exclude_unset=True) == constructed.model_dump(exclude_unset=True)


def test_build_validates_as_the_constructor_does() -> None:
    with pytest.raises(ValidationError):
        _build(Headline, {"text": None})
    with pytest.raises(ValidationError):
        _build(RelatedItem, {"title": "x", "extra_field": 1})


def test_build_keeps_the_built_validator_not_the_stand_in() -> None:
    # a model defined with defer_build has a stand-in for a validator until first used; _build keeps the
    # real one (the stand-in would go through Python at every model built)
    class Deferred(BaseModel):
        model_config = ConfigDict(defer_build=True)
        text: str

    assert not isinstance(Deferred.__pydantic_validator__, SchemaValidator)
    assert _build(Deferred, {"text": "x"}) == Deferred(text="x")
    assert isinstance(_validators[Deferred], SchemaValidator)
    assert _build(Deferred, {"text": "y"}) == Deferred(text="y")
    for model, fields in CASES:
        _build(model, dict(fields))
        assert isinstance(_validators[model], SchemaValidator)


@pytest.mark.parametrize("trace", [None, []])
def test_article_is_what_model_construct_gives(trace: list | None) -> None:
    parts: dict[str, Any] = {
        "source": Source(format="text"), "metadata": Metadata(title="T"),
        "sections": [Headline(text="T"), Body(heading=None, level=1)], "trace": trace,
    }
    built, constructed = _article(**parts), Article.model_construct(**parts)
    assert type(built) is Article
    assert built == constructed
    assert built.__dict__ == constructed.__dict__ and list(built.__dict__) == list(constructed.__dict__)
    assert built.model_fields_set == constructed.model_fields_set
    assert built.__pydantic_extra__ == constructed.__pydantic_extra__
    assert built.__pydantic_private__ == constructed.__pydantic_private__
    assert built.to_dict() == constructed.to_dict()
