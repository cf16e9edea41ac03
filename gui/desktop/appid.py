"""The app's reverse-DNS id: desktop file, icon, AppStream id, desktop file name, single-instance key."""

APP_ID = "io.github.piecesallocations.PiecesAllocations"
