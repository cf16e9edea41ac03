"""What every PyInstaller spec of the app shares: what to bundle, and which Qt parts to leave out."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = str(ROOT / "gui" / "__main__.py")
NAME = "pieces-allocations"

# Qt modules the app never imports. PySide6's hooks would pull some of them in through
# PySide6/__init__ or a plugin's dependencies; naming them keeps them out of every bundle.
UNUSED_QT_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]  # fmt: skip
EXCLUDES = [f"PySide6.{module}" for module in UNUSED_QT_MODULES] + [
    # qasync and pydantic look for these optionally; none is installed for the app, but say so.
    "PyQt5", "PyQt6", "PySide2", "tkinter", "email_validator", "IPython", "pytest",
    # httpx's command-line client and what it needs: the app never runs it (see gui/app/lean_start.py),
    # and a bundle built where they happen to be installed should not carry them.
    "httpx._main", "rich", "click", "pygments",
]  # fmt: skip

# Qt plugins the app uses, by file stem; every other plugin (and plugin folder) stays out of the bundle.
# xcb draws on X11 desktops, wayland on Wayland ones (natively: crisp at fractional scales, and it runs
# where XWayland is absent), offscreen runs headless (the install test), minimal is a fallback;
# xdgdesktopportal is the only Linux platform theme without a GTK dependency. On Wayland, xdg-shell is
# the shell every desktop compositor speaks, and the window decorations come from bradient (Qt's
# plain one) or adwaita (GNOME's look, which Qt picks on GNOME, where the compositor draws none).
# No GL integration (neither xcb's nor wayland-egl): the app draws only widgets, in software
# (shared memory on Wayland), and a run on the demo never loads one.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qsvg"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qmacstyle"},
    "tls": {"qopensslbackend", "qschannelbackend", "qsecuretransportbackend"},
}
# PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows (translations likewise).
_PLUGIN = re.compile(r"PySide6[/\\](?:Qt[/\\])?plugins[/\\]([^/\\]+)[/\\]([^/\\]+)$")
_TRANSLATIONS = re.compile(r"PySide6[/\\](?:Qt[/\\])?translations")

# Libraries a build machine may have that the app never loads: GTK and what only GTK pulls in.
# (libwayland-* is loaded, by the wayland plugin, but like every system library it comes from the
# distribution: see without_system_libraries.)
FOREIGN_LIBRARIES = re.compile(r"^lib(gtk|gdk|atk|atspi|pango|cairo|epoxy|rsvg|gdk_pixbuf)[-_.0-9]")


def hidden_imports() -> list[str]:
    """Every module of the app, so lazily imported dialogs and future modules are bundled too."""
    from PyInstaller.utils.hooks import collect_submodules

    return collect_submodules("gui")


def resources() -> list[tuple[str, str]]:
    """The resources folder, laid out as in the installed wheel (gui/resources), so one lookup finds it.

    Of the translations, the built .qm files (the app's and Qt's own qtbase_<lang>.qm, which
    scripts/translations build puts beside them), not their .ts sources.
    """
    found = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and path.suffix != ".ts":
            target = Path("gui", "resources", path.parent.relative_to(ROOT / "resources"))
            found.append((str(path), str(target)))
    if not any(Path(source).suffix == ".qm" for source, _ in found):
        raise SystemExit("resources/translations holds no .qm files: run scripts/translations build first")
    return found


def keep(dest: str) -> bool:
    """False for a Qt plugin, translation or library the app does not load."""
    if _TRANSLATIONS.search(dest):
        # Qt's own qtbase_<lang>.qm for the app's languages travel in gui/resources/translations.
        return False
    plugin = _PLUGIN.search(dest)
    if plugin:
        folder, file = plugin.groups()
        stem = file.split(".")[0].removeprefix("lib")
        return stem in KEEP_PLUGINS.get(folder, set())
    return not FOREIGN_LIBRARIES.search(Path(dest).name)


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins in KEEP_PLUGINS.

    Pruning afterwards is not enough: the libraries an unwanted plugin links (GTK, Wayland, EGL device
    integrations) would already have been collected beside it.
    """
    from PyInstaller.utils.hooks import qt

    collect = qt.QtLibraryInfo.collect_plugins

    def collect_kept(self: object, plugin_type: str) -> list[tuple[str, str]]:
        if plugin_type not in KEEP_PLUGINS:
            return []
        return [(src, dst) for src, dst in collect(self, plugin_type) if keep(src)]  # type: ignore[arg-type]

    qt.QtLibraryInfo.collect_plugins = collect_kept  # type: ignore[method-assign]


def without_system_libraries(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Linux: leave out libraries the distribution ships (X11, xcb, fontconfig, GLib, OpenSSL, ...).

    The package depends on them instead (dpkg-shlibdeps), so they come from the target system, get its
    security updates, and the bundle never carries whatever else the build machine had installed.
    """
    system = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
    return [entry for entry in entries if not (entry[2] == "BINARY" and entry[1].startswith(system))]


def prune(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a.binaries or a.datas the app needs."""
    return [entry for entry in entries if keep(entry[0])]


def version() -> str:
    """The app's one version (gui/__init__.py), read without importing Qt."""
    import sys

    sys.path.insert(0, str(ROOT))
    from gui import __version__

    return __version__


def app_id() -> str:
    import sys

    sys.path.insert(0, str(ROOT))
    from gui.desktop.appid import APP_ID

    return APP_ID


def windows_version_info() -> object:
    """The version resource of the Windows executable, from the app's one version."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = tuple([int(part) for part in version().split(".")[:4]] + [0] * 4)[:4]
    strings = [
        vi.StringStruct("CompanyName", "Pieces Allocations developers"),
        vi.StringStruct("FileDescription", "Pieces Allocations"),
        vi.StringStruct("FileVersion", version()),
        vi.StringStruct("InternalName", NAME),
        vi.StringStruct("OriginalFilename", f"{NAME}.exe"),
        vi.StringStruct("ProductName", "Pieces Allocations"),
        vi.StringStruct("ProductVersion", version()),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def macos_minimum() -> str:
    """The oldest macOS the bundled Qt runs on, as its wheel is tagged (macosx_13_0_universal2: 13.0)."""
    from importlib.metadata import distribution

    wheel = distribution("PySide6-Essentials").read_text("WHEEL") or ""
    found = re.search(r"macosx_(\d+)_(\d+)", wheel)
    return f"{found.group(1)}.{found.group(2)}" if found else "13.0"
