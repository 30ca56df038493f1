"""Workshop pages: `participant` for visitors and participants, `staff` for the back office."""
