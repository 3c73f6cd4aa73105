"""/docs and /redoc served offline: Swagger UI and ReDoc from the fastapi-offline package's files."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.pages import docs_page

STATIC = "/static-docs"
# The browser itself refuses anything from elsewhere (Swagger UI's online validator badge included).
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; worker-src 'self' blob:")


def _bundled() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    static = Path(fastapi_offline.__file__).parent / "static"
    return static if (static / "swagger-ui-bundle.js").exists() else None


def add_docs(app: FastAPI) -> None:
    """Serve the OpenAPI docs with no file from outside (a plain endpoint list without fastapi-offline)."""
    static = _bundled()
    if static is None:
        app.get("/docs", include_in_schema=False, response_class=HTMLResponse)(lambda: HTMLResponse(docs_page()))
        return
    app.mount(STATIC, StaticFiles(directory=static), name="static-docs")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} - API",
                                   swagger_js_url=f"{STATIC}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{STATIC}/swagger-ui.css", swagger_favicon_url=f"{STATIC}/favicon.png",
                                   swagger_ui_parameters={"validatorUrl": None})
        page.headers["Content-Security-Policy"] = CSP
        return page

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        page = get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} - API",
                              redoc_js_url=f"{STATIC}/redoc.standalone.js", redoc_favicon_url=f"{STATIC}/favicon.png",
                              with_google_fonts=False)
        page.headers["Content-Security-Policy"] = CSP
        return page
