MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:HOLDS_POST|PART_OF|ADMINISTERS|RUN_BY|HELD_IN|OF_PROGRAMME|SPOKE_AT|ATTENDED|REPRESENTS|AWARDED_AT|PRESENTED|STATED|MADE_AT|CONCERNS|DESIGNATED_AS|IN_BATCH|GRANTED_BY*..6]-(b))
RETURN { length: length(p), nodes: [n IN nodes(p) | n { .id, .nameEn }], relationships: [r IN relationships(p) | { type: type(r) }] } AS result
