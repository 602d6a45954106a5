"""Models as the JSON output has them: what pydantic's `model_dump(mode="json")` gives for artextract's
models, walked by code of ours that the compiled build compiles.

Every field of these models holds None, a str, an int, a float, a bool, a list of them or another model
(no aliases, serializers, computed or excluded fields), so the dump is the fields in their order with
their values copied as they are, lists and models walked. pydantic's serializer, general enough for any
model, cost some 150,000 instructions a page of the corpus (callgrind); this walk costs a fraction.
tests/test_jsonable.py holds it to model_dump on every sample and corpus page.
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

#: each model class's field names, in their order
_FIELDS: Final[dict[type, tuple[str, ...]]] = {}


def model_dict(model: BaseModel, leave_out: str = "") -> dict[str, Any]:
    """model.model_dump(mode="json"), without the field named `leave_out` (if any)."""
    names = _FIELDS.get(type(model))
    if names is None:
        names = _FIELDS[type(model)] = tuple(type(model).model_fields)
    return _dumped(model, names, leave_out)


def _dumped(model: object, names: tuple[str, ...], leave_out: str = "") -> dict[str, Any]:
    """The model's fields of these names, dumped (see model_dict)."""
    values = model.__dict__
    dumped: dict[str, Any] = {}
    for name in names:
        if name != leave_out:
            dumped[name] = _jsonable(values[name])
    return dumped


def _jsonable(value: object) -> object:
    """A field's value as model_dump(mode="json") gives it."""
    if value is None or type(value) is str or type(value) is int or type(value) is bool or type(value) is float:
        return value  # (a float too, inf and nan included: JSON mode keeps them for json.dumps)
    if type(value) is list:
        if all(type(item) is str for item in value):  # a list of strings (paragraphs, names): copied
            return list(value)
        return [_jsonable(item) for item in value]
    # a model of a class met before is told by a lookup (isinstance() goes through pydantic's ABCMeta)
    names = _FIELDS.get(type(value))
    if names is not None:
        return _dumped(value, names)
    if isinstance(value, BaseModel):
        return model_dict(value)
    return to_jsonable_python(value)  # no field of ours holds another kind of value: pydantic's reading
