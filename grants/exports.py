"""The table exports moved to core.exports (the connection board uses them too); kept importable here."""

from core.exports import XLSX_TYPE, Column, Table, neutralise, response, to_csv, to_xlsx  # noqa: F401
