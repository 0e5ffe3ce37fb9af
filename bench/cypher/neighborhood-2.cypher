MATCH (root:Entity {id: $id})
CALL (root) { MATCH (root)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id LIMIT 25 RETURN collect(r) AS rels1, collect(DISTINCT m) AS level1 }
CALL (level1, root) {
  UNWIND level1 AS f
  CALL (f) { MATCH (f)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id LIMIT 25 RETURN r, m }
  RETURN collect(DISTINCT r) AS rels2, collect(DISTINCT CASE WHEN m IN level1 OR m = root THEN null ELSE m END) AS level2
}
RETURN {
  nodes: [n IN [root] + level1 + level2[0..(500 - 1 - size(level1))] | n { .id, .nameEn }],
  relationships: [r IN rels1 + rels2 | { type: type(r), startId: startNode(r).id, endId: endNode(r).id }]
} AS result
