"""The app's reverse-DNS id: its desktop file, icon, AppStream id, desktop file name and single-instance key."""

APP_ID = "io.github.piecesallocations.PiecesAllocations"
