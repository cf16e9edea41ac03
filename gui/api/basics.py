"""The pieces every payload model shares: tolerant enums, the base model, timestamps and schema stamps."""

from __future__ import annotations

import copy
import enum
from datetime import UTC, datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .jsoncopy import json_copy

__all__ = [
    "FROM_PIECES_OS",
    "AllocationStatus",
    "EmbeddedModelSchema",
    "ExternalProviderType",
    "GroupedTimestamp",
    "PiecesModel",
    "SemanticVersion",
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

    @property
    def connected(self) -> bool:
        """RUNNING, or SUCCEEDED that some Pieces OS versions say instead: both read "Connected"."""
        return self in (AllocationStatus.RUNNING, AllocationStatus.SUCCEEDED)


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
