"""Status history: what each cloud and Pieces OS were, and when the app was there to see it, kept on disk."""
