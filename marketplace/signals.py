from django.dispatch import Signal

# Sent inside the transaction whenever a need or an offer changes (status or content).
# Arguments: sender (the model class), post_id, status. Matching listens and records a recomputation
# in core.outbox, which publishes it after the commit.
post_changed = Signal()
