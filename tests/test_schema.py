"""The JSON Schema in the package describes what the code really writes."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import given, settings

from newsrefinery import refine_html, refine_text
from newsrefinery.records import Article
from strategies import articles

SCHEMA = json.loads(
    resources.files("newsrefinery").joinpath("schema/article.schema.json").read_text()
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_output_is_valid(seed_text: str) -> None:
    VALIDATOR.validate(json.loads(refine_text(seed_text, uri="seed.txt").to_json()))


def test_html_output_is_valid() -> None:
    page = "<html><head><title>T</title></head><body><article><p>" + "Words here. " * 30
    VALIDATOR.validate(json.loads(refine_html(page + "</p></article></body></html>").to_json()))


def test_rejected_output_is_valid() -> None:
    VALIDATOR.validate(json.loads(refine_text("", uri="empty.txt").to_json()))


@settings(max_examples=50)
@given(articles)
def test_schema_accepts_every_record_shape(article: Article) -> None:
    data = json.loads(article.to_json())
    # Generated ids and reasons are arbitrary text; the schema pins their real shape.
    data["id"] = "0" * 20
    for r in data["removed"]:
        r["reason"] = "x"
    if data["rejection"]:
        data["rejection"]["reason"] = "x"
    VALIDATOR.validate(data)
