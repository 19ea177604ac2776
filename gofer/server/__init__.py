"""gofer's HTTP server: the /v1 API with streaming, users and keys, and the web UI.

``create_app(settings)`` builds the FastAPI app; ``gofer serve`` runs it with uvicorn.
"""

from gofer.server.app import create_app

__all__ = ["create_app"]
