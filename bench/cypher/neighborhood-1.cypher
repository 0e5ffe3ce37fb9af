MATCH (root:Entity {id: $id})
CALL (root) { MATCH (root)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id, r.id LIMIT 25 RETURN collect(r) AS rels, collect(DISTINCT m) AS ms }
RETURN {
  truncated: COUNT { (root)--(:Entity) } > 25,
  nodes: [{ distance: 0, node: root { .id, .nameEn } }] + [m IN ms | { distance: 1, node: m { .id, .nameEn } }],
  relationships: [r IN rels | { type: type(r), startId: startNode(r).id, endId: endNode(r).id }]
} AS result
