"""Report builders (xlsx with openpyxl, PDF with reportlab). Plain data in, bytes out;
no Qt and no database here (DESIGN §3)."""
