from django.dispatch import Signal

# Sent inside the transaction whenever a need or an offer changes (status or content).
# Arguments: sender (the model class), post_id, status. Matching listens and records a recomputation
# in core.outbox, which publishes it after the commit.
post_changed = Signal()

# Sent inside the transaction whenever a connection is created, linked, moved, closed or corrected
# (every row of its history). Arguments: sender (Connection), connection (the saved row), kind (the
# ConnectionEvent kind), by (the user). Grants listens: an accepted transfer on an S&T task's offer
# records the receiving firm.
connection_changed = Signal()
