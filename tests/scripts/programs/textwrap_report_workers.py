# Pool workers format report sections with textwrap and string.Template; map keeps section order.
from concurrent.futures import ThreadPoolExecutor
import string
import textwrap

SECTIONS = [
    ("Summary", "The migration of the billing service finished two days ahead of schedule. "
                "Error rates stayed below the agreed threshold for the whole rollout window."),
    ("Risks", "Legacy batch jobs still read from the old database replica; these must be "
              "moved before the replica is decommissioned at the end of the quarter."),
    ("Next steps", "Freeze schema changes, rehearse the rollback procedure, and schedule "
                   "a review with the finance team to confirm invoice totals match."),
]

HEADER = string.Template("== $title ($words words) ==")


def render(item, width=44):
    title, body = item
    words = len(body.split())
    wrapped = textwrap.fill(body, width=width)
    quoted = textwrap.indent(wrapped, "> ", lambda line: True)
    short = textwrap.shorten(body, width=40, placeholder=" [...]")
    return "\n".join([HEADER.substitute(title=title.upper(), words=words), quoted, "tl;dr: " + short])


with ThreadPoolExecutor(max_workers=3) as pool:
    rendered = list(pool.map(render, SECTIONS))
print("\n\n".join(rendered))

letter = textwrap.dedent("""\
        Dear $name,
          your ticket #$ticket is now $status.
        Regards, $$team""")
tpl = string.Template(letter)
with ThreadPoolExecutor(max_workers=2) as pool:
    notes = list(pool.map(lambda kw: tpl.safe_substitute(**kw),
                          [{"name": "Ada", "ticket": 101, "status": "closed"},
                           {"name": "Linus", "ticket": 202}]))
print()
for n in notes:
    print(n)
    print("-" * 20)
print(string.capwords("threads share one interpreter lock"))
print(textwrap.wrap("a b c d e f g h", width=5))
