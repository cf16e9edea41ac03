"""The one error tree of the Pieces OS client: every failure a caller can meet, in words.

    PiecesError                    base; .message says what happened, .hint what to do next
    ├── PiecesUnreachable          nothing answered at the address (refused, reset, no route)
    │   ├── DiscoveryFailed        no Pieces OS anywhere; .tried lists every address probed
    │   ├── BadAddress             the address given (option, variable, settings) is not an address
    │   ├── ConnectionDropped      Pieces OS closed the connection before it finished answering
    │   └── StreamLost             the live status stream broke off, was closed, or went silent
    ├── ClientClosed               the client was closed: the address changed or the app is quitting
    ├── PiecesTimeout              the whole exchange took longer than the call's deadline
    ├── PiecesHTTPError            Pieces OS answered with an error status; .status, .server_text
    │   ├── NotSignedIn            401: nobody is signed in to Pieces OS
    │   ├── NotFound               404 / 410: no such route, or no such cloud
    │   │   └── StreamUnsupported  404 on WS /user/stream: this Pieces OS has no live status
    │   ├── ServerError            500 and other 5xx: the server's own text says why
    │   │   └── CloudTimeout       504: Pieces OS gave up waiting for the cloud
    │   └── UpdateRequired         593: this Pieces OS needs an update
    └── BadResponse                the answer is not what the contract says; .detail says how
        └── ResponseTooLarge       the answer is over the size cap

They are raised from one place, PiecesClient's request choke point (and discovery), so
httpx and pydantic errors never travel further.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.i18n import QT_TRANSLATE_NOOP, Context

ERRORS = Context("ERRORS")

__all__ = [
    "BadAddress",
    "BadResponse",
    "ClientClosed",
    "CloudTimeout",
    "ConnectionDropped",
    "DiscoveryFailed",
    "NotFound",
    "NotSignedIn",
    "PiecesError",
    "PiecesHTTPError",
    "PiecesTimeout",
    "PiecesUnreachable",
    "ResponseTooLarge",
    "ServerError",
    "StreamLost",
    "StreamUnsupported",
    "UpdateRequired",
    "error_for_status",
]


class PiecesError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class PiecesUnreachable(PiecesError):
    """Nothing answered at the Pieces OS address."""

    def __init__(self, address: str, reason: str = "") -> None:
        message = (
            ERRORS.tr("Pieces OS is not reachable at {address} ({reason}).")
            if reason
            else ERRORS.tr("Pieces OS is not reachable at {address}.")
        )
        super().__init__(
            message.format(address=address, reason=reason),
            ERRORS.tr("Check that Pieces OS is running, then try again."),
        )
        self.address = address


class DiscoveryFailed(PiecesUnreachable):
    """No Pieces OS answered at any of the addresses tried."""

    def __init__(self, tried: Sequence[str], *, others_left_alone: bool = False) -> None:
        hint = ERRORS.tr("Start Pieces OS, or give its address (for example --base-url {example}).")
        if others_left_alone:
            # Their Pieces OS would show their name and act on their cloud: each user runs their own.
            hint = ERRORS.tr(
                "Another user's Pieces OS on this computer is left alone. Start your own Pieces OS, "
                "or give its address (for example --base-url {example})."
            )
        PiecesError.__init__(
            self,
            ERRORS.tr("No Pieces OS answered. Tried: {addresses}.").format(addresses=", ".join(tried)),
            hint.format(example="http://127.0.0.1:39300"),
        )
        self.address = tried[0] if tried else ""
        self.tried = tuple(tried)


class BadAddress(PiecesUnreachable):
    """The address Pieces OS was to be found at is not an address: nothing can be asked there.

    `where` names who gave it (PIECES_OS_URL, --base-url, the settings file), `problem` says what
    is wrong with it, and the hint says how to put it right there.
    """

    def __init__(self, where: str, problem: str, hint: str) -> None:
        PiecesError.__init__(
            self,
            ERRORS.tr("{where} is not an address: {problem}.").format(where=where, problem=problem),
            hint,
        )
        self.address = ""
        self.where = where
        self.problem = problem


class ConnectionDropped(PiecesUnreachable):
    """The connection broke before the answer was complete: Pieces OS stopped, restarted or reset it."""

    def __init__(self, address: str, what: str) -> None:
        PiecesError.__init__(
            self,
            ERRORS.tr(
                "Pieces OS closed the connection before it finished answering when asked to {what}."
            ).format(what=what),
            ERRORS.tr("It may have stopped or restarted: check that it is running, then try again."),
        )
        self.address = address


class ClientClosed(PiecesError):
    """A call on a client that was closed: its answer would belong to an address no longer in use."""

    def __init__(self, what: str) -> None:
        super().__init__(
            ERRORS.tr(
                "The connection to Pieces OS was closed before it could {what}: "
                "its address changed or the app is quitting."
            ).format(what=what),
            ERRORS.tr("Nothing to do: the app opens a new connection when it needs one."),
        )


class StreamLost(PiecesUnreachable):
    """The live status stream (WS /user/stream) broke off, was closed, or stopped answering."""

    def __init__(self, address: str, reason: str) -> None:
        PiecesError.__init__(
            self,
            ERRORS.tr("Live status from Pieces OS at {address} stopped: {reason}.").format(
                address=address, reason=reason
            ),
            ERRORS.tr(
                "The app reconnects by itself and keeps checking meanwhile; if this keeps happening, "
                "restart Pieces OS."
            ),
        )
        self.address = address
        self.reason = reason


class PiecesTimeout(PiecesError):
    """Pieces OS did not answer in time."""

    def __init__(self, what: str, seconds: float) -> None:
        super().__init__(
            ERRORS.tr("Pieces OS did not answer {what} within {seconds} s.").format(
                what=what, seconds=f"{seconds:g}"
            ),
            ERRORS.tr("It may be busy or starting up; try again in a moment."),
        )
        self.seconds = seconds


class PiecesHTTPError(PiecesError):
    """Pieces OS answered with an HTTP error status."""

    default_hint = QT_TRANSLATE_NOOP("ERRORS", "Try again; if it keeps happening, restart Pieces OS.")

    def __init__(self, status: int, server_text: str, what: str) -> None:
        if not server_text:
            message = ERRORS.tr("Pieces OS could not {what} (HTTP {status}).")
        elif server_text.endswith((".", "!", "?", "…")):
            # Its words end their own sentence, and end this one: no second full stop after them.
            message = ERRORS.tr('Pieces OS could not {what} (HTTP {status}): "{text}"')
        else:
            message = ERRORS.tr('Pieces OS could not {what} (HTTP {status}): "{text}".')
        # The hints are class attributes, made at import: marked there, translated here.
        super().__init__(
            message.format(what=what, status=status, text=server_text), ERRORS.tr(self.default_hint)
        )
        self.status = status
        self.server_text = server_text


class NotSignedIn(PiecesHTTPError):
    default_hint = QT_TRANSLATE_NOOP(
        "ERRORS", "Sign in to Pieces OS (in Pieces Desktop or the Pieces OS menu), then try again."
    )


class NotFound(PiecesHTTPError):
    default_hint = QT_TRANSLATE_NOOP(
        "ERRORS", "It may have been removed already; refresh to see the current allocations."
    )


class StreamUnsupported(NotFound):
    default_hint = QT_TRANSLATE_NOOP(
        "ERRORS",
        "This Pieces OS has no live status stream, so the app checks for changes every few seconds "
        "instead; updating Pieces OS brings changes at once.",
    )


class ServerError(PiecesHTTPError):
    default_hint = QT_TRANSLATE_NOOP(
        "ERRORS", "Try again in a moment; if it keeps failing, restart Pieces OS."
    )


class CloudTimeout(ServerError):
    default_hint = QT_TRANSLATE_NOOP(
        "ERRORS",
        "Pieces OS gave up waiting for your cloud. It may still come up: refresh in a minute, or try again.",
    )


class UpdateRequired(PiecesHTTPError):
    default_hint = QT_TRANSLATE_NOOP("ERRORS", "Update Pieces OS to the latest version, then try again.")


class BadResponse(PiecesError):
    """The answer does not match the Pieces OS contract."""

    def __init__(self, what: str, detail: str) -> None:
        super().__init__(
            ERRORS.tr("Pieces OS gave an answer to {what} that this app cannot read: {detail}.").format(
                what=what, detail=detail
            ),
            ERRORS.tr("Pieces OS may be a newer or older version than expected; updating both may help."),
        )
        self.detail = detail


class ResponseTooLarge(BadResponse):
    def __init__(self, what: str, limit: int) -> None:
        size = limit // (1024 * 1024)
        super().__init__(what, ERRORS.tr("the answer is larger than {size} MiB").format(size=size))
        self.limit = limit


_BY_STATUS: dict[int, type[PiecesHTTPError]] = {
    401: NotSignedIn,
    404: NotFound,
    410: NotFound,
    504: CloudTimeout,
    593: UpdateRequired,
}


def error_for_status(status: int, server_text: str, what: str) -> PiecesHTTPError:
    """The error for an HTTP error status, carrying the server's own text."""
    cls = _BY_STATUS.get(status) or (ServerError if 500 <= status < 600 else PiecesHTTPError)
    return cls(status, server_text, what)
