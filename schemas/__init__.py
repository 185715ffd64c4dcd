"""The bundled JSON Schemas, installed as the ``thread_validator.schemas`` package.

The folder sits at the top of the repository, where people look for it; ``pyproject.toml`` maps
it into the package so that ``importlib.resources`` finds the same files from an editable install
and from an installed wheel.
"""
