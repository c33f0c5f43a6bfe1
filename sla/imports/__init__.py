"""The imports layer: reading export files, presets, column mapping and storing imports."""
