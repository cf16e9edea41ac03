"""The pseudo-translation keeps what the app fills in or Qt reads, and makes every text marked and longer."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.scripts import load_script

pseudo = load_script("scripts/pseudo.py")


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("%n allocations", ["%n"]),
        ("Pieces OS at %1, %L2", ["%1", "%L2"]),
        ("Every {n:g} seconds, {url}", ["{n:g}", "{url}"]),
        ("Save && &quit", ["&&", "&q"]),
        ("Give it with --base-url or PIECES_OS_URL", ["--base-url", "PIECES_OS_URL"]),
        ("a &amp; b", ["&amp;"]),
    ],
)
def test_what_the_app_fills_in_survives(source: str, kept: list[str]) -> None:
    made = pseudo.pseudo(source)
    assert made.startswith(pseudo.OPEN)
    assert made.endswith(pseudo.CLOSE)
    for part in kept:
        assert made.count(part) == source.count(part), part


def test_letters_are_accented_and_the_text_about_40_percent_longer() -> None:
    source = "Connect your personal cloud"
    made = pseudo.pseudo(source)
    body = made[1:-1]
    assert not re.search(r"[a-z]{2}", body), "every run of letters is accented"
    letters = sum(ch.isalpha() for ch in source)
    assert len(body) - len(source) == pytest.approx(letters * 0.4, abs=1)


def test_rich_text_still_starts_with_its_tag() -> None:
    made = pseudo.pseudo("<p>Hello <b>there</b></p>")
    assert made.startswith("<p>⟦")
    assert made.endswith("⟧</p>")
    assert "<b>" in made


def test_every_message_is_finished_and_right_to_left_says_so() -> None:
    template = (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en_US">'
        "<context><name>X</name>"
        '<message><source>Quit</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n rows</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>"
    )
    root = ET.fromstring(pseudo.pseudo_ts(template, rtl=True).split("\n", 2)[2])
    translations = list(root.iter("translation"))
    assert all(t.get("type") is None for t in translations)
    assert translations[0].text == pseudo.pseudo("Quit")
    assert [f.text for f in translations[1].iter("numerusform")] == [pseudo.pseudo("%n rows")] * 2
    direction = [m for m in root.iter("message") if m.findtext("source") == "QT_LAYOUT_DIRECTION"]
    assert direction[0].findtext("translation") == "RTL"
