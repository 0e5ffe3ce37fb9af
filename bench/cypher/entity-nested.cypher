MATCH (p:Entity {id: $id})
RETURN p {
  .id, .nameEn, .nameZh,
  posts: COLLECT {
    MATCH (p)-[r:HOLDS_POST]->(o:Entity:Organization)
    RETURN {
      title: r.title,
      node: o { .id, .nameEn,
        administers: COLLECT {
          MATCH (o)-[:ADMINISTERS]->(g:Entity)
          RETURN g { .id, .nameEn, partOf: COLLECT { MATCH (g)-[:PART_OF]->(q:Entity:Region) RETURN q { .id, .nameEn } } }
        }
      }
    }
  }
} AS result
