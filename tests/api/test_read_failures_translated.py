"""Why an answer could not be read is said in the user's language, down to the detail after the colon."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from gui.api import BadResponse
from gui.api.parsing import Answer, json_object
from gui.desktop import translations


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    loaded = translations.install("de", None)
    yield
    translations.uninstall(loaded)


def test_an_answer_that_is_not_json_is_described_in_german(german: None) -> None:
    with pytest.raises(BadResponse) as raised:
        json_object(Answer(b'{"a": ', "application/json"), "die Zuweisungen aufzulisten")
    assert raised.value.detail == "sie ist kein JSON (Expecting value bei Byte 6; 6 Bytes, application/json)"
    assert str(raised.value).startswith(
        "Pieces OS hat auf die Bitte, die Zuweisungen aufzulisten, eine Antwort gegeben, "
        "die diese App nicht lesen kann: sie ist kein JSON"
    )


def test_an_answer_that_is_not_an_object_is_described_in_german(german: None) -> None:
    with pytest.raises(BadResponse) as raised:
        json_object(Answer(b"[]", ""), "die Zuweisungen aufzulisten")
    assert raised.value.detail == "JSON-Objekt erwartet, list erhalten"
