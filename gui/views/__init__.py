"""The main window and what it is made of: the allocation table, details pane, status bar and state panels."""
