"""The app's place on the desktop: its id, icons and settings, one instance, start at login, links."""
