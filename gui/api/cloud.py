"""AllocationCloud and its parts: immutable views over the JSON object Pieces OS sent, checked once when read.

A snapshot can hold thousands of allocations and a tray app reads one every few seconds, so an
allocation is not a tree of pydantic models (eight objects, each with its own dicts and sets) but
the checked JSON itself with typed accessors. pydantic checks it once, in Rust, against the
contract's shape (`CloudJSON`); each part is made when first asked for. The JSON is also what goes
back to Pieces OS: unknown fields, statuses this app does not know and the server's own date
formatting survive a round trip untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from typing import Annotated, Any, ClassVar, Generic, NotRequired, Self, TypeVar

import pydantic
from pydantic import BeforeValidator, ConfigDict, TypeAdapter
from pydantic_core import PydanticCustomError, core_schema

# pydantic reads TypedDicts from typing_extensions only, on Python 3.11.
from typing_extensions import TypedDict

from .basics import AllocationStatus, EmbeddedModelSchema, GroupedTimestamp, PiecesModel
from .jsoncopy import json_copy

__all__ = [
    "AllocationCloud",
    "AllocationCloudStatus",
    "AllocationCloudUrl",
    "AllocationCloudUrls",
    "CloudJSON",
    "JSONView",
]

_log = logging.getLogger(__name__)
# Unknown fields stay in the checked JSON: they go back to Pieces OS as they came. Each checker
# is built when first used, like the models' validators (see PiecesModel): not while the app starts.
_KEEP_UNKNOWN = ConfigDict(extra="allow", defer_build=True)
# Built when first used, like the models' validators (see PiecesModel): not while the app starts.
_DEFERRED = ConfigDict(defer_build=True)
_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime, config=_DEFERRED)


def _a_time(value: object) -> object:
    """value, once pydantic has read it as a time (as GroupedTimestamp will); its JSON text is what is kept.

    A datetime given in code becomes its JSON text.
    """
    if isinstance(value, datetime):
        return _DATETIME.dump_python(value, mode="json")
    try:
        _DATETIME.validate_python(value)
    except pydantic.ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        raise PydanticCustomError(error["type"], error["msg"]) from None
    return value


class SchemaJSON(TypedDict):
    """EmbeddedModelSchema (its semantic version is any string: newer servers add values)."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    migration: int
    semantic: str


class TimestampJSON(TypedDict):
    """GroupedTimestamp."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    value: Annotated[str, BeforeValidator(_a_time)]
    readable: NotRequired[str | None]
    schema: NotRequired[SchemaJSON | None]


class UrlJSON(TypedDict):
    """AllocationCloudUrl (its status is any string: one this app does not know reads as UNKNOWN)."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    status: str
    url: str
    schema: NotRequired[SchemaJSON | None]


class UrlsJSON(TypedDict):
    """AllocationCloudUrls."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    base: UrlJSON
    id: UrlJSON
    vanity: NotRequired[UrlJSON | None]
    schema: NotRequired[SchemaJSON | None]


class StatusJSON(TypedDict):
    """AllocationCloudStatus."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    cloud: str
    schema: NotRequired[SchemaJSON | None]


class CloudJSON(TypedDict):
    """AllocationCloud as the contract shapes it."""

    __pydantic_config__ = _KEEP_UNKNOWN  # type: ignore[misc]
    id: str
    project: str
    status: StatusJSON
    urls: UrlsJSON
    user: str
    region: NotRequired[str | None]
    version: NotRequired[str | None]
    updated: NotRequired[TimestampJSON | None]
    schema: NotRequired[SchemaJSON | None]


_STATUSES = {status.value: status for status in AllocationStatus}
# Distinct unknown statuses logged so far: each once per process, and no more than a few
# (a server inventing a new one per answer must not fill the log).
_UNKNOWN_LOGGED: set[str] = set()
_UNKNOWN_LOG_LIMIT = 20


def _status(raw: str) -> AllocationStatus:
    status = _STATUSES.get(raw)
    if status is None:
        _met_unknown(raw)
        return AllocationStatus.UNKNOWN
    return status


def _raw(raw: str) -> str | None:
    if raw in _STATUSES:
        return None
    _met_unknown(raw)
    return raw


def _met_unknown(raw: str) -> None:
    """Log, once per process, a status the app meets and does not know (whenever it is first read)."""
    if raw not in _UNKNOWN_LOGGED and len(_UNKNOWN_LOGGED) < _UNKNOWN_LOG_LIMIT:
        _UNKNOWN_LOGGED.add(raw)
        _log.warning("Pieces OS sent an allocation status this app does not know: %r", raw[:40])


def _to_json(value: Any) -> Any:
    """A value given in code, as JSON: views and models by their wire form, enums by value."""
    if isinstance(value, JSONView | PiecesModel):
        return value.to_wire()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return _DATETIME.dump_python(value, mode="json")
    return value


_J = TypeVar("_J", bound=Mapping[str, Any])


class JSONView(Generic[_J]):
    """An immutable, typed view of checked JSON; equal when the JSON is."""

    __slots__ = ("_json",)
    _json: _J
    # Attribute name -> JSON name, for every field the contract declares.
    FIELDS: ClassVar[Mapping[str, str]]
    JSON: ClassVar[type[Mapping[str, Any]]]
    _adapter: ClassVar[TypeAdapter[Any]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._adapter = TypeAdapter(cls.JSON)
        # "schema" is read as schema_, as in the pydantic models: BaseModel.schema is taken.
        cls.FIELDS = {("schema_" if key == "schema" else key): key for key in cls.JSON.__annotations__}

    def __init__(self, **fields: Any) -> None:
        """A view built in code, from Python values by attribute or JSON name (checked like an answer)."""
        names = {**self.FIELDS, **{key: key for key in self.FIELDS.values()}}
        data = {names.get(name, name): _to_json(value) for name, value in fields.items()}
        object.__setattr__(self, "_json", self._adapter.validate_python(data))

    @classmethod
    def trusted(cls, checked: _J) -> Self:
        """A view of JSON already checked against cls.JSON (by a schema that holds it)."""
        view = cls.__new__(cls)
        object.__setattr__(view, "_json", checked)
        return view

    @classmethod
    def model_validate(cls, value: Any, *, context: Any = None) -> Self:
        """The view of a JSON object, or the view itself; pydantic.ValidationError if it does not fit."""
        # context is accepted like BaseModel.model_validate's, and not needed: a view always keeps its JSON.
        if isinstance(value, cls):
            return value
        return cls.trusted(cls._adapter.validate_python(value))

    @classmethod
    def model_validate_json(cls, data: str | bytes) -> Self:
        return cls.trusted(cls._adapter.validate_json(data))

    def to_wire_source(self) -> _J:
        """The checked JSON itself, to compare with JSON just read: never to change (to send: to_wire)."""
        return self._json

    def to_wire(self) -> dict[str, Any]:
        """The JSON object to send back to Pieces OS: a copy, so a caller cannot change this view."""
        copied: dict[str, Any] = json_copy(self._json)
        return copied

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields Pieces OS sent that the contract does not declare."""
        declared = set(self.FIELDS.values())
        return {key: value for key, value in self._json.items() if key not in declared}

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with update, the given fields replaced (and checked) and everything else kept."""
        if update:
            return type(self)(**{**self._json, **update})
        return type(self).trusted(json_copy(self._json)) if deep else self

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        # Not copy.deepcopy of the JSON: an unknown field may nest deeper than its recursion allows.
        return self.model_copy(deep=True)

    def __copy__(self) -> Self:
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self is other or self._json == other._json

    def __hash__(self) -> int:
        return hash((type(self), tuple(sorted(self.FIELDS.values() & self._json.keys()))))

    def __repr__(self) -> str:
        shown = ", ".join(f"{attr}={getattr(self, attr)!r}" for attr in self.FIELDS)
        return f"{type(self).__name__}({shown})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """As a field of a model: a view is taken as it is, a dict is checked against cls.JSON."""

        def view(value: Any, check: Callable[[Any], Any]) -> Any:
            return value if isinstance(value, cls) else cls.trusted(check(value))

        return core_schema.no_info_wrap_validator_function(
            view,
            handler.generate_schema(cls.JSON),
            serialization=core_schema.plain_serializer_function_ser_schema(lambda value: value.to_wire()),
        )


def _schema(json: Mapping[str, Any]) -> EmbeddedModelSchema | None:
    stamp = json.get("schema")
    return None if stamp is None else EmbeddedModelSchema.model_validate(stamp)


class AllocationCloudUrl(JSONView[UrlJSON]):
    """One URL of a cloud and its status."""

    __slots__ = ()
    JSON: ClassVar[type[Mapping[str, Any]]] = UrlJSON

    @property
    def status(self) -> AllocationStatus:
        return _status(self._json["status"])

    @property
    def status_raw(self) -> str | None:
        """The status as Pieces OS sent it, when this app does not know it (status is UNKNOWN)."""
        return _raw(self._json["status"])

    @property
    def url(self) -> str:
        return self._json["url"]

    @property
    def schema_(self) -> EmbeddedModelSchema | None:
        return _schema(self._json)


class AllocationCloudUrls(JSONView[UrlsJSON]):
    """The base, id and (maybe) vanity URLs of a cloud."""

    __slots__ = ()
    JSON: ClassVar[type[Mapping[str, Any]]] = UrlsJSON

    @property
    def base(self) -> AllocationCloudUrl:
        return AllocationCloudUrl.trusted(self._json["base"])

    @property
    def id(self) -> AllocationCloudUrl:
        return AllocationCloudUrl.trusted(self._json["id"])

    @property
    def vanity(self) -> AllocationCloudUrl | None:
        vanity = self._json.get("vanity")
        return None if vanity is None else AllocationCloudUrl.trusted(vanity)

    @property
    def schema_(self) -> EmbeddedModelSchema | None:
        return _schema(self._json)

    def named(self) -> tuple[tuple[str, AllocationCloudUrl], ...]:
        """Each URL present with its role (vanity first: it is the one people know)."""
        pairs = (("vanity", self.vanity), ("id", self.id), ("base", self.base))
        return tuple((name, url) for name, url in pairs if url is not None)


class AllocationCloudStatus(JSONView[StatusJSON]):
    """The status of a cloud as a whole."""

    __slots__ = ()
    JSON: ClassVar[type[Mapping[str, Any]]] = StatusJSON

    @property
    def cloud(self) -> AllocationStatus:
        return _status(self._json["cloud"])

    @property
    def cloud_raw(self) -> str | None:
        """The cloud's status as Pieces OS sent it, when this app does not know it (cloud is UNKNOWN)."""
        return _raw(self._json["cloud"])

    @property
    def schema_(self) -> EmbeddedModelSchema | None:
        return _schema(self._json)


class AllocationCloud(JSONView[CloudJSON]):
    """One personal cloud of a user: its project, status, URLs and owner."""

    __slots__ = ("_updated",)
    JSON: ClassVar[type[Mapping[str, Any]]] = CloudJSON

    @property
    def id(self) -> str:
        return self._json["id"]

    @property
    def project(self) -> str:
        return self._json["project"]

    @property
    def status(self) -> AllocationCloudStatus:
        return AllocationCloudStatus.trusted(self._json["status"])

    @property
    def urls(self) -> AllocationCloudUrls:
        return AllocationCloudUrls.trusted(self._json["urls"])

    @property
    def user(self) -> str:
        return self._json["user"]

    @property
    def region(self) -> str | None:
        return self._json.get("region")

    @property
    def version(self) -> str | None:
        return self._json.get("version")

    @property
    def updated(self) -> GroupedTimestamp | None:
        # Read once, when first asked for (sorting by it asks for every row's).
        try:
            cached: GroupedTimestamp | None = object.__getattribute__(self, "_updated")
        except AttributeError:
            stamp = self._json.get("updated")
            cached = None if stamp is None else GroupedTimestamp.model_validate(stamp)
            object.__setattr__(self, "_updated", cached)
        return cached

    @property
    def schema_(self) -> EmbeddedModelSchema | None:
        return _schema(self._json)

    @property
    def personal_url(self) -> str:
        """The address a person knows their cloud by: the vanity URL, else the id URL."""
        urls = self._json["urls"]
        return (urls.get("vanity") or urls["id"])["url"]

    def __hash__(self) -> int:
        return hash((AllocationCloud, self._json["id"]))
