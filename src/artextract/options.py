"""Every tunable of the extraction in one frozen object, each with one default."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from .errors import UnknownOptionError


@dataclass(frozen=True, slots=True)
class Options:
    """How to extract. Pass `options=Options(...)` to `extract`; the CLI maps its flags here."""

    #: keep boilerplate blocks as sections of type "boilerplate" instead of dropping them
    keep_boilerplate: bool = False
    #: keep the per-block votes on the Article (what --explain shows)
    explain: bool = False
    #: names of classifier rules to switch off (see artextract.classify.RULES)
    disabled_rules: frozenset[str] = field(default_factory=frozenset)

    def __reduce__(self) -> tuple[type[Options], tuple[bool, bool, frozenset[str]]]:
        """Pickled by its fields (worker processes get it so); a compiled build's frozen dataclass
        cannot be restored field by field."""
        return Options, (self.keep_boilerplate, self.explain, self.disabled_rules)

    def with_(self, **changes: object) -> Options:
        """A copy with some fields changed; an unknown field name is an error that names it."""
        known = {f.name for f in fields(self)}
        for name in changes:
            if name not in known:
                raise UnknownOptionError(f"unknown option: {name}")
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_OPTIONS = Options()
