"""The outputs layer: client workbooks, exports and chart figures."""
