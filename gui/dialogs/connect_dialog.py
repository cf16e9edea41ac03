"""ConnectDialog: shows who is signed in to Pieces OS and connects that user's cloud."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from gui.api import NotSignedIn, PiecesError, UserProfile
from gui.i18n import Context
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry
from gui.views.formatting import plain_label

from .follow_dialog import FollowDialog

CONNECT_DIALOG = Context("CONNECT_DIALOG")

__all__ = ["ConnectDialog"]


class ConnectDialog(FollowDialog):
    """Connect the signed-in user's cloud; without a signed-in user, explain how to sign in instead."""

    # Emitted after each check of who is signed in, with the UserProfile or None.
    user_checked = Signal(object)

    def __init__(self, operations: Operations, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(operations, tasks, parent)
        self.user: UserProfile | None = None
        self._checked_once = False
        self.set_texts(
            CONNECT_DIALOG.tr("Connect your cloud"),
            CONNECT_DIALOG.tr("Connect your personal cloud"),
            CONNECT_DIALOG.tr(
                "Pieces OS starts your personal cloud and links it to this computer. "
                "This usually takes 10 to 15 seconds, sometimes longer."
            ),
            CONNECT_DIALOG.tr("&Connect"),
        )
        self.user_label = plain_label(selectable=True)
        self.body.addWidget(self.user_label)
        self.retry_button = QPushButton(CONNECT_DIALOG.tr("Check &again"))
        self.retry_button.setAccessibleName(CONNECT_DIALOG.tr("Check again who is signed in"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.hide()
        self.add_button(self.retry_button)
        self.retry_button.clicked.connect(self.check_user)
        self.action_button.setEnabled(False)  # until a signed-in user is known
        self.set_destructive(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt names its event handlers
        super().showEvent(event)
        if not self._checked_once:
            self._checked_once = True
            self.check_user()

    def check_user(self) -> None:
        """Ask Pieces OS who is signed in; Connect stays disabled until someone is."""
        self.user = None
        self.retry_button.hide()
        self.user_label.setText(CONNECT_DIALOG.tr("Checking who is signed in to Pieces OS…"))
        self.start(
            self._operations.current_user(),
            CONNECT_DIALOG.tr("Checking who is signed in…"),
            self.show_user,
            self._user_unknown,
            self._check_cancelled,
        )
        self.action_button.setEnabled(False)

    def run_action(self) -> None:
        user = self.user
        if user is None:
            return
        self.retry_button.hide()
        self.follow(
            lambda progress: self._operations.connect(user, progress, watch=self.watch),
            CONNECT_DIALOG.tr("Connecting…"),
        )

    def follow_failed(self, error: PiecesError) -> None:
        if isinstance(error, NotSignedIn):
            self._signed_out()  # signed out since the check: back to the explanation
        super().follow_failed(error)

    def cancelled_text(self) -> str:
        return CONNECT_DIALOG.tr(
            "Stopped waiting. Pieces OS may still finish connecting your cloud; "
            "the allocations table will show the result."
        )

    def show_user(self, user: UserProfile | None) -> None:
        """Show who will be connected (None: nobody is signed in), as a check of Pieces OS found."""
        if user is None:
            self._signed_out()
        else:
            self.user = user
            self.user_label.setText(self._describe(user))
            self.action_button.setDefault(True)
            # Disabled while checking, Connect lost the focus to Cancel: Enter would have cancelled.
            self.action_button.setFocus()
        self.user_checked.emit(user)

    def _describe(self, user: UserProfile) -> str:
        """Who is signed in: the name, then the email and username when they add something."""
        email = user.known_email
        name = user.display_name
        lines = [CONNECT_DIALOG.tr("Signed in as {name}").format(name=name)]
        if email and email != name:
            lines.append(CONNECT_DIALOG.tr("Email: {email}").format(email=email))
        if user.username and user.username != name:
            lines.append(CONNECT_DIALOG.tr("Username: {username}").format(username=user.username))
        return "\n".join(lines)

    def _signed_out(self) -> None:
        self.user = None
        self.action_button.setEnabled(False)
        self.retry_button.show()
        self.retry_button.setDefault(True)
        self.user_label.setText(
            CONNECT_DIALOG.tr(
                "Nobody is signed in to Pieces OS.\n"
                "Connecting needs a signed-in user: the cloud belongs to that user. "
                "Open Pieces Desktop or the Pieces OS menu and sign in, then press Check again."
            )
        )

    def _user_unknown(self, error: PiecesError) -> None:
        if isinstance(error, NotSignedIn):
            self.show_user(None)  # some Pieces OS versions answer GET /user with 401 when signed out
            return
        self.action_button.setEnabled(False)
        self.retry_button.show()
        self.retry_button.setDefault(True)
        text = CONNECT_DIALOG.tr("Could not tell who is signed in.")
        self.user_label.setText(f"{text}\n{error.message}\n{error.hint}".strip())
        self.user_checked.emit(None)

    def _check_cancelled(self) -> None:
        self.action_button.setEnabled(False)
        self.retry_button.show()
        self.user_label.setText(CONNECT_DIALOG.tr("Stopped checking who is signed in."))
