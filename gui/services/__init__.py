"""Services that run the async work: refresh, actions, the shared client and the task registry."""
