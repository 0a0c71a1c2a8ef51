"""The API's framework, shared by every app: base views, access (roles, permission,
throttle), errors, parsing, strict fields, pagination and the OpenAPI hooks."""
