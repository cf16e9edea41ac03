"""Typed, immutable pydantic models of the Pieces OS allocation, user and well-known payloads."""

from __future__ import annotations

import copy
import enum
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .jsoncopy import json_copy

_log = logging.getLogger(__name__)

__all__ = [
    "Aesthetics",
    "AllocationCloud",
    "AllocationCloudStatus",
    "AllocationCloudUrl",
    "AllocationCloudUrls",
    "AllocationStatus",
    "Allocations",
    "AnonymousTemporalRange",
    "Auth0OpenAIUserMetadata",
    "Auth0UserAllocationMetadata",
    "Auth0UserMetadata",
    "DescopeUserMetadata",
    "EmbeddedModelSchema",
    "ExternalProvider",
    "ExternalProviderProfileData",
    "ExternalProviderType",
    "ExternalProviders",
    "FlattenedEntities",
    "FlattenedEntity",
    "FlattenedSubscription",
    "FlattenedSubscriptions",
    "Font",
    "GroupedTimestamp",
    "ReferencedEntity",
    "ReferencedSubscription",
    "ReturnedUserProfile",
    "Score",
    "SemanticVersion",
    "Theme",
    "UserProfile",
]


class _TolerantEnum(enum.StrEnum):
    """A string enum that maps values it does not know to UNKNOWN, as newer servers add values."""

    @classmethod
    def _missing_(cls, value: object) -> Self:
        return cls["UNKNOWN"]


class AllocationStatus(_TolerantEnum):
    """AllocationStatusEnum: the status of a cloud or of one of its URLs."""

    UNKNOWN = "UNKNOWN"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    DISCONNECTED = "DISCONNECTED"


class SemanticVersion(_TolerantEnum):
    """EmbeddedModelSchemaSemanticVersionEnum."""

    UNKNOWN = "UNKNOWN"
    MAJOR_0_MINOR_0_PATCH_1 = "MAJOR_0_MINOR_0_PATCH_1"


class ExternalProviderType(_TolerantEnum):
    """ExternalProviderTypeEnum: how a user signed in."""

    UNKNOWN = "UNKNOWN"
    GITHUB = "github"
    GOOGLE_OAUTH2 = "google-oauth2"
    BITBUCKET = "bitbucket"
    LINKEDIN = "linkedin"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    WAAD = "waad"
    DISCORD = "discord"
    GITLAB = "gitlab"
    APPLE = "apple"
    USERNAME_EMAIL = "username_email"
    SLACK = "slack"
    MICROSOFT = "microsoft"


class PiecesModel(BaseModel):
    """Base of every payload model: frozen, JSON names on the wire, unknown fields kept."""

    model_config = ConfigDict(
        frozen=True,
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        # Each model builds its validator when first used, not when the app starts: most are
        # only ever validated inside UserProfile, whose validator covers them (100 ms less CPU
        # from start to the first answer read, and none of it before the window shows).
        defer_build=True,
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON object to send back to Pieces OS."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        """A deep copy that copies the JSON it holds (unknown fields, the source) without recursion.

        Unknown fields are as deep as Pieces OS made them, up to what json.loads reads (~1000
        levels); copy.deepcopy takes two Python frames per level and overflows at half that.
        Declared fields nest only as deep as the models do, so copy.deepcopy is fine for them.
        """
        cls = type(self)
        copied = cls.__new__(cls)
        object.__setattr__(copied, "__dict__", copy.deepcopy(self.__dict__, memo))
        object.__setattr__(copied, "__pydantic_extra__", json_copy(self.__pydantic_extra__))
        object.__setattr__(copied, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
        object.__setattr__(copied, "__pydantic_private__", json_copy(self.__pydantic_private__))
        return copied


_FROM_PIECES_OS = "from_pieces_os"
# The validation context of objects that json.loads made from an answer of Pieces OS.
FROM_PIECES_OS: dict[str, Any] = {_FROM_PIECES_OS: True}


class _SourceKeepingModel(PiecesModel):
    """A model that remembers the JSON object it was read from and sends exactly that back.

    Pieces OS expects a UserProfile or AllocationCloud to come back as it gave it: unknown
    fields, enum values we map to UNKNOWN and its own date formatting all survive this way.
    The source sits in pydantic's private slot directly: a declared PrivateAttr costs more
    than the whole validation of an allocation.
    """

    @model_validator(mode="wrap")
    @classmethod
    def _keep_source(cls, data: Any, handler: ModelWrapValidatorHandler[Self], info: ValidationInfo) -> Self:
        model = handler(data)
        # Only JSON is a source: text read with model_validate_json, or objects the client read
        # from Pieces OS (it says so with FROM_PIECES_OS). Keyword arguments of a model built in
        # code (nested models, datetimes) are not; such a model is serialized from its fields.
        from_json = info.mode == "json" or bool(info.context and info.context.get(_FROM_PIECES_OS))
        if isinstance(data, dict):
            if from_json:
                object.__setattr__(model, "__pydantic_private__", {"source": data})
            model._keep_unknown_statuses(data)
        return model

    def _keep_unknown_statuses(self, data: dict[str, Any]) -> None:
        """Where a status is UNKNOWN to this app, keep the string Pieces OS sent (in models that have one)."""

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; one with changed fields no longer matches its source, and is sent as the source
        with those fields replaced: unknown fields and Pieces OS's own formatting survive the change.
        """
        copied = super().model_copy(update=update, deep=deep)
        if update:
            source = self.to_wire_source()
            private = None if source is None else {"base": source, "changed": frozenset(update)}
            object.__setattr__(copied, "__pydantic_private__", private)
        return copied

    def __eq__(self, other: object) -> bool:
        # Comparing the JSON each came from is a C-level dict comparison: far cheaper than
        # pydantic's field-by-field one, and the store and the table compare thousands per refresh.
        if self is other:
            return True
        if type(other) is type(self):
            mine, theirs = self.to_wire_source(), other.to_wire_source()
            if mine is not None and theirs is not None:
                return mine == theirs
        return super().__eq__(other)

    __hash__ = PiecesModel.__hash__

    def to_wire_source(self) -> dict[str, Any] | None:
        """The JSON object this model was read from, if it was read from one."""
        private = self.__pydantic_private__
        source: dict[str, Any] | None = private.get("source") if private else None
        return source

    def to_wire(self) -> dict[str, Any]:
        private = self.__pydantic_private__ or {}
        source = private.get("source")
        # A copy: the source stays what Pieces OS sent, whatever the caller does with the answer.
        # Not copy.deepcopy: an unknown field may nest deeper than Python's recursion limit allows it.
        if source is not None:
            copied: dict[str, Any] = json_copy(source)
            return copied
        base, changed = private.get("base"), private.get("changed")
        if base is None or changed is None:
            return super().to_wire()
        # Only the changed fields are serialized: pydantic's serializer stops at ~250 levels,
        # and an unknown field in the rest may be deeper.
        wire: dict[str, Any] = json_copy(base)
        wire.update(self.model_dump(mode="json", by_alias=True, include=set(changed)))
        return wire


class EmbeddedModelSchema(PiecesModel):
    migration: int
    semantic: SemanticVersion


class GroupedTimestamp(PiecesModel):
    value: datetime
    readable: str | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    @field_validator("value")
    @classmethod
    def _in_utc(cls, value: datetime) -> datetime:
        """Every time in UTC, so consumers can compare and subtract them with aware datetimes.

        Pieces OS writes UTC with a "Z"; a time without an offset is taken as UTC too: the
        server's clock zone is unknowable here, and UTC is what every other time it sends uses.
        The wire form is untouched: source-keeping models send back the string Pieces OS gave.
        """
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Distinct unknown statuses logged so far: each once per process, and no more than a few
# (a server inventing a new one per answer must not fill the log).
_UNKNOWN_LOGGED: set[str] = set()
_UNKNOWN_LOG_LIMIT = 20


def _raw_status(model: PiecesModel, status: AllocationStatus, raw: object) -> None:
    """Remember (and log once) the string behind an UNKNOWN status, in the model's private slot."""
    if status is not AllocationStatus.UNKNOWN or not isinstance(raw, str) or raw == "UNKNOWN":
        return
    object.__setattr__(model, "__pydantic_private__", {"raw": raw})
    if raw not in _UNKNOWN_LOGGED and len(_UNKNOWN_LOGGED) < _UNKNOWN_LOG_LIMIT:
        _UNKNOWN_LOGGED.add(raw)
        _log.warning("Pieces OS sent an allocation status this app does not know: %r", raw[:40])


def _private_raw(model: PiecesModel) -> str | None:
    private = model.__pydantic_private__
    raw: str | None = private.get("raw") if private else None
    return raw


class AllocationCloudUrl(PiecesModel):
    status: AllocationStatus
    url: str
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    @property
    def status_raw(self) -> str | None:
        """The status as Pieces OS sent it, when this app does not know it (status is UNKNOWN)."""
        return _private_raw(self)


class AllocationCloudUrls(PiecesModel):
    base: AllocationCloudUrl
    id: AllocationCloudUrl
    vanity: AllocationCloudUrl | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    def named(self) -> tuple[tuple[str, AllocationCloudUrl], ...]:
        """Each URL present with its role (vanity first: it is the one people know)."""
        pairs = (("vanity", self.vanity), ("id", self.id), ("base", self.base))
        return tuple((name, url) for name, url in pairs if url is not None)


class AllocationCloudStatus(PiecesModel):
    cloud: AllocationStatus
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    @property
    def cloud_raw(self) -> str | None:
        """The cloud's status as Pieces OS sent it, when this app does not know it (cloud is UNKNOWN)."""
        return _private_raw(self)


class AllocationCloud(_SourceKeepingModel):
    id: str
    project: str
    status: AllocationCloudStatus
    urls: AllocationCloudUrls
    user: str
    region: str | None = None
    version: str | None = None
    updated: GroupedTimestamp | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    def _keep_unknown_statuses(self, data: dict[str, Any]) -> None:
        # Here rather than in a validator of each status model: one allocation has four statuses,
        # and this runs once for all of them, at the cost of four identity checks when all are known.
        unknown, mine = AllocationStatus.UNKNOWN, self.urls
        if (
            self.status.cloud is not unknown
            and mine.base.status is not unknown
            and mine.id.status is not unknown
            and (mine.vanity is None or mine.vanity.status is not unknown)
        ):
            return
        status, urls = data.get("status"), data.get("urls")
        if isinstance(status, dict):
            _raw_status(self.status, self.status.cloud, status.get("cloud"))
        if isinstance(urls, dict):
            for role, url in self.urls.named():
                sent = urls.get(role)
                if isinstance(sent, dict):
                    _raw_status(url, url.status, sent.get("status"))

    @property
    def personal_url(self) -> str:
        """The address a person knows their cloud by: the vanity URL, else the id URL."""
        return (self.urls.vanity or self.urls.id).url


class Allocations(PiecesModel):
    iterable: tuple[AllocationCloud, ...]
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Font(PiecesModel):
    size: int
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Theme(PiecesModel):
    dark: bool
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Aesthetics(PiecesModel):
    font: Font
    theme: Theme
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class AnonymousTemporalRange(PiecesModel):
    between: bool | None = None
    continuous: bool | None = None
    from_: GroupedTimestamp | None = Field(default=None, alias="from")
    to: GroupedTimestamp | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Auth0OpenAIUserMetadata(PiecesModel):
    api_key: str | None = None
    api_key_name: str | None = None
    organization_key: str | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Auth0UserAllocationMetadata(PiecesModel):
    project: str
    region: str


class Auth0UserMetadata(PiecesModel):
    global_id: str
    allocation: Auth0UserAllocationMetadata | None = None
    beta: AnonymousTemporalRange | None = None
    cloud_key: str | None = None
    open_ai: Auth0OpenAIUserMetadata | None = Field(default=None, alias="open_AI")
    stripe_customer_id: str | None = None
    vanityname: str | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class DescopeUserMetadata(PiecesModel):
    descope_id: str
    global_id: str
    allocation: Auth0UserAllocationMetadata | None = None
    beta: AnonymousTemporalRange | None = None
    open_ai: Auth0OpenAIUserMetadata | None = Field(default=None, alias="open_AI")
    vanityname: str | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class ExternalProviderProfileData(PiecesModel):
    """Social profile data: every field optional, whichever the provider sends."""

    anchor: str | None = None
    bio: str | None = None
    blog: str | None = None
    collaborators: int | None = None
    company: str | None = None
    created_at: str | None = None
    disk_usage: int | None = None
    email: str | None = None
    email_verified: bool | None = None
    events_url: str | None = None
    followers: int | None = None
    followers_url: str | None = None
    following: int | None = None
    following_url: str | None = None
    gists_url: str | None = None
    gravatar_id: str | None = None
    hireable: bool | None = None
    html_url: str | None = None
    name: str | None = None
    nickname: str | None = None
    node_id: str | None = None
    organizations_url: str | None = None
    owned_private_repos: int | None = None
    picture: str | None = None
    private_gists: int | None = None
    public_gists: int | None = None
    public_repos: int | None = None
    received_events_url: str | None = None
    repos_url: str | None = None
    site_admin: bool | None = None
    starred_url: str | None = None
    subscriptions_url: str | None = None
    total_private_repos: int | None = None
    twitter_username: str | None = None
    two_factor_authentication: bool | None = None
    type: str | None = None
    updated_at: str | None = None
    url: str | None = None


class ExternalProvider(PiecesModel):
    created: GroupedTimestamp
    type: ExternalProviderType
    updated: GroupedTimestamp
    user_id: str
    access_token: str | None = None
    connection: str | None = None
    expires_in: int | None = None
    is_social: bool | None = Field(default=None, alias="isSocial")
    profile_data: ExternalProviderProfileData | None = Field(default=None, alias="profileData")
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class ExternalProviders(PiecesModel):
    iterable: tuple[ExternalProvider, ...]
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class Score(PiecesModel):
    automatic: int
    manual: int
    priority: int | None = None
    reference: int | None = None
    reuse: int | None = None
    searched: int | None = None
    update: int | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class FlattenedEntity(PiecesModel):
    """Kept permissive: the full schema pulls in dozens of configuration types the app never reads."""


class FlattenedSubscription(PiecesModel):
    """Kept permissive, like FlattenedEntity."""


class ReferencedEntity(PiecesModel):
    id: str
    reference: FlattenedEntity | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class ReferencedSubscription(PiecesModel):
    id: str
    reference: FlattenedSubscription | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class FlattenedEntities(PiecesModel):
    iterable: tuple[ReferencedEntity, ...]
    indices: dict[str, int] | None = None
    score: Score | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class FlattenedSubscriptions(PiecesModel):
    iterable: tuple[ReferencedSubscription, ...]
    indices: dict[str, int] | None = None
    score: Score | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")


class UserProfile(_SourceKeepingModel):
    """The signed-in user. It is also the body of POST /allocations/connect, sent back as read."""

    id: str
    aesthetics: Aesthetics
    allocation: AllocationCloud | None = None
    api_keys: tuple[str, ...] | None = Field(default=None, alias="apiKeys")
    auth0: Auth0UserMetadata | None = None
    created: GroupedTimestamp | None = None
    descope: DescopeUserMetadata | None = None
    # No placeholder defaults (the SDK invents "user@pieces.app"): absent means unknown.
    email: str | None = None
    entities: FlattenedEntities | None = None
    name: str | None = None
    picture: str | None = None
    providers: ExternalProviders | None = None
    subscriptions: FlattenedSubscriptions | None = None
    updated: GroupedTimestamp | None = None
    username: str | None = None
    vanityname: str | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")

    @property
    def display_name(self) -> str:
        """The best human name Pieces OS gave for this user."""
        return self.name or self.username or self.email or self.id


class ReturnedUserProfile(PiecesModel):
    """GET /user: a missing user means nobody is signed in."""

    user: UserProfile | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")
