MATCH (root:Entity {id: $id})
CALL (root) { MATCH (root)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id, r.id LIMIT 25 RETURN collect(r) AS rels1, collect(DISTINCT m) AS level1 }
CALL (level1, root) {
  UNWIND level1 AS f
  CALL (f) { MATCH (f)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id, r.id LIMIT 25 RETURN r, m }
  RETURN collect(DISTINCT r) AS rels2, collect(DISTINCT CASE WHEN m IN level1 OR m = root THEN null ELSE m END) AS found
}
WITH root, level1, rels1 + rels2 AS rels, found[0..(499 - size(level1))] AS level2, size(found) > 499 - size(level1) AS capped
WITH root, level1, level2, rels, [root] + level1 + level2 AS seen,
     capped OR COUNT { (root)--(:Entity) } > 25 OR any(f IN level1 WHERE COUNT { (f)--(:Entity) } > 25) AS truncated
CALL (rels, seen) {
  UNWIND rels AS r
  WITH DISTINCT r WHERE startNode(r) IN seen AND endNode(r) IN seen
  RETURN collect({ type: type(r), startId: startNode(r).id, endId: endNode(r).id }) AS relationships
}
RETURN {
  truncated: truncated,
  nodes: [{ distance: 0, node: root { .id, .nameEn } }] + [m IN level1 | { distance: 1, node: m { .id, .nameEn } }] + [m IN level2 | { distance: 2, node: m { .id, .nameEn } }],
  relationships: relationships
} AS result
