using System.Text;

namespace Explainer.Output;

/// <summary><c>/data/explainer.schema.json</c>: the JSON Schema (draft 2020-12) of <c>/data/explainer.json</c>,
/// version <see cref="JsonExport.SchemaVersion"/>. A test checks that every field the export writes is described here.</summary>
public static class JsonSchema
{
    public static byte[] Bytes { get; } = Encoding.UTF8.GetBytes(Text);

    private const string Text = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "explainer.schema.json",
  "title": "Explainer site data",
  "description": "Every record of the site with its sources. Ids are slugs; citations are 'source-id' or 'source-id#claim-id'; dates are YYYY-MM-DD, or YYYY-MM when the sources give only the month. A null value means the site does not know it.",
  "type": "object",
  "required": ["schema_version", "title", "base_url", "cite_as", "companies", "clouds", "deals", "sources", "articles"],
  "additionalProperties": false,
  "properties": {
    "$schema": { "type": "string" },
    "schema_version": { "const": 1, "description": "Goes up when a field is renamed, removed or changes meaning." },
    "title": { "type": "string" },
    "base_url": { "type": "string" },
    "license": { "type": ["string", "null"], "description": "The licence of the site's text and data, e.g. 'CC BY 4.0'." },
    "license_url": { "type": ["string", "null"], "format": "uri" },
    "cite_as": { "type": "string", "description": "How to cite the site." },
    "companies": { "type": "array", "items": { "$ref": "#/$defs/company" } },
    "clouds": { "type": "array", "items": { "$ref": "#/$defs/cloud" } },
    "deals": { "type": "array", "items": { "$ref": "#/$defs/deal" } },
    "sources": { "type": "array", "items": { "$ref": "#/$defs/source" } },
    "articles": { "type": "array", "items": { "$ref": "#/$defs/article" } }
  },
  "$defs": {
    "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
    "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    "optionalDate": { "anyOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] },
    "citation": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$" },
    "ids": { "type": "array", "items": { "$ref": "#/$defs/id" } },
    "citations": { "type": "array", "items": { "$ref": "#/$defs/citation" } },
    "level": { "enum": ["exclusive", "priority", "available", "restricted", "unknown"] },
    "company": {
      "type": "object",
      "required": ["id", "name", "roles", "summary", "website", "url", "sources", "updated"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "name": { "type": "string" },
        "roles": { "type": "array", "items": { "enum": ["lab", "cloud", "investor", "chips", "product"] } },
        "summary": { "type": "string" },
        "website": { "type": ["string", "null"] },
        "url": { "type": "string", "description": "The company's page on this site." },
        "sources": { "$ref": "#/$defs/ids" },
        "updated": { "$ref": "#/$defs/optionalDate" }
      }
    },
    "cloud": {
      "type": "object",
      "required": ["id", "name", "operator"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "name": { "type": "string" },
        "operator": { "$ref": "#/$defs/id" }
      }
    },
    "deal": {
      "type": "object",
      "required": ["id", "title", "kind", "parties", "announced", "announced_sources", "updated", "summary", "url", "sources", "figures", "terms", "access"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "kind": { "enum": ["investment", "compute", "partnership", "restructuring", null] },
        "parties": { "$ref": "#/$defs/ids" },
        "announced": { "anyOf": [{ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$" }, { "type": "null" }], "description": "Null when no source gives the date." },
        "announced_sources": { "$ref": "#/$defs/citations" },
        "updated": { "$ref": "#/$defs/optionalDate" },
        "summary": { "type": "string" },
        "url": { "type": "string" },
        "sources": { "$ref": "#/$defs/ids" },
        "figures": { "type": "array", "items": { "$ref": "#/$defs/figure" } },
        "terms": { "type": "array", "items": { "$ref": "#/$defs/term" } },
        "access": { "type": "array", "items": { "$ref": "#/$defs/access" } }
      }
    },
    "figure": {
      "type": "object",
      "required": ["id", "label", "value", "scale", "unit", "qualifier", "display", "sources"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "label": { "type": "string" },
        "value": { "type": "number" },
        "scale": { "enum": ["thousand", "million", "billion", "trillion", null] },
        "unit": { "type": "string" },
        "qualifier": { "enum": ["about", "up to", "more than", "at least", null] },
        "display": { "type": "string" },
        "sources": { "$ref": "#/$defs/citations" }
      }
    },
    "term": {
      "type": "object",
      "required": ["id", "label", "before", "after", "change", "sources"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "label": { "type": "string" },
        "before": { "type": ["string", "null"] },
        "after": { "type": ["string", "null"] },
        "change": { "enum": ["added", "removed", "changed", "unchanged"] },
        "sources": { "$ref": "#/$defs/citations" }
      }
    },
    "access": {
      "type": "object",
      "required": ["lab", "cloud", "before", "after", "sources"],
      "additionalProperties": false,
      "properties": {
        "lab": { "$ref": "#/$defs/id" },
        "cloud": { "$ref": "#/$defs/id" },
        "before": { "$ref": "#/$defs/level" },
        "after": { "$ref": "#/$defs/level" },
        "sources": { "$ref": "#/$defs/citations" }
      }
    },
    "source": {
      "type": "object",
      "required": ["id", "title", "publisher", "published", "author", "updated", "url", "reports"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "publisher": { "type": "string" },
        "published": { "$ref": "#/$defs/optionalDate" },
        "author": { "type": ["string", "null"] },
        "updated": { "$ref": "#/$defs/optionalDate" },
        "url": { "type": ["string", "null"] },
        "reports": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["id", "text"],
            "additionalProperties": false,
            "properties": { "id": { "type": "string" }, "text": { "type": "string" } }
          }
        }
      }
    },
    "article": {
      "type": "object",
      "required": ["id", "title", "summary", "date", "updated", "url", "companies", "deals", "tags", "sources"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "summary": { "type": "string" },
        "date": { "$ref": "#/$defs/date" },
        "updated": { "$ref": "#/$defs/optionalDate" },
        "url": { "type": "string" },
        "companies": { "$ref": "#/$defs/ids" },
        "deals": { "$ref": "#/$defs/ids" },
        "tags": { "type": "array", "items": { "type": "string" } },
        "sources": { "$ref": "#/$defs/ids" }
      }
    }
  }
}

""";
}
