// Written by every build: stale.js hides records past their stop date when the site was not rebuilt.
window.CS_DUE = {"as_of": "2026-11-27", "build_id": "20261127-e6f473e5", "due": "2026-12-02"};
