"""Markdown to plain text lines: headings, links, emphasis and code marks removed."""
from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-{3,})[ \t]*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Front-matter keys read as record metadata, by the names static-site generators use.
_KEYS = {"title": "title", "date": "published", "published": "published", "url": "url",
         "link": "url", "source": "outlet", "outlet": "outlet", "author": "byline"}


def markdown_to_text(text: str) -> tuple[str, dict[str, str]]:
    """Plain text of a Markdown article and the metadata of its front matter."""
    fields: dict[str, str] = {}
    m = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if m:
        for line in m["body"].splitlines():
            if (f := _FIELD.match(line)) and f["key"].lower() in _KEYS and f["value"]:
                fields.setdefault(_KEYS[f["key"].lower()], f["value"].strip("\"'"))
        text = text.replace("\r\n", "\n")[m.end():]
    for pattern, repl in ((_COMMENT, ""), (_FENCE, ""), (_IMAGE, ""), (_LINK, r"\1"), (_HEADING, r"\1"),
                          (_SETEXT, ""), (_EMPHASIS, r"\2"), (_QUOTE, ""), (_BULLET, r"\1- ")):
        text = pattern.sub(repl, text)
    return text.replace("`", ""), fields
