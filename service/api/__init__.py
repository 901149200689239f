"""The HTTP layer: thin views around the extractor, schemas, and problem+json errors."""
