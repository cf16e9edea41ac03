"""Typed, immutable pydantic models of the Pieces OS allocation, user and well-known payloads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from pydantic import Field, ModelWrapValidatorHandler, ValidationInfo, model_validator

from .basics import (
    _FROM_PIECES_OS,
    AllocationStatus,
    EmbeddedModelSchema,
    ExternalProviderType,
    GroupedTimestamp,
    PiecesModel,
    SemanticVersion,
)
from .cloud import AllocationCloud, AllocationCloudStatus, AllocationCloudUrl, AllocationCloudUrls
from .jsoncopy import json_copy

__all__ = [
    "PLACEHOLDER_EMAILS",
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


class _SourceKeepingModel(PiecesModel):
    """A model that remembers the JSON object it was read from and sends exactly that back.

    Pieces OS expects a UserProfile to come back as it gave it (it is the body of a connect):
    unknown fields, enum values we map to UNKNOWN and its own date formatting all survive this
    way. The source sits in pydantic's private slot directly: a declared PrivateAttr costs more.
    """

    @model_validator(mode="wrap")
    @classmethod
    def _keep_source(cls, data: Any, handler: ModelWrapValidatorHandler[Self], info: ValidationInfo) -> Self:
        model = handler(data)
        # Only JSON is a source: text read with model_validate_json, or objects the client read
        # from Pieces OS (it says so with FROM_PIECES_OS). Keyword arguments of a model built in
        # code (nested models, datetimes) are not; such a model is serialized from its fields.
        from_json = info.mode == "json" or bool(info.context and info.context.get(_FROM_PIECES_OS))
        if isinstance(data, dict) and from_json:
            object.__setattr__(model, "__pydantic_private__", {"source": data})
        return model

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
        # Comparing the JSON each came from is a C-level dict comparison, far cheaper than
        # pydantic's field-by-field one, and it also tells apart answers that differ in unknown fields.
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


# What the official SDK (so Pieces OS too) fills in for a user whose email it does not know: not a person's.
PLACEHOLDER_EMAILS = frozenset({"user@pieces.app"})


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
    def known_email(self) -> str | None:
        """The email, unless it is missing or the placeholder the SDK puts where Pieces OS knows none."""
        if self.email is None or not self.email.strip() or self.email.strip().lower() in PLACEHOLDER_EMAILS:
            return None
        return self.email

    @property
    def display_name(self) -> str:
        """The best human name Pieces OS gave for this user (never a placeholder)."""
        return self.name or self.username or self.known_email or self.id


class ReturnedUserProfile(PiecesModel):
    """GET /user: a missing user means nobody is signed in."""

    user: UserProfile | None = None
    schema_: EmbeddedModelSchema | None = Field(default=None, alias="schema")
