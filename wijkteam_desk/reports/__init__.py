"""Report builders (xlsx with openpyxl, PDF with reportlab). Plain data in, bytes out; no Qt."""
