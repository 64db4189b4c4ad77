"""creditsite: turn approved credit-information exports into a public static site.

The pipeline is one module per stage, each with one entry point:
load (`load_sources`) -> validate (`validate_records`) -> deidentify (`deidentify_records`)
-> rules (`apply_rules`) -> render (`render_site`), export (`export_datasets`), index
(`build_search_index`) -> scan (`scan_outputs`) -> publish (`publish.flip`).
`build.py` wires them together; `cli.py` is the thin command line.
"""

__version__ = "0.1.0"
