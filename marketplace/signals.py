from django.dispatch import Signal

# Sent after the transaction commits whenever a need or an offer changes (status or content).
# Arguments: sender (the model class), post_id, status. Matching listens to recompute.
post_changed = Signal()
