"""`kinolens serve`: the HTTP API (FastAPI) and the web pages, served offline by one app."""
