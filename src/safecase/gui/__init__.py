"""PySide6 desktop front end. The only layer (with app.py) that imports Qt."""
