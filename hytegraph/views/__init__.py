"""What people read: lookups, counts, the collaboration network and its analysis, the HTML map,
exports and rows as tables. Views read the graph through the store and the query layer; they
never load or check it."""
