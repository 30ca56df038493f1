"""Grant pages: `grants` (programs, grants, reports, dashboard), `applications` (firms apply), `plan`
(the plan's records, indicators and yearly report)."""
