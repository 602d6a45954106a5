"""Build script: plain pure Python by default; ARTEXTRACT_COMPILE=1 compiles the hot modules with mypyc.

    ARTEXTRACT_COMPILE=1 pip install .     # compiled (needs a C compiler; the build fetches mypy)

Never compile an editable install: a compiled module next to its .py would hide edits to the .py.
"""

import os
import sys

from setuptools import setup

#: the modules compiled with mypyc: the extraction itself (not the CLI, the renderers, or the pydantic model)
COMPILED = [
    f"src/artextract/{name}.py"
    for name in (
        "blocks shape vocab dates bylines features areas classify front_text front_html meta_html assemble "
        "language links decode options pipeline jsonable "
        "rules/__init__ rules/body rules/boilerplate rules/caption rules/comments rules/headline rules/related "
        "rules/summary"
    ).split()
]
#: what the compiling build needs: mypy (mypyc ships with it), and the packages whose types it reads.
#: mypy 1.14.0 and 2.4.1 build it and pass the tests; 1.13 and earlier stop at rules/__init__.py's relative
#: import ("attempted relative import beyond top-level package")
BUILD_NEEDS = ["mypy>=1.14", "selectolax>=0.4.12", "pydantic>=2.5", "charset-normalizer>=3.3"]

if os.environ.get("ARTEXTRACT_COMPILE") == "1":
    if any(command in sys.argv for command in ("develop", "editable_wheel")):
        sys.exit("ARTEXTRACT_COMPILE=1 is for a regular install (pip install .), not an editable one: "
                 "compiled modules would hide edits to the source")
    try:
        from mypyc.build import mypycify
    except ImportError:  # the build front-end's first pass asks what the build needs
        setup(setup_requires=BUILD_NEEDS)
        raise
    setup(ext_modules=mypycify(COMPILED, opt_level="3"), setup_requires=BUILD_NEEDS)
else:
    setup()
