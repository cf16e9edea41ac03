"""What an installed app needs ships in its wheel: every package, and the icons as gui.resources."""

from __future__ import annotations

import struct
import tomllib
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtGui import QImage

from gui import __version__
from gui.desktop.appid import APP_ID
from gui.i18n import LANGUAGES, PSEUDO

from .scripts import ROOT, load_script


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "gui").rglob("__init__.py")}
    assert set(config["packages"]) == found | {"gui.resources"}
    assert config["package-dir"] == {"gui.resources": "resources"}


def test_every_icon_the_app_names_is_shipped() -> None:
    shipped = {path.stem for path in (ROOT / "resources" / "icons").glob("*.svg")}
    used = {"app", "pieces-os-down"} | {
        f"status-{word}" for word in ("connected", "connecting", "failed", "disconnected", "unknown")
    }
    assert used <= shipped


def test_one_version_feeds_the_package_metadata_and_the_appstream_release() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "gui.__version__"}
    metainfo = ElementTree.parse(ROOT / "packaging" / "linux" / "app.metainfo.xml").getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__


def test_the_desktop_entry_and_metainfo_use_the_application_id() -> None:
    metainfo = ElementTree.parse(ROOT / "packaging" / "linux" / "app.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    entry = (ROOT / "packaging" / "linux" / "app.desktop").read_text(encoding="utf-8").splitlines()
    assert f"Icon={APP_ID}" in entry
    assert "Exec=pieces-allocations" in entry


def test_the_bundle_keeps_only_the_qt_plugins_the_app_uses() -> None:
    freeze = load_script("packaging/freeze.py")
    plugins = "site-packages/PySide6/Qt/plugins"
    kept = [
        f"{plugins}/platforms/libqxcb.so",
        f"{plugins}/platforms/libqwayland.so",
        f"{plugins}/wayland-shell-integration/libxdg-shell.so",
        f"{plugins}/wayland-decoration-client/libbradient.so",
        f"{plugins}/wayland-decoration-client/libadwaita.so",
        "site-packages/PySide6/Qt/lib/libQt6WaylandClient.so.6",
        f"{plugins}/platforms/libqoffscreen.so",
        f"{plugins}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{plugins}/iconengines/libqsvgicon.so",
        f"{plugins}/imageformats/libqsvg.so",
        f"{plugins}/platformthemes/libqxdgdesktopportal.so",
        "site-packages/PySide6/Qt/lib/libQt6DBus.so.6",
        "C:\\venv\\Lib\\site-packages\\PySide6\\plugins\\platforms\\qwindows.dll",
    ]
    dropped = [
        f"{plugins}/platforms/libqwayland-egl.so",
        f"{plugins}/wayland-shell-integration/libwl-shell-plugin.so",
        f"{plugins}/wayland-shell-integration/libivi-shell.so",
        f"{plugins}/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        f"{plugins}/wayland-graphics-integration-server/libqt-wayland-compositor-xcomposite-egl.so",
        f"{plugins}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{plugins}/platforms/libqeglfs.so",
        f"{plugins}/platformthemes/libqgtk3.so",
        f"{plugins}/imageformats/libqpdf.so",
        f"{plugins}/sqldrivers/libqsqlite.so",
        "site-packages/PySide6/Qt/translations/qt_de.qm",
        "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0",
        "C:\\venv\\Lib\\site-packages\\PySide6\\plugins\\platforms\\qdirect2d.dll",
        "C:\\venv\\Lib\\site-packages\\PySide6\\translations\\qtbase_de.qm",
    ]
    assert [path for path in kept if not freeze.keep(path)] == []
    assert [path for path in dropped if freeze.keep(path)] == []


def test_the_windows_icon_holds_every_size_as_png(qapp: object) -> None:
    icons = load_script("packaging/icons.py")
    data = icons.ico()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == (size % 256, size % 256)
        image = QImage.fromData(data[offset : offset + length])
        assert (image.width(), image.height()) == (size, size)
        # The cloud is drawn: the middle of the icon is not transparent.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_every_bundle_carries_the_built_translations_and_not_their_sources() -> None:
    freeze = load_script("packaging/freeze.py")
    bundled = {Path(source).name: target for source, target in freeze.resources()}
    languages = ["en", *LANGUAGES, *PSEUDO]
    for name in [f"pieces_allocations_{code}.qm" for code in languages] + [
        f"qtbase_{c}.qm" for c in LANGUAGES
    ]:
        assert bundled.get(name) == str(Path("gui", "resources", "translations")), name
    assert not [name for name in bundled if name.endswith(".ts")]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "translations/*.qm" in config["tool"]["setuptools"]["package-data"]["gui.resources"]
