//! f-string bodies: literal parts, `{expr!r:spec}` fields, nested specs, the `=` debug form.
