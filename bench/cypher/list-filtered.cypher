MATCH (province:Entity {id: $province})<-[:PART_OF]-(g:Entity:Region {kind: 'PREFECTURE_LEVEL_CITY'})
WITH g ORDER BY g.nameEn, g.id
WITH collect(g) AS regions
RETURN {
  totalCount: size(regions),
  edges: [g IN regions[0..20] | g { .id, .nameEn,
    designations: { totalCount: COUNT { (g)-[:DESIGNATED_AS]->(:Designation) },
                    edges: COLLECT { MATCH (g)-[:DESIGNATED_AS]->(d:Entity:Designation) RETURN d { .tier, .year } } } }]
} AS result
