"""Markdown tables."""


def table(headers, rows, numeric=True):
    """A pipe table; with `numeric`, every column but the first is right-aligned."""
    rule = ["---"] + (["---:"] if numeric else ["---"]) * (len(headers) - 1)
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
