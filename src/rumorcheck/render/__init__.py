"""Renderers: ArticleResults in, text out. They format; they never check."""

from __future__ import annotations

from typing import Callable, TextIO

from ..findings import ArticleResult
from . import html as html_render
from . import json as json_render
from . import markdown as markdown_render
from . import text as text_render

Renderer = Callable[[list[ArticleResult], TextIO], None]

RENDERERS: dict[str, Renderer] = {
    "text": text_render.render,
    "json": json_render.render,
    "jsonl": json_render.render_lines,
    "markdown": markdown_render.render,
    "html": html_render.render,
}
