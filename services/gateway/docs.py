"""GET /openapi.json and GET /docs: the discovered API, described and rendered.

The page is Swagger UI from the swagger-ui-bundle-v2 wheel, served by the gateway itself under
/docs/static, so the docs work with no access to a CDN.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from gateway.openapi import openapi_document
from gateway.routing import Router

if TYPE_CHECKING:
    from gateway.app import Gateway

TITLE = "Ventros API"
OPENAPI_PATH = "/openapi.json"
DOCS_PATH = "/docs"
STATIC_PATH = "/docs/static"

PAGE = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{TITLE}</title>
  <link rel="stylesheet" href="{STATIC_PATH}/swagger-ui.css">
  <link rel="icon" type="image/png" href="{STATIC_PATH}/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="{STATIC_PATH}/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({{
      url: "{OPENAPI_PATH}",
      dom_id: "#swagger-ui",
      deepLinking: true,
      displayOperationId: true,
      validatorUrl: null,
      presets: [SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
    }});
  </script>
</body>
</html>
"""


class _Document:
    """The document of the current routing table, rebuilt only when a refresh replaced it."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._router: Router | None = None
        self._body = b""

    async def serve(self, request: Request) -> Response:
        router = self._gateway.router
        if router is not self._router:
            version = metadata.version("ventros")
            document = openapi_document(router.routes, title=TITLE, version=version)
            self._body = json.dumps(document, separators=(",", ":")).encode()
            self._router = router
        return Response(self._body, media_type="application/json")


async def _page(request: Request) -> Response:
    return HTMLResponse(PAGE)


def docs_routes(gateway: Gateway) -> list[BaseRoute]:
    """Listed before the transcoding catch-all, so no backend route can hide them."""
    return [
        Route(OPENAPI_PATH, _Document(gateway).serve, methods=["GET"]),
        Route(DOCS_PATH, _page, methods=["GET"]),
        Mount(STATIC_PATH, app=StaticFiles(directory=Path(str(swagger_ui_path)))),
    ]
