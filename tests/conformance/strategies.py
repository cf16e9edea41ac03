"""Hypothesis strategies for AllocationCloud, Allocations and UserProfile JSON that is valid per the spec.

Required fields are always present; optional ones are present, absent or null (the SDK treats null
and absent the same); enums take their spec values; dates are ISO-8601 in UTC in the renderings seen
in practice; text is any Unicode (no lone surrogates: they cannot be UTF-8 on the wire), HTML markup
included; and every object sometimes carries unknown fields, as newer servers send.

Left out on purpose: FlattenedEntity / FlattenedSubscription references (our models keep them
permissive, the SDK's need ~40 nested configuration schemas); entities and subscriptions appear
with id-only references.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pydantic
from hypothesis import strategies as st

from gui.api import models as ours

__all__ = [
    "PROVIDER_TYPES",
    "SEMANTIC_VERSIONS",
    "STATUSES",
    "allocation_clouds",
    "allocations",
    "returned_user_profiles",
    "unknown_statuses",
    "user_profiles",
]

JSON = dict[str, Any]
Strategy = st.SearchStrategy

# The enums of the spec (AllocationStatusEnum, EmbeddedModelSchemaSemanticVersionEnum,
# ExternalProviderTypeEnum); test_model_shapes checks them against ours and the SDK's.
STATUSES = ("UNKNOWN", "PENDING", "RUNNING", "FAILED", "SUCCEEDED", "DISCONNECTED")
SEMANTIC_VERSIONS = ("UNKNOWN", "MAJOR_0_MINOR_0_PATCH_1")
PROVIDER_TYPES = (
    "UNKNOWN", "github", "google-oauth2", "bitbucket", "linkedin", "twitter", "facebook", "waad",
    "discord", "gitlab", "apple", "username_email", "slack", "microsoft",
)  # fmt: skip


def _reserved_keys() -> frozenset[str]:
    """Every field name and JSON name of our models: unknown fields must not collide with them.

    Ours also reads a field by its Python name (validate_by_name), the SDK's from_dict() only by its
    JSON name: an unknown "is_social" or "schema_" would be read by ours and ignored by the SDK.
    """
    keys = {"var_schema", "var_from"}
    for name in ours.__all__:
        model = getattr(ours, name)
        if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
            for field_name, field in model.model_fields.items():
                keys.add(field_name)
                keys.add(field.alias or field_name)
    return frozenset(keys)


_RESERVED = _reserved_keys()
_chars = st.characters(exclude_categories=["Cs"])
_plain_text = st.text(_chars, max_size=24)
text: Strategy[str] = st.one_of(
    _plain_text,
    st.builds("<b>{}</b>".format, _plain_text),
    st.sampled_from(["<b>Mark</b> & <i>co</i>", "Zoë Ålund-Łukasz", "李小龍", "rocket 🚀", "a\nb\tc", ""]),
)
uuids: Strategy[str] = st.uuids().map(str)
ints = st.integers(min_value=0, max_value=2**31 - 1)
vanity_names = st.from_regex(r"[a-z][a-z0-9]{0,15}", fullmatch=True)
web_urls = st.builds("https://{}.example.com/{}".format, vanity_names, vanity_names)
emails = st.builds("{}@{}.com".format, vanity_names, vanity_names) | text
regions = st.sampled_from(["us-central1", "us-east1", "europe-west1", "asia-northeast1"]) | text
versions = st.builds("{}.{}.{}".format, st.integers(0, 20), st.integers(0, 20), st.integers(0, 99)) | text

_moments = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2100, 12, 31), timezones=st.just(UTC)
)


def _render(moment: datetime, style: str) -> str:
    if style == "dart":  # what Pieces OS sends: milliseconds and Z
        return moment.isoformat(timespec="milliseconds").removesuffix("+00:00") + "Z"
    if style == "seconds":
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()  # what the SDK sends: +00:00, microseconds when there are any


date_times: Strategy[str] = st.builds(_render, _moments, st.sampled_from(["dart", "seconds", "python"]))

# Values of unknown fields: scalars, and a nested object with a list, as newer servers add.
_unknown_values: Strategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    _plain_text,
    st.builds(lambda n, s: {"nested": [n, s], "flag": True}, st.integers(), _plain_text),
)
_unknown_keys = st.sampled_from(["gpu", "tier", "labels", "quota", "déjà_vu", "<b>new</b>"]) | st.text(
    _chars, min_size=1, max_size=8
).filter(lambda key: key not in _RESERVED)
# Mostly none, sometimes one or two: every object of every example drawing several would be slow.
_unknown_fields: Strategy[JSON] = st.one_of(
    st.just({}), st.just({}), st.dictionaries(_unknown_keys, _unknown_values, min_size=1, max_size=2)
)


def _merge(unknown: JSON, known: JSON) -> JSON:
    return {**unknown, **known}


def obj(
    required: dict[str, Strategy[Any]], optional: dict[str, Strategy[Any]] | None = None
) -> Strategy[JSON]:
    """A JSON object: the required keys, some of the optional ones (value or null), maybe unknown keys."""
    maybe = {key: st.none() | value for key, value in (optional or {}).items()}
    return st.builds(_merge, _unknown_fields, st.fixed_dictionaries(required, optional=maybe))


# The schema stamp is everywhere: kept plain (no unknown fields) to keep examples quick to draw.
schemas = st.fixed_dictionaries({"migration": ints, "semantic": st.sampled_from(SEMANTIC_VERSIONS)})
timestamps = obj({"value": date_times}, {"readable": text, "schema": schemas})
statuses: Strategy[str] = st.sampled_from(STATUSES)


def _cloud_url(address: Strategy[str]) -> Strategy[JSON]:
    return obj({"status": statuses, "url": address}, {"schema": schemas})


def _with_own_urls(cloud: JSON) -> JSON:
    """The base and id URLs carry the cloud's id, as Pieces OS builds them."""
    cloud["urls"]["base"]["url"] = f"https://user-{cloud['id']}-x7k2qf9pla-uc.a.run.app"
    cloud["urls"]["id"]["url"] = f"https://{cloud['id']}.pieces.cloud"
    return cloud


allocation_clouds: Strategy[JSON] = obj(
    {
        "id": uuids,
        "project": text,
        "status": obj({"cloud": statuses}, {"schema": schemas}),
        "urls": obj(
            {"base": _cloud_url(st.just("")), "id": _cloud_url(st.just(""))},
            {
                "vanity": _cloud_url(st.builds("https://{}.pieces.cloud".format, vanity_names)),
                "schema": schemas,
            },
        ),
        "user": uuids,
    },
    {"region": regions, "version": versions, "updated": timestamps, "schema": schemas},
).map(_with_own_urls)
allocations: Strategy[JSON] = obj({"iterable": st.lists(allocation_clouds, max_size=3)}, {"schema": schemas})

_placement = obj({"project": text, "region": regions})
_temporal_range = obj(
    {},
    {
        "between": st.booleans(),
        "continuous": st.booleans(),
        "from": timestamps,
        "to": timestamps,
        "schema": schemas,
    },
)
_open_ai = obj({}, {"api_key": text, "api_key_name": text, "organization_key": text, "schema": schemas})
_auth0 = obj(
    {"global_id": uuids},
    {
        "allocation": _placement,
        "beta": _temporal_range,
        "cloud_key": text,
        "open_AI": _open_ai,
        "stripe_customer_id": text,
        "vanityname": vanity_names,
        "schema": schemas,
    },
)
_descope = obj(
    {"descope_id": text, "global_id": uuids},
    {
        "allocation": _placement,
        "beta": _temporal_range,
        "open_AI": _open_ai,
        "vanityname": vanity_names,
        "schema": schemas,
    },
)
_profile_data = obj(
    {},
    {
        "name": text,
        "nickname": text,
        "email": emails,
        "email_verified": st.booleans(),
        "html_url": web_urls,
        "picture": web_urls,
        "public_repos": ints,
        "followers": ints,
        "site_admin": st.booleans(),
        "created_at": date_times,
        "bio": text,
    },
)
_provider = obj(
    {"created": timestamps, "type": st.sampled_from(PROVIDER_TYPES), "updated": timestamps, "user_id": text},
    {
        "access_token": text,
        "connection": text,
        "expires_in": ints,
        "isSocial": st.booleans(),
        "profileData": _profile_data,
        "schema": schemas,
    },
)
_score = obj(
    {"automatic": ints, "manual": ints},
    {"priority": ints, "reference": ints, "reuse": ints, "searched": ints, "update": ints, "schema": schemas},
)
_flattened = obj(
    {"iterable": st.lists(obj({"id": uuids}, {"schema": schemas}), max_size=2)},
    {"indices": st.dictionaries(uuids, ints, max_size=2), "score": _score, "schema": schemas},
)
_aesthetics = obj(
    {
        "font": obj({"size": st.integers(6, 72)}, {"schema": schemas}),
        "theme": obj({"dark": st.booleans()}, {"schema": schemas}),
    },
    {"schema": schemas},
)
user_profiles: Strategy[JSON] = obj(
    {"id": uuids, "aesthetics": _aesthetics},
    {
        "allocation": allocation_clouds,
        "apiKeys": st.lists(text, max_size=2),
        "auth0": _auth0,
        "created": timestamps,
        "descope": _descope,
        "email": emails,
        "entities": _flattened,
        "name": text,
        "picture": web_urls,
        "providers": obj({"iterable": st.lists(_provider, max_size=2)}, {"schema": schemas}),
        "subscriptions": _flattened,
        "updated": timestamps,
        "username": text,
        "vanityname": vanity_names,
        "schema": schemas,
    },
)
returned_user_profiles: Strategy[JSON] = obj({}, {"user": user_profiles, "schema": schemas})

unknown_statuses: Strategy[str] = st.one_of(
    st.text(_chars, max_size=16), st.sampled_from(["running", " RUNNING", "MIGRATING", "STOPPED", "Running"])
).filter(lambda value: value not in STATUSES)
