"""Writing the graph: reading facts in from a workbook, writing them out for editing, matching
names and extracting facts from source documents. Above the views (it may show what it
matched), below the web and the command line. Empty for now."""
