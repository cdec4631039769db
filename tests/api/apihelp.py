"""Constants shared by the API fixtures and tests."""

TOKEN = "s3cret-token"
SEED_ID = "000_1bb352efa15facdf"
